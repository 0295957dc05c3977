package org.npswatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagStateChange;
import org.npswatch.model.FlagType;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Substance;
import org.npswatch.model.SubstanceClass;

class FlagStoreTest {
    private static final Instant RECORDED = Instant.parse("2026-04-05T03:12:00Z");
    private static final Instant MONDAY = Instant.parse("2026-04-06T09:30:00Z");

    @TempDir
    Path data;

    private FlagStore open() {
        return FlagStore.open(data, Clock.fixed(RECORDED, ZoneOffset.UTC));
    }

    @Test
    void announcesEachEventOnceAcrossRestarts() {
        Flag volume = SampleFlags.volumeUp();
        try (FlagStore store = open()) {
            List<Flag> first = store.record(List.of(SampleFlags.newSubstance(), volume, SampleFlags.newSubstance()));
            assertEquals(List.of(SampleFlags.newSubstance().id(), volume.id()), first.stream().map(Flag::id).toList());
            assertEquals(List.of(), store.record(List.of(volume)));
        }
        try (FlagStore reopened = open()) {
            List<Flag> second = reopened.record(SampleFlags.week14());
            assertEquals(List.of(SampleFlags.unknownName(), SampleFlags.priceDown(), SampleFlags.shopVanished()), second);
            assertEquals(5, reopened.list(Optional.empty(), Optional.empty()).size());
            assertEquals(Optional.of(RECORDED), reopened.recordedAt(volume.id()));
        }
    }

    @Test
    void keepsEveryFieldExactlyAcrossRestarts() {
        try (FlagStore store = open()) {
            store.record(SampleFlags.week14());
        }
        try (FlagStore reopened = open()) {
            assertEquals(SampleFlags.week14(), reopened.list(Optional.empty(), Optional.empty()));
            Flag volume = reopened.get(SampleFlags.volumeUp().id()).orElseThrow();
            assertEquals(Optional.of(new BigDecimal("0.00001234")), volume.numbers().statistic());
            assertEquals(Optional.of(new BigDecimal("41.25")), volume.numbers().expected());
        }
    }

    @Test
    void triageIsAuditedAndSurvivesRestart() {
        String id = SampleFlags.volumeUp().id();
        try (FlagStore store = open()) {
            store.record(SampleFlags.week14());
            Flag dismissed = store.transition(id, FlagState.DISMISSED, "anna", Optional.of(" re-posts by one bot "), MONDAY);
            assertEquals(FlagState.DISMISSED, dismissed.state());
            store.transition(id, FlagState.OPEN, "bram", Optional.empty(), MONDAY.plusSeconds(60));
            store.transition(id, FlagState.CONFIRMED, "bram", Optional.of("also in DIMS samples"), MONDAY.plusSeconds(120));
        }
        try (FlagStore reopened = open()) {
            assertEquals(FlagState.CONFIRMED, reopened.get(id).orElseThrow().state());
            assertEquals(List.of(
                    new FlagStateChange(id, FlagState.OPEN, FlagState.DISMISSED, "anna", MONDAY, Optional.of("re-posts by one bot")),
                    new FlagStateChange(id, FlagState.DISMISSED, FlagState.OPEN, "bram", MONDAY.plusSeconds(60), Optional.empty()),
                    new FlagStateChange(id, FlagState.OPEN, FlagState.CONFIRMED, "bram", MONDAY.plusSeconds(120),
                            Optional.of("also in DIMS samples"))),
                    reopened.history(id));
            assertEquals(List.of(id), reopened.list(Optional.of(FlagState.CONFIRMED), Optional.empty())
                    .stream().map(Flag::id).toList());
            assertEquals(4, reopened.list(Optional.of(FlagState.OPEN), Optional.empty()).size());
            assertEquals(List.of(SampleFlags.priceDown()),
                    reopened.list(Optional.of(FlagState.OPEN), Optional.of(FlagType.PRICE_CHANGE)));
        }
    }

    @Test
    void rejectsImpossibleTransitionsWithAClearMessage() {
        try (FlagStore store = open()) {
            store.record(SampleFlags.week14());
            String id = SampleFlags.priceDown().id();
            store.transition(id, FlagState.DISMISSED, "anna", Optional.empty(), MONDAY);

            TriageException toConfirmed = assertThrows(TriageException.class,
                    () -> store.transition(id, FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY));
            assertEquals("cannot move flag " + id + " from dismissed to confirmed: a dismissed flag can only be"
                    + " reopened first", toConfirmed.getMessage());
            TriageException again = assertThrows(TriageException.class,
                    () -> store.transition(id, FlagState.DISMISSED, "anna", Optional.empty(), MONDAY));
            assertEquals("cannot move flag " + id + " from dismissed to dismissed: it is already dismissed",
                    again.getMessage());
            TriageException unknown = assertThrows(TriageException.class,
                    () -> store.transition("f0000000000000000", FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY));
            assertEquals("no flag with id f0000000000000000", unknown.getMessage());
            assertEquals(1, store.history(id).size());
        }
    }

    @Test
    void confirmingAnUnknownNameWritesOneReviewableLexiconLine() throws IOException {
        String id = SampleFlags.unknownName().id();
        try (FlagStore store = open()) {
            store.record(SampleFlags.week14());
            store.transition(id, FlagState.CONFIRMED, "anna", Optional.of("seen in lab sample"), MONDAY);
            store.transition(id, FlagState.OPEN, "anna", Optional.empty(), MONDAY);
            store.transition(id, FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY);
            store.transition(SampleFlags.newSubstance().id(), FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY);
        }
        Path additions = data.resolve("lexicon-additions.txt");
        String text = Files.readString(additions);
        assertEquals("""

                # flag %s (2026-W14), confirmed by anna at 2026-04-06: seen in lab sample
                # review class and legal status before moving this line into lexicons/substances/
                α-PHiP | OTHER | UNLISTED | unverified: npswatch flag %s |  |\s
                """.formatted(id, id), text);

        Path lexiconDir = data.resolve("lexicon-check");
        Files.createDirectories(lexiconDir.resolve("substances"));
        Files.copy(additions, lexiconDir.resolve("substances/additions.txt"));
        assertEquals(List.of(new Substance("α-PHiP", SubstanceClass.OTHER, LegalStatus.UNLISTED,
                        "unverified: npswatch flag " + id, List.of(), List.of())),
                Lexicon.load(lexiconDir).substances());
    }

    @Test
    void ignoresATornLastLineAndKeepsEveryEarlierFlag() throws IOException {
        try (FlagStore store = open()) {
            store.record(List.of(SampleFlags.newSubstance(), SampleFlags.volumeUp()));
            store.transition(SampleFlags.volumeUp().id(), FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY);
        }
        Path journal = data.resolve("flags/journal.jsonl");
        String whole = Files.readString(journal);
        // A crash in the middle of appending the next flag: half a line, no newline.
        String torn = "{\"op\":\"flag\",\"at\":\"2026-04-05T03:12:00Z\",\"flag\":{\"id\":\"f12";
        Files.writeString(journal, torn, StandardOpenOption.APPEND);

        String log = CapturedStderr.during(() -> {
            try (FlagStore reopened = open()) {
                assertEquals(2, reopened.list(Optional.empty(), Optional.empty()).size());
                assertEquals(FlagState.CONFIRMED, reopened.get(SampleFlags.volumeUp().id()).orElseThrow().state());
                assertEquals(List.of(SampleFlags.priceDown()), reopened.record(List.of(SampleFlags.priceDown())));
            }
        });
        assertTrue(log.contains(journal + ": ignoring a torn last line (" + torn.length()
                + " bytes) left by an interrupted write; the 3 entries before it are intact"), log);
        assertTrue(Files.readString(journal).startsWith(whole));
        assertEquals(4, Files.readAllLines(journal).size());
        try (FlagStore again = open()) {
            assertEquals(3, again.list(Optional.empty(), Optional.empty()).size());
        }
    }

    @Test
    void refusesAJournalDamagedBeforeItsLastLine() throws IOException {
        try (FlagStore store = open()) {
            store.record(List.of(SampleFlags.newSubstance(), SampleFlags.volumeUp()));
        }
        Path journal = data.resolve("flags/journal.jsonl");
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, List.of(lines.get(0).substring(0, 30), lines.get(1)));

        FlagStoreException e = assertThrows(FlagStoreException.class, this::open);
        assertTrue(e.getMessage().startsWith(journal + ":1: not a JSON object"), e.getMessage());
    }

    @Test
    void aSecondProcessSeesFlagsAndTriageOfTheFirst() {
        try (FlagStore service = open(); FlagStore cli = open()) {
            service.record(List.of(SampleFlags.newSubstance()));
            cli.transition(SampleFlags.newSubstance().id(), FlagState.CONFIRMED, "anna", Optional.empty(), MONDAY);
            assertEquals(FlagState.CONFIRMED, service.get(SampleFlags.newSubstance().id()).orElseThrow().state());
            assertEquals(List.of(), cli.record(List.of(SampleFlags.newSubstance())));
            assertEquals(1, service.history(SampleFlags.newSubstance().id()).size());
        }
    }
}
