package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code npswatch import --telegram-export FILE} on the export fixtures (fetch/telegram-export, see its README). */
class ImportCommandTest {
    private static final Path EXPORTS = Path.of("src/test/resources/fetch/telegram-export");

    @TempDir
    Path tmp;

    private CliRun importExport(Map<String, String> env, String file, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--telegram-export", EXPORTS.resolve(file).toString()));
        args.addAll(List.of(more));
        return CliRun.in(tmp.resolve("data"), tmp.resolve("config"), env, args.toArray(String[]::new));
    }

    private List<JsonNode> indexedPosts() {
        CliRun r = CliRun.in(tmp.resolve("data"), tmp.resolve("config"), Map.of(), "search", "--type", "post", "--format", "jsonl");
        assertEquals(0, r.code(), r.toString());
        return r.jsonLines();
    }

    @Test
    void refusesWithoutThePseudonymKeyAndStoresNothing() {
        CliRun r = importExport(Map.of(), "result.json");
        assertEquals(2, r.code());
        assertEquals("npswatch: set NPSWATCH_PSEUDONYM_KEY to a secret of at least 16 characters before storing Telegram data; "
                + "keep it stable (sellers are counted over time by their pseudonyms) and out of git\n", r.err());
        assertFalse(tmp.resolve("data").toFile().exists(), "a refused import leaves no data directory behind");
    }

    @Test
    void aKeyShorterThanSixteenCharactersIsRefused() {
        CliRun r = importExport(Map.of("NPSWATCH_PSEUDONYM_KEY", "short"), "result.json");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: set NPSWATCH_PSEUDONYM_KEY to a secret of at least 16 characters"), r.err());
    }

    @Test
    void importsEveryPostUnderTheChatsNameAndReportsTheCounts() {
        CliRun r = importExport(CliRun.WITH_KEY, "result.json");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.lines().getFirst().matches("pillen-poeder-nl: 137 messages read, 119 posts indexed \\(\\d+ offers, \\d+ requests, "
                + "\\d+ re-posts\\), 18 service skipped, 0 malformed skipped, \\d+ sellers"), r.out());
        List<JsonNode> posts = indexedPosts();
        assertEquals(119, posts.size());
        assertTrue(posts.stream().allMatch(p -> p.get("source").asText().equals("pillen-poeder-nl")));
    }

    @Test
    void importingTheSameExportAgainDoesNotDuplicatePosts() {
        assertEquals(0, importExport(CliRun.WITH_KEY, "result.json").code());
        List<String> first = indexedPosts().stream().map(p -> p.get("key").asText()).sorted().toList();
        CliRun again = importExport(CliRun.WITH_KEY, "result.json");
        assertEquals(0, again.code(), again.toString());
        List<String> second = indexedPosts().stream().map(p -> p.get("key").asText()).sorted().toList();
        assertEquals(119, second.size());
        assertEquals(first, second);
    }

    @Test
    void importingTheSameExportAgainKeepsEachPostsDuplicateOf() {
        assertEquals(0, importExport(CliRun.WITH_KEY, "result.json").code());
        List<String> first = indexedPosts().stream().map(p -> p.get("key").asText() + " " + p.get("duplicate_of").asText()).sorted().toList();
        assertEquals(0, importExport(CliRun.WITH_KEY, "result.json").code());
        List<String> second = indexedPosts().stream().map(p -> p.get("key").asText() + " " + p.get("duplicate_of").asText()).sorted().toList();
        assertEquals(first, second);
    }

    @Test
    void aTruncatedExportNamesWhereItEndsAndLeavesTheIndexAsItWas() {
        assertEquals(0, importExport(CliRun.WITH_KEY, "result.json").code());
        List<JsonNode> before = indexedPosts();
        Path file = EXPORTS.resolve("result-truncated.json");
        CliRun r = importExport(CliRun.WITH_KEY, "result-truncated.json");
        assertEquals(2, r.code());
        assertEquals("npswatch: Telegram export " + file + ":356:34: not valid JSON: Unexpected end-of-input in VALUE_STRING; "
                + "nothing was added to the index\n", r.err());
        assertEquals(before, indexedPosts());
    }

    @Test
    void skippedMessagesAreCountedWithAPointerToWhereTheyAre() {
        CliRun r = importExport(CliRun.WITH_KEY, "result-with-bad-messages.json");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.lines().getFirst().matches("xtc-keta-utrecht-030: 9 messages read, 2 posts indexed \\(.*\\), 1 service skipped, "
                + "6 malformed skipped, \\d+ sellers"), r.out());
        assertEquals("skipped messages and where they are: ./npswatch extract --telegram-export "
                + EXPORTS.resolve("result-with-bad-messages.json"), r.lines().get(1));
    }

    @Test
    void aPersonalChatIsRefusedAndNothingIsStored() {
        Path file = EXPORTS.resolve("personal-chat.json");
        CliRun r = importExport(CliRun.WITH_KEY, "personal-chat.json");
        assertEquals(2, r.code());
        assertEquals("npswatch: Telegram export " + file + ":3:10: chat type 'personal_chat' is a private conversation; "
                + "npswatch reads only groups and channels; nothing was added to the index\n", r.err());
    }

    @Test
    void theSourceOptionNamesTheSourceAndIsValidated() {
        CliRun bad = importExport(CliRun.WITH_KEY, "result.json", "--source", "Pillen NL!");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("npswatch: --source: source id 'Pillen NL!' must be"), bad.err());
        CliRun good = importExport(CliRun.WITH_KEY, "result.json", "--source", "tg-pillen");
        assertEquals(0, good.code(), good.toString());
        assertTrue(good.out().startsWith("tg-pillen: 137 messages read"), good.out());
    }

    @Test
    void aMissingExportIsNamed() {
        CliRun r = importExport(CliRun.WITH_KEY, "no-such-result.json");
        assertEquals(2, r.code());
        assertEquals("npswatch: " + EXPORTS.resolve("no-such-result.json") + ": no such file (a Telegram Desktop export (result.json))\n",
                r.err());
    }
}
