package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.npswatch.model.Substance;

/** Spelling variants, misspellings, contexts and guards of the shipped lexicon. */
class LexiconMatchingTest {
    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    private static Optional<String> lookup(String term) {
        return LEXICON.lookup(term).map(Substance::canonicalName);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
        "3-MMC=3-MMC", "3MMC=3-MMC", "3 mmc=3-MMC", "3-methylmethcathinone=3-MMC", "Metaphedrone=3-MMC",
        "metaphedron=3-MMC", "3-mmc crystals=3-MMC", "3-MMC 500mg pellets=3-MMC", "mephedron=4-MMC",
        "2-FDCK=2-FDCK", "2F-DCK=2-FDCK", "2-fluorodeschloroketamine=2-FDCK", "α-PHP=alpha-PHP",
        "a-PHP=alpha-PHP", "alpha-PHP=alpha-PHP", "alfa-PHP=alpha-PHP", "aPHP=alpha-PHP", "α-PVP=alpha-PVP",
        "ketamin=ketamine", "kokain=cocaine", "cocaïne=cocaine", "alprazolan=alprazolam", "Xanax=alprazolam",
        "coke=cocaine", "cola=cocaine", "sneeuw=cocaine", "keta=ketamine", "K=ketamine", "tina=methamphetamine",
        "crystal=methamphetamine", "pep=amphetamine", "speed=amphetamine", "XTC=MDMA", "pillen=MDMA",
        "molly=MDMA", "mandy=MDMA", "G=GHB", "lachgas=nitrous oxide", "ballonnen=nitrous oxide",
        "wiet=cannabis", "hasj=cannabis", "truffels=psilocybin", "shrooms=psilocybin", "Δ8-THC=delta-8-THC",
        "HHC-P vape 1ml=HHC-P", "1P-LSD 150mcg blotter=1P-LSD", "Bromazolam 1mg=bromazolam",
        "2F-DCK (2-FDCK) crystals 5g=2-FDCK", "N-pyrrolidino etonitazene=etonitazepyne",
        "isotonitazine=isotonitazene", "5F MDMB PICA=5F-MDMB-PICA", "ADB-5'Br-BUTINACA=ADB-5'Br-BUTINACA",
        "1,4-BD=1,4-butanediol", "3,4-DMMC=3,4-DMMC", "psilocibin=psilocybin", "methoxetamin=methoxetamine"})
    void resolvesSpellingsMisspellingsAndStreetNames(String term, String canonical) {
        assertEquals(Optional.of(canonical), lookup(term), term);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crystals", "powder", "pellets", "blotter", "research chemical", "buy", "5g", "10mg",
        "€ 12,50", "1,5", "vape", "gummies", "capsules", "kopen", "bestellen", "liquid", "methylene blue",
        "morphing", "cathinones", "benzo", "shop", "grinder", "scale", "3-pack"})
    void doesNotResolveShopWordsUnitsAndPrices(String term) {
        assertEquals(Optional.empty(), lookup(term), term);
    }

    @Test
    void shortStreetNamesCountInTelegramPostsButNotInWebshopTitles() {
        String post = "K 1g 25\nG 100ml 20\ncoke 1g 60";
        assertEquals(List.of("ketamine", "GHB", "cocaine"),
                LEXICON.recognise(post, Context.TELEGRAM_POST).canonicalNames());
        assertEquals(List.of(), LEXICON.recognise(post, Context.WEBSHOP_PRODUCT).canonicalNames());
        assertEquals(List.of("cocaine"), LEXICON.recognise(post).canonicalNames(), "GENERAL reads coke, not K/G");
    }

    @Test
    void singleLettersMustBeCapitalsAndNotFollowANumber() {
        assertEquals(List.of(), LEXICON.recognise("bezorging 5 g en 10 K", Context.TELEGRAM_POST).canonicalNames());
        assertEquals(List.of(), LEXICON.recognise("k 1g 25", Context.TELEGRAM_POST).canonicalNames());
    }

    @Test
    void lowerCaseCodesThatAreWordsAreNotSubstances() {
        assertEquals(List.of(), LEXICON.recognise("kom met de trein, wat dom").canonicalNames());
        assertEquals(List.of("DOM", "MET"), LEXICON.recognise("DOM 5mg, MET 20mg").canonicalNames());
    }

    @Test
    void genericFormWordsYieldToANamedSubstanceOnTheSameLine() {
        assertEquals(List.of("2C-B"), LEXICON.recognise("2CB 10 pillen 60", Context.TELEGRAM_POST).canonicalNames());
        assertEquals(List.of("MDMA"), LEXICON.recognise("pillen 10st 40", Context.TELEGRAM_POST).canonicalNames());
    }

    @Test
    void formWordsYieldToAnUnknownNameOnTheSameLine() {
        // a novel cathinone's crystals are not MDMA crystals
        Recognition r = LEXICON.recognise("🧪 NIEUW: 3-CPMC kristal 1g 25 | 5g 100", Context.TELEGRAM_POST);
        assertEquals(List.of(), r.canonicalNames());
        assertEquals(List.of("3-CPMC"), r.unknownCandidates());
        assertEquals(List.of("MDMA"), LEXICON.recognise("kristal 1g 25 | 5g 100", Context.TELEGRAM_POST).canonicalNames());
        assertEquals(List.of("2C-B"), LEXICON.recognise("2C-B HCl 5 pillen 30\n2-Cl-4-MMC kristal 1g 25", Context.TELEGRAM_POST)
                .canonicalNames());
    }

    @Test
    void pillCountsUnderANamedHeaderArePillsOfThatProduct() {
        assertEquals(List.of("2C-B"), LEXICON.recognise("🌸 2C-B\n10 pillen 50\n25 pillen 120\n\n📦 Verzending heel NL",
                Context.TELEGRAM_POST).canonicalNames());
        assertEquals(List.of("2C-B"), LEXICON.recognise("tusi HCl 20mg\n5 pillen - €20\n10 pillen - €40", Context.TELEGRAM_POST)
                .canonicalNames());
        // a block ends at an empty line; pills after it that name nothing are ecstasy again
        assertEquals(List.of("2C-B", "MDMA"), LEXICON.recognise("2C-B\n10 pillen 50\n\n10 pillen 40", Context.TELEGRAM_POST)
                .canonicalNames());
        // a product line with its own prices heads no block: the pills below it are ecstasy
        assertEquals(List.of("ketamine", "MDMA"), LEXICON.recognise("Keta 1g 30\n10 pillen 40", Context.TELEGRAM_POST).canonicalNames());
        // a header that names nothing known (a pill brand) leaves the pills ecstasy
        assertEquals(List.of("MDMA"), LEXICON.recognise("Pink Tesla 270mg\n10 pillen 40\n50 pillen 150", Context.TELEGRAM_POST)
                .canonicalNames());
        assertEquals(List.of("MDMA"), LEXICON.recognise("20 pillen voor 70, ophalen in Leiden", Context.TELEGRAM_POST).canonicalNames());
    }

    @Test
    void fuzzyMatchingNeverCrossesToAnotherAnalogue() {
        // One edit from etizolam but a different substance: both listed, exact match wins.
        assertEquals(Optional.of("metizolam"), lookup("metizolam"));
        // Two edits from flubromazolam in an 11-letter word, and a new front: reported, not guessed.
        Recognition r = LEXICON.recognise("Flubrozolam 1mg");
        assertEquals(List.of(), r.canonicalNames());
        assertEquals(List.of("Flubrozolam"), r.unknownCandidates());
        // Codes never match fuzzily: 3-CEC is not 3-CMC.
        assertEquals(List.of("3-CEC", "3-CMC"), LEXICON.recognise("3-CEC en 3-CMC").canonicalNames());
    }

    @Test
    void novelNamesAreReportedAsWritten() {
        Recognition r = LEXICON.recognise("NEW in stock: 3-CEMC, N-propyl-nitazene, MDMB-5Br-INACA and 4-HO-EPT");
        assertEquals(List.of(), r.canonicalNames());
        assertEquals(List.of("3-CEMC", "N-propyl-nitazene", "MDMB-5Br-INACA", "4-HO-EPT"), r.unknownCandidates());
    }

    @Test
    void ordinaryWordsInTitlesAreNeitherSubstancesNorUnknowns() {
        Recognition r = LEXICON.recognise("Digital pocket scale 0.01g, 24/7 support, 3-pack, COVID-19 safe, 5G",
                Context.WEBSHOP_PRODUCT);
        assertEquals(List.of(), r.canonicalNames());
        assertEquals(List.of(), r.unknownCandidates());
    }

    @Test
    void lexiconWithoutListsTreatsSingleLettersAsTelegramOnly() {
        Substance ghb = LEXICON.lookup("GHB").orElseThrow();
        Lexicon small = Lexicon.of(List.of(ghb));
        assertEquals(List.of(), small.recognise("G 100ml").canonicalNames());
        assertEquals(List.of("GHB"), small.recognise("G 100ml", Context.TELEGRAM_POST).canonicalNames());
        assertEquals(Optional.of("GHB"), small.lookup("gamma-hydroxybutyrate").map(Substance::canonicalName));
    }
}
