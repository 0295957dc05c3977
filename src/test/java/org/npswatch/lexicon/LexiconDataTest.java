package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Substance;
import org.npswatch.model.SubstanceClass;

/** The shipped lexicon files: complete, parseable, consistent, large enough. */
class LexiconDataTest {
    private static final Path SOURCE = Path.of("lexicons");
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(SOURCE);
    }

    @Test
    void holdsAtLeast300SubstancesAcrossTheRequiredClasses() {
        Map<SubstanceClass, Long> perClass = new EnumMap<>(SubstanceClass.class);
        lexicon.substances().forEach(s -> perClass.merge(s.substanceClass(), 1L, Long::sum));
        assertTrue(lexicon.substances().size() >= 300, "only " + lexicon.substances().size());
        for (SubstanceClass required : List.of(SubstanceClass.CATHINONE, SubstanceClass.PHENETHYLAMINE,
                SubstanceClass.AMPHETAMINE, SubstanceClass.TRYPTAMINE, SubstanceClass.LYSERGAMIDE,
                SubstanceClass.ARYLCYCLOHEXYLAMINE, SubstanceClass.BENZODIAZEPINE,
                SubstanceClass.DESIGNER_BENZODIAZEPINE, SubstanceClass.SYNTHETIC_CANNABINOID,
                SubstanceClass.SEMI_SYNTHETIC_CANNABINOID, SubstanceClass.CANNABIS, SubstanceClass.OPIOID,
                SubstanceClass.NITAZENE, SubstanceClass.STIMULANT, SubstanceClass.ENTACTOGEN, SubstanceClass.GHB_GBL,
                SubstanceClass.NITROUS_OXIDE, SubstanceClass.PRESCRIPTION)) {
            assertTrue(perClass.getOrDefault(required, 0L) >= 1, "no substance of class " + required);
        }
        assertTrue(perClass.get(SubstanceClass.CATHINONE) >= 40, "cathinones: " + perClass.get(SubstanceClass.CATHINONE));
        assertTrue(perClass.get(SubstanceClass.SYNTHETIC_CANNABINOID) >= 40, "SCs: " + perClass);
        assertTrue(perClass.get(SubstanceClass.DESIGNER_BENZODIAZEPINE) >= 25, "designer benzos: " + perClass);
        assertTrue(perClass.get(SubstanceClass.NITAZENE) >= 15, "nitazenes: " + perClass);
    }

    @Test
    void everySubstanceFileIsListedInTheClasspathIndex() throws IOException {
        Path dir = SOURCE.resolve("substances");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = Files.readAllLines(dir.resolve("index.lst"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, indexed, "lexicons/substances/index.lst must list exactly the *.txt files");
    }

    @Test
    void classpathCopyEqualsTheReviewableSource() {
        Lexicon jar = Lexicon.fromClasspath();
        assertEquals(lexicon.substances(), jar.substances());
        assertEquals(lexicon.foldedVariants(), jar.foldedVariants());
        assertEquals(lexicon.ambiguousTerms(), jar.ambiguousTerms());
    }

    @Test
    void noNameIsSharedByTwoSubstancesUnlessDeclaredAmbiguous() {
        Set<String> declared = lexicon.ambiguousTerms().stream().map(AmbiguousTerm::folded)
                .collect(Collectors.toSet());
        List<String> undeclared = new ArrayList<>();
        lexicon.collisions().forEach((k, owners) -> {
            if (!declared.contains(k)) {
                undeclared.add(k + " -> " + owners);
            }
        });
        assertEquals(List.of(), undeclared);
    }

    @Test
    void canonicalNamesAreUniqueAndEveryEntryCitesASourceForItsLegalStatus() {
        Set<String> seen = new TreeSet<>();
        for (Substance s : lexicon.substances()) {
            assertTrue(seen.add(Folding.fold(s.canonicalName())), "duplicate canonical name " + s.canonicalName());
            assertFalse(s.legalSource().isBlank(), "no legal source for " + s.canonicalName());
            if (s.legalStatus().isScheduled() && !s.legalSource().contains("unverified")) {
                assertTrue(s.legalSource().matches(".*(Opiumwet|Stb\\.|BWBR).*"),
                        "scheduled without a citation: " + s.canonicalName() + " / " + s.legalSource());
            }
        }
    }

    @Test
    void shortAlwaysOnNamesAreCodesNotWords() {
        List<String> risky = lexicon.foldedVariants().keySet().stream()
                .filter(k -> k.length() <= 2 || (k.length() == 3 && k.chars().allMatch(Character::isLetter)
                        && Set.of("dom", "met", "det", "doc", "ice", "pep", "kat", "wit").contains(k)))
                .filter(k -> k.chars().noneMatch(Character::isDigit))
                .toList();
        assertEquals(List.of(), risky, "short names must be in ambiguous.lst");
    }

    @Test
    void listedMisspellingsAreNotAlsoRealNames() throws IOException {
        Lexicon bare = Lexicon.of(lexicon.substances());
        List<String> redundant = new ArrayList<>();
        for (String line : Files.readAllLines(SOURCE.resolve("substances/misspellings.lst"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String miss = line.split("\\|")[0].strip();
                if (bare.foldedVariants().containsKey(Folding.fold(miss))) {
                    redundant.add(miss);
                }
            }
        }
        assertEquals(List.of(), redundant);
    }

    @Test
    void malformedLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("substances"));
        Files.writeString(dir.resolve("substances/x.txt"),
                "# header\nMDMA | ENTACTOGEN | OPIUM_ACT_LIST_I | src | | \nfoo | NOT_A_CLASS | UNLISTED | src | | \n");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().endsWith("x.txt:3: unknown class 'NOT_A_CLASS'; one of " + java.util.Arrays
                .toString(SubstanceClass.values())), e.getMessage());
    }

    @Test
    void ambiguousTermThatNamesNoSubstanceIsRejected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("substances"));
        Files.writeString(dir.resolve("substances/x.txt"), "MDMA | ENTACTOGEN | OPIUM_ACT_LIST_I | src | | molly\n");
        Files.writeString(dir.resolve("substances/ambiguous.lst"), "mandy | TELEGRAM_POST |\n");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
        assertTrue(e.getMessage().contains("'mandy' names no substance"), e.getMessage());
    }
}
