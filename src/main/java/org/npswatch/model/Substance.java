package org.npswatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A lexicon entry: one substance with its canonical name, spellings and street names, class and
 * Dutch legal status with the source of that fact.
 */
public record Substance(
        String canonicalName,
        SubstanceClass substanceClass,
        LegalStatus legalStatus,
        String legalSource,
        List<String> synonyms,
        List<String> streetNames) {
    public Substance {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(substanceClass, "substanceClass");
        Objects.requireNonNull(legalStatus, "legalStatus");
        legalSource = legalSource == null ? "" : legalSource;
        synonyms = List.copyOf(synonyms);
        streetNames = List.copyOf(streetNames);
    }
}
