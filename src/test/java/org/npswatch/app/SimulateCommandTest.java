package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate} as an evaluator runs it: a short scenario crawled into a new data directory,
 * then {@code detect --replay} and {@code flags --format jsonl} on the result, scored against the
 * answer key the command wrote.
 */
class SimulateCommandTest {
    private static final Path FIVE_WEEKS = Path.of("src/test/resources/app/simulate/five-weeks.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aSimulatedHistoryIsFlaggedByReplayInTheWeeksItsAnswerKeySays() throws IOException {
        Path data = tmp.resolve("history-17");
        Path config = Files.createDirectories(tmp.resolve("no-config"));
        CliRun sim = CliRun.in(data, config, Map.of(), "simulate", "--scenario", FIVE_WEEKS.toString());
        assertEquals(0, sim.code(), sim.toString());
        List<String> weekLines = sim.lines().stream().filter(l -> l.startsWith("week ")).toList();
        assertEquals(5, weekLines.size(), sim.out());
        assertTrue(weekLines.get(0).startsWith("week  0 (2026-01-05): "), weekLines.get(0));
        assertTrue(weekLines.get(4).contains("unreachable: britchem-direct"), weekLines.get(4));
        assertTrue(sim.out().contains("3 injected events in " + data.resolve(SimulateCommand.ANSWER_KEY)), sim.out());

        // the answer key: one object per event, ISO weeks as flags count them, substances as the lexicon names them
        List<JsonNode> key = CliRun.jsonLines(Files.readString(data.resolve(SimulateCommand.ANSWER_KEY)));
        assertEquals(List.of(
                JSON.readTree("""
                        {"type":"NEW_UNKNOWN_NAME","flag_type":"UNKNOWN_NAME","substance":"3-Cl-PVP","shop":"labpulse",
                         "week":"2026-W04","market_week":2,"week_start":"2026-01-19","direction":null,"factor":null,
                         "shop_listings":null,"telegram_posts":null,"until_week":null,"status":null}"""),
                JSON.readTree("""
                        {"type":"NEW_SUBSTANCE","flag_type":"NEW_SUBSTANCE","substance":"2-MMC","shop":null,
                         "week":"2026-W04","market_week":2,"week_start":"2026-01-19","direction":null,"factor":null,
                         "shop_listings":{"before":0.0,"after":6.0},"telegram_posts":{"before":0.0,"after":5.0},
                         "until_week":null,"status":null}"""),
                JSON.readTree("""
                        {"type":"SHOP_VANISHED","flag_type":"AVAILABILITY","substance":null,"shop":"britchem-direct",
                         "week":"2026-W05","market_week":3,"week_start":"2026-01-26","direction":null,"factor":null,
                         "shop_listings":null,"telegram_posts":null,"until_week":null,"status":null}""")), key);
        assertTrue(Files.readString(data.resolve(SimulateCommand.SCENARIO_COPY))
                .startsWith("# simulated by npswatch simulate with seed 2026 over 5 weeks"));
        assertTrue(Files.notExists(data.resolve("flags")), "simulate does not detect");
        assertTrue(Files.notExists(data.resolve("demo-export")), "simulate imports no sample export");

        CliRun detect = CliRun.in(data, config, Map.of(), "detect", "--replay");
        assertEquals(0, detect.code(), detect.toString());
        CliRun flags = CliRun.in(data, config, Map.of(), "flags", "--format", "jsonl");
        assertEquals(0, flags.code(), flags.toString());
        List<JsonNode> raised = flags.jsonLines();
        for (JsonNode event : key.subList(0, 2)) {
            String type = event.get("flag_type").asText();
            String substance = event.get("substance").asText();
            List<String> weeks = raised.stream()
                    .filter(f -> f.get("type").asText().equals(type) && f.get("substance").asText().equals(substance))
                    .map(f -> f.get("week").asText()).toList();
            assertEquals(List.of(event.get("week").asText()), weeks, type + " " + substance + " in " + flags.out());
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedAndChangesNothing() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("history"));
        Files.createDirectories(data.resolve("simulation"));
        Files.writeString(data.resolve(SimulateCommand.ANSWER_KEY), "{\"type\":\"NEW_SUBSTANCE\"}\n");
        CliRun again = CliRun.in(data, tmp, Map.of(), "simulate", "--scenario", FIVE_WEEKS.toString());
        assertEquals(Main.USAGE, again.code(), again.toString());
        assertEquals("npswatch: " + data.toAbsolutePath() + " holds a simulated history already (simulation); simulate writes"
                + " one history into a new or empty folder, so pass --data with another folder (or delete this one)\n", again.err());
        assertEquals("{\"type\":\"NEW_SUBSTANCE\"}\n", Files.readString(data.resolve(SimulateCommand.ANSWER_KEY)));
        try (var files = Files.list(data)) {
            assertEquals(List.of(data.resolve("simulation")), files.toList());
        }
    }

    @Test
    void aBrokenScenarioIsABadInputWithItsLineAndNothingIsCreated() throws IOException {
        Path scenario = tmp.resolve("history-3.yaml");
        Files.writeString(scenario, Files.readString(FIVE_WEEKS).replace("shop: labpulse", "shop: labpuls"));
        Path data = tmp.resolve("data");
        for (String command : List.of("simulate", "demo")) {
            CliRun run = CliRun.in(data, tmp, Map.of(), command, "--scenario", scenario.toString());
            assertEquals(Main.USAGE, run.code(), run.toString());
            assertTrue(run.err().startsWith("npswatch: " + scenario + ":7: events[0].shop: unknown shop 'labpuls'; the simulated"
                    + " shops are chemvault, "), run.err());
        }
        CliRun tooLong = CliRun.in(data, tmp, Map.of(), "simulate", "--scenario", FIVE_WEEKS.toString(), "--weeks", "500");
        assertEquals(Main.USAGE, tooLong.code());
        assertEquals("npswatch: --weeks must be between 1 and 156, got 500\n", tooLong.err());
        CliRun missing = CliRun.in(data, tmp, Map.of(), "simulate", "--scenario", tmp.resolve("nope.yaml").toString());
        assertEquals(Main.USAGE, missing.code());
        assertTrue(missing.err().contains("nope.yaml: no such file (the market scenario file)"), missing.err());
        assertTrue(Files.notExists(data), "no data directory for a run that never started");
    }
}
