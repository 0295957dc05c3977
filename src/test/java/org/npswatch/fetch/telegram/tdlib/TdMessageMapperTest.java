package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/** Maps the whole message objects under src/test/resources/fetch/tdlib/ (see the README there). */
class TdMessageMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pseudonymiser PSEUDONYMS = new Pseudonymiser("test-key-0123456789abcdef");
    private static final SourceId SOURCE = SourceId.of("tg-snowman-nl");
    private final TdMessageMapper mapper = new TdMessageMapper(PSEUDONYMS);

    static JsonNode fixture(String name) {
        try (InputStream in = TdMessageMapperTest.class.getResourceAsStream("/fetch/tdlib/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("fixture " + name, e);
        }
    }

    private Post map(String fixture) {
        return mapper.map(SOURCE, fixture(fixture));
    }

    @Test
    void mapsAChannelMenuPostWithItsViewsAndTheChannelAsAuthor() {
        Post post = map("channel-text-menu.json");
        assertEquals("tg-snowman-nl/1482", post.key());
        assertEquals(Instant.parse("2025-11-20T12:00:00Z"), post.postedAt());
        assertTrue(post.text().startsWith("\u2744\ufe0f COKE 1g - 70 | 5g - 320\n\uD83D\uDC8A XTC pillen 10 voor 40"), post.text());
        assertTrue(post.text().endsWith("Bestellen: @snowman_nl of https://t.me/snowman_nl_bot \u2014 menu"), post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("channel2145550912")), post.authorPseudonym());
        assertEquals(Optional.empty(), post.forwardedFrom());
        assertEquals(Optional.empty(), post.editedAt());
        assertEquals(Optional.of(1843), post.views());
    }

    @Test
    void readsThePhotoCaptionAndPseudonymisesTheHiddenForwarder() {
        Post post = map("group-photo-caption-hidden-forward.json");
        assertEquals("98211", post.messageId());
        assertEquals("3MMC kristallen \uD83D\uDC8E 1g 25 / 5g 100\nOok 2-MMC en 4-FA op voorraad. DM voor prijs per 100g", post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("user6120334871")), post.authorPseudonym());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("Ketamine Koning")), post.forwardedFrom());
        assertEquals(Optional.of(Instant.ofEpochSecond(1763651290)), post.editedAt());
        assertEquals(Optional.empty(), post.views());
    }

    @Test
    void readsTheVideoCaptionAndHashesTheForwardingChannel() {
        Post post = map("group-video-caption-channel-forward.json");
        assertEquals("98230", post.messageId());
        assertEquals("\uD83C\uDF44 Truffels Tampanensis 15g - 30\nShrooms Golden Teacher 10g 60\nVerzending heel NL", post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("channel1999888777")), post.forwardedFrom());
        assertEquals(Optional.of(5210), post.views());
    }

    @Test
    void readsTheDocumentCaptionAndHashesTheForwardedUser() {
        Post post = map("group-document-user-forward.json");
        assertEquals("Prijslijst november (groothandel): keta 1kg, 1000 pillen, speed 1kg \u2013 alleen serieuze kopers", post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("user7012345678")), post.forwardedFrom());
        assertEquals(post.authorPseudonym(), map("group-photo-caption-hidden-forward.json").authorPseudonym(),
                "the same seller gets the same pseudonym in every post");
    }

    @Test
    void treatsAnAnonymousAdminAsTheGroupAndHashesAForwardedChat() {
        Post post = map("group-animation-anonymous-admin.json");
        assertEquals("\u26a0\ufe0f Regels: geen scams, geen verzoeken zonder vouch. Scammers worden verwijderd.", post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("channel1876543210")), post.authorPseudonym());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("channel1555444333")), post.forwardedFrom());
    }

    @Test
    void givesAStickerAnEmptyText() {
        Post post = map("group-sticker.json");
        assertEquals("98251", post.messageId());
        assertEquals("", post.text());
        assertEquals(Optional.of(PSEUDONYMS.pseudonym("user5877001234")), post.authorPseudonym());
    }

    @Test
    void noIdentityOrNameLeavesTheMapperInClear() {
        for (String f : new String[] {"channel-text-menu.json", "group-photo-caption-hidden-forward.json",
                "group-video-caption-channel-forward.json", "group-document-user-forward.json",
                "group-animation-anonymous-admin.json", "group-sticker.json", "group-text-request.json"}) {
            Post post = map(f);
            String identities = post.authorPseudonym().orElse("") + " " + post.forwardedFrom().orElse("");
            for (String clear : new String[] {"6120334871", "5877001234", "7012345678", "7788990011", "Ketamine",
                    "1999888777", "2145550912", "1876543210", "1555444333"}) {
                assertFalse(identities.contains(clear), f + " leaks " + clear);
            }
            assertTrue(post.authorPseudonym().orElseThrow().matches("p:[0-9a-f]{16}"), f);
        }
    }

    @Test
    void keepsLocalMessageIdsApartFromServerIds() {
        assertEquals("1482", TdMessageMapper.publicMessageId(1482L << 20));
        assertEquals("local-1554000001", TdMessageMapper.publicMessageId(1_554_000_001L));
        assertEquals("chat4512", TdMessageMapper.chatIdentity(-4512));
        assertEquals("user77", TdMessageMapper.chatIdentity(77));
    }

    @Test
    void rejectsAnObjectThatIsNotAMessage() {
        TdlibException e = assertThrows(TdlibException.class, () -> mapper.map(SOURCE, fixture("chat-channel.json")));
        assertEquals("not a TDLib message with id and date in tg-snowman-nl: chat", e.getMessage());
    }
}
