package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the real libtdjson: the synchronous methods work without any network. */
class TdJsonNativeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TdJson td;

    @BeforeAll
    static void loadLibrary() {
        td = NativeTdlib.require();
    }

    private static JsonNode execute(String request) throws Exception {
        return JSON.readTree(td.execute(request).orElseThrow());
    }

    @Test
    void loadsTheLibraryOncePerPath() {
        assertSame(td, TdJson.load(td.library()));
    }

    @Test
    void setsAndReadsBackTheLogVerbosity() throws Exception {
        assertEquals("ok", execute("{\"@type\":\"setLogVerbosityLevel\",\"new_verbosity_level\":1}").get("@type").asText());
        JsonNode level = execute("{\"@type\":\"getLogVerbosityLevel\"}");
        assertEquals("logVerbosityLevel", level.get("@type").asText());
        assertEquals(1, level.get("verbosity_level").asInt());
    }

    @Test
    void findsUrlAndMentionEntitiesInAMenuLine() throws Exception {
        // Offsets are UTF-16 code units, like Java strings: the emoji counts as two.
        String text = "\u2744\uFE0F 1g 50 | order https://example.nl or @dealer_nl";
        JsonNode answer = execute(JSON.writeValueAsString(JSON.createObjectNode()
                .put("@type", "getTextEntities").put("text", text)));
        assertEquals("textEntities", answer.get("@type").asText());
        JsonNode entities = answer.get("entities");
        assertEquals(2, entities.size());
        assertEntity(entities.get(0), "textEntityTypeUrl", text.indexOf("https"), "https://example.nl".length());
        assertEntity(entities.get(1), "textEntityTypeMention", text.indexOf("@dealer"), "@dealer_nl".length());
    }

    @Test
    void parsesMarkdownIntoPlainTextAndBoldEntity() throws Exception {
        JsonNode answer = execute("""
                {"@type":"parseTextEntities","text":"*3MMC* 1g \\\\- 25 EUR",
                 "parse_mode":{"@type":"textParseModeMarkdown","version":2}}""");
        assertEquals("formattedText", answer.get("@type").asText());
        assertEquals("3MMC 1g - 25 EUR", answer.get("text").asText());
        assertEquals(1, answer.get("entities").size());
        assertEntity(answer.get("entities").get(0), "textEntityTypeBold", 0, 4);
    }

    @Test
    void reportsErrorsOfSynchronousMethodsAsErrorObjects() throws Exception {
        JsonNode answer = execute("{\"@type\":\"parseTextEntities\",\"text\":\"*unclosed\","
                + "\"parse_mode\":{\"@type\":\"textParseModeMarkdown\",\"version\":2}}");
        assertEquals("error", answer.get("@type").asText());
        assertEquals(400, answer.get("code").asInt());
        assertTrue(answer.get("message").asText().contains("Can't find end of Bold entity"), answer.toString());
    }

    @Test
    void copiesNonAsciiAnswersIntactAsUtf8() throws Exception {
        String text = "Ketamine \u2013 caf\u00e9 \uD83D\uDC8A @k_nl";
        JsonNode answer = execute(JSON.writeValueAsString(JSON.createObjectNode()
                .put("@type", "getTextEntities").put("text", text)));
        assertEntity(answer.get("entities").get(0), "textEntityTypeMention", text.indexOf('@'), 5);
    }

    private static void assertEntity(JsonNode entity, String type, int offset, int length) {
        assertEquals(type, entity.get("type").get("@type").asText(), entity.toString());
        assertEquals(offset, entity.get("offset").asInt(), entity.toString());
        assertEquals(length, entity.get("length").asInt(), entity.toString());
    }
}
