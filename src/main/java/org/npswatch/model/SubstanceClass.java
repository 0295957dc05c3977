package org.npswatch.model;

/** Pharmacological class of a substance, as used in the lexicon and for facets. */
public enum SubstanceClass {
    CATHINONE,
    PHENETHYLAMINE,
    AMPHETAMINE,
    TRYPTAMINE,
    LYSERGAMIDE,
    ARYLCYCLOHEXYLAMINE,
    BENZODIAZEPINE,
    DESIGNER_BENZODIAZEPINE,
    SYNTHETIC_CANNABINOID,
    SEMI_SYNTHETIC_CANNABINOID,
    CANNABIS,
    OPIOID,
    NITAZENE,
    STIMULANT,
    ENTACTOGEN,
    DEPRESSANT,
    DISSOCIATIVE,
    PSYCHEDELIC,
    GHB_GBL,
    NITROUS_OXIDE,
    PRESCRIPTION,
    OTHER
}
