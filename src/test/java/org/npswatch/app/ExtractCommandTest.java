package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code npswatch extract}, the evaluation interface, on whole saved pages from
 * src/test/resources/extract/** and Telegram fixtures, and on the wrong inputs a user gives it.
 */
class ExtractCommandTest {
    private static final Path EXTRACT = Path.of("src/test/resources/extract");
    private static final Path EXPORTS = Path.of("src/test/resources/fetch/telegram-export");
    private static final Path PREVIEWS = EXTRACT.resolve("telegram-preview");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun extract(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", tmp.resolve("no-config").toString(), "extract"));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    @Test
    void printsOneJsonLineWithTheInterfaceKeysPerOfferOnASavedProductPage() {
        CliRun r = extract("--url", "https://shop.example/product/3-mmc/", EXTRACT.resolve("woocommerce/product-3mmc.html").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("""
                {"product": "3-MMC Kristallen", "substances": ["3-MMC"], "unknown_candidates": [], "tiers": [\
                {"quantity": 1, "unit": "g", "price": 12.5, "currency": "EUR"}, \
                {"quantity": 5, "unit": "g", "price": 50, "currency": "EUR"}, \
                {"quantity": 10, "unit": "g", "price": 90, "currency": "EUR"}, \
                {"quantity": 25, "unit": "g", "price": 200, "currency": "EUR"}], "in_stock": true}
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void readsAProductsJsonFile() throws IOException {
        CliRun r = extract("--url", "https://labpulse.example/products.json", EXTRACT.resolve("shopify/products.json").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(13, r.lines().size(), r.out());
        for (String line : r.lines()) {
            assertEquals(Set.of("product", "substances", "unknown_candidates", "tiers", "in_stock"), keys(line), line);
        }
        assertEquals("3-MMC Crystal", JSON.readTree(r.lines().getFirst()).get("product").asText());
    }

    @Test
    void aPageWithoutOffersPrintsNothing() {
        CliRun r = extract("--url", "https://rc-winkel.example/faq/", EXTRACT.resolve("heldout/nonoffer-faq-nl.html").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("page.html");
        CliRun r = extract("--url", "https://shop.example/", missing.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + missing + ": no such file (a saved shop page (HTML) or products JSON)\n", r.err());
    }

    @Test
    void aDirectoryIsRefused() {
        CliRun r = extract("--url", "https://shop.example/", tmp.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + tmp + ": is a directory; give a saved shop page (HTML) or products JSON itself\n", r.err());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(tmp.resolve("page.html"));
        CliRun r = extract("--url", "https://shop.example/", empty.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + empty + ": is empty (0 bytes), expected a saved shop page (HTML) or products JSON\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path image = Files.write(tmp.resolve("page.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        CliRun r = extract("--url", "https://shop.example/", image.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + image + ": is a binary file, not text; expected a saved shop page (HTML) or products JSON\n",
                r.err());
    }

    @Test
    void aGzippedPageIsRefusedWithWhatToDo() throws IOException {
        Path gz = tmp.resolve("page.html.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(EXTRACT.resolve("woocommerce/product-3mmc.html")));
        }
        CliRun r = extract("--url", "https://shop.example/", gz.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: " + gz + ": is gzip-compressed; decompress it first (gunzip)"), r.err());
    }

    @Test
    void aCutOffProductsJsonNamesLineAndColumnInsteadOfPrintingNothing() throws IOException {
        String whole = Files.readString(EXTRACT.resolve("shopify/products.json"));
        Path cut = Files.writeString(tmp.resolve("products.json"), whole.substring(0, whole.length() / 2));
        CliRun r = extract("--url", "https://labpulse.example/products.json", cut.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().matches("npswatch: " + java.util.regex.Pattern.quote(cut.toString())
                + ":\\d+:\\d+: not valid JSON: Unexpected end-of-input.*\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aUrlWithoutSchemeOrHostIsRefused() {
        CliRun r = extract("--url", "shop.example/product/x", EXTRACT.resolve("woocommerce/product-3mmc.html").toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: --url 'shop.example/product/x' must be the absolute address the page was saved from, "
                + "e.g. https://shop.example/product/3-mmc/\n", r.err());
    }

    @Test
    void urlWithoutFileSaysWhatIsMissing() {
        CliRun r = extract("--url", "https://shop.example/");
        assertEquals(2, r.code());
        assertEquals("npswatch: extract --url URL needs the FILE holding the saved page, e.g. extract --url https://shop.example/ page.html\n",
                r.err());
    }

    @Test
    void printsEveryMessageOfATelegramExportWithTheInterfaceKeys() throws IOException {
        CliRun r = extract("--telegram-export", EXPORTS.resolve("result.json").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(137, r.lines().size(), "119 posts and 18 service messages");
        Set<String> ids = new TreeSet<>();
        for (String line : r.lines()) {
            assertEquals(Set.of("message_id", "intent", "substances", "unknown_candidates", "tiers", "duplicate_of"), keys(line), line);
            JsonNode n = JSON.readTree(line);
            assertTrue(Set.of("offer", "request", "other").contains(n.get("intent").asText()), line);
            ids.add(n.get("message_id").asText());
        }
        assertEquals(137, ids.size(), "one line per message");
        assertEquals("", r.err());
    }

    @Test
    void aTelegramExportWithBadMessagesPrintsTheGoodOnesAndWhereEachBadOneIs() {
        Path file = EXPORTS.resolve("result-with-bad-messages.json");
        CliRun r = extract("--telegram-export", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("5120", "5127", "5128"), r.jsonLines().stream().map(n -> n.get("message_id").asText()).toList());
        assertEquals("""
                %1$s:21:3: skipped message: message without a numeric id
                %1$s:35:3: skipped message 5122: message 5122 without a date
                %1$s:48:3: skipped message 5123: text is neither a string nor an array but NUMBER
                %1$s:58:3: skipped message 5124: date is not a date-time: '11-04-2026 21:10'
                %1$s:67:3: skipped message: a message must be a JSON object, found VALUE_STRING
                %1$s:68:3: skipped message 5126: unknown message type 'poll_result'
                """.formatted(file), r.err());
    }

    @Test
    void aMalformedExportNamesFileLineAndColumn() {
        Path file = EXPORTS.resolve("result-missing-comma.json");
        CliRun r = extract("--telegram-export", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: Telegram export " + file + ":21:3: not valid JSON: "), r.err());
    }

    @Test
    void aTruncatedExportNamesWhereItEnds() {
        Path file = EXPORTS.resolve("result-truncated.json");
        CliRun r = extract("--telegram-export", file.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: Telegram export " + file + ":356:34: not valid JSON: Unexpected end-of-input in VALUE_STRING\n",
                r.err());
    }

    @Test
    void aPersonalChatExportIsRefused() {
        Path file = EXPORTS.resolve("personal-chat.json");
        CliRun r = extract("--telegram-export", file.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: Telegram export " + file
                + ":3:10: chat type 'personal_chat' is a private conversation; npswatch reads only groups and channels\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void printsEveryMessageOfASavedPreviewPageWithTheInterfaceKeys() throws IOException {
        CliRun r = extract("--telegram-preview", PREVIEWS.resolve("channel-newest.html").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(16, r.lines().size(), r.out());
        for (String line : r.lines()) {
            assertEquals(Set.of("post", "intent", "substances", "unknown_candidates", "tiers", "duplicate_of"), keys(line), line);
        }
        assertEquals("snowexpress_nl/27", JSON.readTree(r.lines().getFirst()).get("post").asText());
        assertEquals("snowexpress_nl/48", JSON.readTree(r.lines().getLast()).get("post").asText());
    }

    @Test
    void aJoinPageIsReportedNotReadAsAnEmptyChannel() {
        Path file = PREVIEWS.resolve("group-join-page.html");
        CliRun r = extract("--telegram-preview", file.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + file + ": is Telegram's \"View in Telegram\" page, not a channel history: the name is a group, "
                + "a private channel, a user or unused, and has no public preview\n", r.err());
    }

    @Test
    void anExportGivenAsPreviewGetsAHint() {
        Path file = EXPORTS.resolve("result.json");
        CliRun r = extract("--telegram-preview", file.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + file + ": is not a Telegram channel preview page (no tgme_channel_history); it looks like JSON: "
                + "a Desktop export goes with --telegram-export\n", r.err());
    }

    @Test
    void anEmptyChannelPrintsNothing() {
        CliRun r = extract("--telegram-preview", PREVIEWS.resolve("empty-channel.html").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aMissingExportIsNamed() {
        Path missing = tmp.resolve("result.json");
        CliRun r = extract("--telegram-export", missing.toString());
        assertEquals(2, r.code());
        assertEquals("npswatch: " + missing + ": no such file (a Telegram Desktop export (result.json))\n", r.err());
    }

    @Test
    void aFileArgumentWithATelegramOptionIsRefused() {
        CliRun r = extract("--telegram-export", EXPORTS.resolve("result.json").toString(), "page.html");
        assertEquals(2, r.code());
        assertEquals("npswatch: FILE page.html is only read with --url; give the export or page as the option's value\n", r.err());
    }

    @Test
    void twoInputsAtOnceAreAUsageError() {
        CliRun r = extract("--url", "https://shop.example/", "--telegram-export", "x.json");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("npswatch: Error: --url=URL, --telegram-export=FILE are mutually exclusive"), r.err());
    }

    private static Set<String> keys(String line) {
        try {
            Set<String> keys = new TreeSet<>();
            JSON.readTree(line.getBytes(StandardCharsets.UTF_8)).fieldNames().forEachRemaining(keys::add);
            return keys;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
