package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code npswatch detect}, {@code flags} and {@code flag confirm|dismiss|reopen} on the history of
 * one imported export (fetch/telegram-export/result.json, 1-7 March 2026).
 */
class FlagsCommandTest {

    @TempDir
    Path tmp;

    private CliRun cli(String... command) {
        return CliRun.in(tmp.resolve("data"), tmp.resolve("config"), Map.of(), command);
    }

    @BeforeEach
    void importAndDetect() throws IOException {
        Files.createDirectories(tmp.resolve("config"));
        CliRun imported = CliRun.in(tmp.resolve("data"), tmp.resolve("config"), CliRun.WITH_KEY,
                "import", "--telegram-export", "src/test/resources/fetch/telegram-export/result.json");
        assertEquals(0, imported.code(), imported.toString());
    }

    private List<JsonNode> flags(String... filters) {
        List<String> args = new ArrayList<>(List.of("flags", "--format", "jsonl"));
        args.addAll(List.of(filters));
        CliRun r = cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        return r.jsonLines();
    }

    @Test
    void replayCoversTheWeeksOfTheExportOnlyAndRecordsFlagsOnce() {
        CliRun first = cli("detect", "--replay");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.lines().getFirst().startsWith("2 weeks of history (2026-W09 .. 2026-W10): "), first.out());
        int recorded = flags().size();
        assertTrue(recorded > 0, first.out());
        CliRun again = cli("detect", "--replay");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.lines().getFirst().endsWith(", 0 new"), "a flag is announced once: " + again.out());
        assertEquals(recorded, flags().size());
    }

    @Test
    void flagsJsonLinesCarryTheInterfaceKeys() {
        assertEquals(0, cli("detect", "--replay").code());
        List<JsonNode> all = flags();
        for (JsonNode f : all) {
            Set<String> keys = new TreeSet<>();
            f.fieldNames().forEachRemaining(keys::add);
            assertTrue(keys.containsAll(Set.of("id", "type", "substance", "week", "direction", "series", "state")), f.toString());
            assertEquals("open", f.get("state").asText());
            assertTrue(f.get("week").asText().matches("\\d{4}-W\\d{2}"), f.toString());
        }
        List<JsonNode> newSubstances = flags("--type", "new-substance");
        assertTrue(newSubstances.stream().allMatch(f -> f.get("type").asText().equals("NEW_SUBSTANCE")));
        assertTrue(newSubstances.stream().anyMatch(f -> f.get("substance").asText().equals("3-MMC")), newSubstances.toString());
    }

    @Test
    void triageMovesAFlagAndRefusesImpossibleMoves() {
        assertEquals(0, cli("detect", "--replay").code());
        JsonNode flag = flags("--type", "NEW_SUBSTANCE").getFirst();
        String id = flag.get("id").asText();
        String what = "NEW_SUBSTANCE " + flag.get("substance").asText() + " (" + flag.get("week").asText() + ")";

        CliRun confirm = cli("flag", "confirm", id, "--note", "seen in a lab sample", "--by", "analyst");
        assertEquals(0, confirm.code(), confirm.toString());
        assertEquals(id + " confirmed: " + what + "\n", confirm.out());

        CliRun twice = cli("flag", "confirm", id);
        assertEquals(2, twice.code());
        assertEquals("npswatch: cannot move flag " + id + " from confirmed to confirmed: it is already confirmed\n", twice.err());

        CliRun dismiss = cli("flag", "dismiss", id);
        assertEquals(2, dismiss.code());
        assertEquals("npswatch: cannot move flag " + id + " from confirmed to dismissed: a confirmed flag can only be reopened first\n",
                dismiss.err());

        assertEquals(0, cli("flag", "reopen", id).code());
        assertEquals(0, cli("flag", "dismiss", id).code());
        assertEquals(List.of(id), flags("--state", "dismissed").stream().map(f -> f.get("id").asText()).toList());
    }

    @Test
    void anUnknownFlagIdSaysWhereTheIdsAre() {
        CliRun r = cli("flag", "confirm", "f000");
        assertEquals(2, r.code());
        assertEquals("npswatch: no flag with id f000 (./npswatch flags lists the ids)\n", r.err());
    }

    @Test
    void anUnknownActionIsAUsageError() {
        CliRun r = cli("flag", "approve", "f000");
        assertEquals(2, r.code());
        assertEquals("npswatch: ACTION must be confirm, dismiss or reopen, not 'approve'\n", r.err());
    }

    @Test
    void badFilterValuesListTheAllowedOnes() {
        assertEquals("npswatch: --state 'closed' is not one of open, confirmed, dismissed\n", cli("flags", "--state", "closed").err());
        assertEquals("npswatch: --format 'csv' is not one of table, jsonl\n", cli("flags", "--format", "csv").err());
        assertTrue(cli("flags", "--type", "SURGE").err().startsWith("npswatch: --type 'SURGE' is not one of new_substance, "));
    }

    @Test
    void withoutDetectionThereAreNoFlags() {
        CliRun r = cli("flags");
        assertEquals(0, r.code(), r.toString());
        assertEquals("no flags\n", r.out());
    }

    @Test
    void detectWithoutAnIndexSaysWhatToRunFirst() {
        Path empty = tmp.resolve("empty");
        CliRun r = CliRun.in(empty, tmp.resolve("config"), Map.of(), "detect", "--replay");
        assertEquals(2, r.code());
        assertEquals("npswatch: no index in " + empty + ": run ./npswatch demo, crawl or import first, or pass --data DIR\n", r.err());
        assertFalse(Files.exists(empty));
    }
}
