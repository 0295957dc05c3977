package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/** The reading logic against a simulated chat built from the message fixtures; no network. */
class TdlibChatReaderTest {
    private static final SourceId SOURCE = SourceId.of("tg-snowman-nl");
    private static final long CHAT_ID = -1002145550912L;
    private static final Duration NO_DELAY = Duration.ZERO;

    @TempDir
    Path dataDir;

    private SimulatedChatTransport chat;
    private final List<Duration> slept = new ArrayList<>();

    @BeforeEach
    void simulateChannel() {
        chat = new SimulatedChatTransport(Map.of(
                "snowman_nl", TdMessageMapperTest.fixture("chat-channel.json"),
                "some_person", TdMessageMapperTest.fixture("chat-private-user.json")));
        JsonNode menu = TdMessageMapperTest.fixture("channel-text-menu.json");
        for (long id = 101; id <= 110; id++) {
            chat.post(menu, id);
        }
    }

    private TdlibChatReader reader(int pageSize, int resolutions) {
        return new TdlibChatReader(chat, new TdMessageMapper(new Pseudonymiser("test-key-0123456789abcdef")),
                new ChatStateStore(dataDir), slept::add,
                new TdlibChatReader.Options(Duration.ofMinutes(15), 3, resolutions, pageSize));
    }

    private static List<String> ids(TdlibChatReader.ChatRead read) {
        return read.posts().stream().map(Post::messageId).toList();
    }

    @Test
    void firstReadResolvesOnceTakesTheNewestMessagesAndRemembersThem() {
        TdlibChatReader.ChatRead read = reader(3, 3).read(SOURCE, "snowman_nl", 5, NO_DELAY);
        assertEquals(List.of("106", "107", "108", "109", "110"), ids(read));
        assertTrue(read.caughtUp());
        assertEquals(CHAT_ID, read.chatId());
        assertEquals(List.of("searchPublicChat", "getChatHistory", "getChatHistory"), chat.methods());
        assertEquals(0, chat.requests.get(1).get("from_message_id").asLong());
        assertEquals(108L << 20, chat.requests.get(2).get("from_message_id").asLong());
        ChatStateStore saved = new ChatStateStore(dataDir);
        assertEquals(Optional.of(CHAT_ID), saved.chatId("@SnowMan_NL"));
        assertEquals(Optional.of(110L << 20), saved.lastSeen(CHAT_ID));
    }

    @Test
    void laterReadsPageForwardFromTheLastMessageWithoutResolvingAgain() {
        reader(3, 3).read(SOURCE, "snowman_nl", 5, NO_DELAY);
        JsonNode menu = TdMessageMapperTest.fixture("channel-text-menu.json");
        for (long id = 111; id <= 115; id++) {
            chat.post(menu, id);
        }
        chat.requests.clear();
        TdlibChatReader.ChatRead read = reader(3, 3).read(SOURCE, "snowman_nl", 50, Duration.ofSeconds(2));
        assertEquals(List.of("111", "112", "113", "114", "115"), ids(read));
        assertTrue(read.caughtUp());
        assertEquals(List.of("getChatHistory", "getChatHistory", "getChatHistory", "getChatHistory"), chat.methods());
        assertEquals(110L << 20, chat.requests.get(0).get("from_message_id").asLong());
        assertEquals(-2, chat.requests.get(0).get("offset").asInt());
        assertEquals(3, chat.requests.get(0).get("limit").asInt());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)), slept,
                "politeness delay between pages, not before the first");
        assertEquals(Optional.of(115L << 20), new ChatStateStore(dataDir).lastSeen(CHAT_ID));
    }

    @Test
    void stopsAtTheBudgetAndContinuesThereNextRunWhenTdlibAnswersShortPages() {
        new ChatStateStore(dataDir).rememberChatId("snowman_nl", CHAT_ID);
        new ChatStateStore(dataDir).rememberLastSeen(CHAT_ID, 102L << 20);
        chat.maxPerAnswer = 2;
        TdlibChatReader.ChatRead first = reader(100, 3).read(SOURCE, "snowman_nl", 4, NO_DELAY);
        assertEquals(List.of("103", "104", "105", "106"), ids(first));
        assertFalse(first.caughtUp());
        TdlibChatReader.ChatRead second = reader(100, 3).read(SOURCE, "snowman_nl", 4, NO_DELAY);
        assertEquals(List.of("107", "108", "109", "110"), ids(second));
        TdlibChatReader.ChatRead third = reader(100, 3).read(SOURCE, "snowman_nl", 4, NO_DELAY);
        assertEquals(List.of(), ids(third));
        assertTrue(third.caughtUp());
        assertFalse(chat.methods().contains("searchPublicChat"));
    }

    @Test
    void sleepsOutFloodWaitsInBothSpellingsAndRetries() {
        chat.failNext("searchPublicChat", 429, "FLOOD_WAIT_12");
        chat.failNext("getChatHistory", 429, "Too Many Requests: retry after 7");
        TdlibChatReader.ChatRead read = reader(100, 3).read(SOURCE, "snowman_nl", 3, NO_DELAY);
        assertEquals(List.of("108", "109", "110"), ids(read));
        assertEquals(List.of(Duration.ofSeconds(12), Duration.ofSeconds(7)), slept);
        assertEquals(List.of("searchPublicChat", "searchPublicChat", "getChatHistory", "getChatHistory"), chat.methods());
    }

    @Test
    void givesUpOnAFloodWaitLongerThanTheLimitWithoutSleeping() {
        chat.failNext("getChatHistory", 429, "Too Many Requests: retry after 86400");
        TdlibException e = assertThrows(TdlibException.class, () -> reader(100, 3).read(SOURCE, "snowman_nl", 3, NO_DELAY));
        assertEquals("getChatHistory: Telegram asks to wait 86400 s (after 0 waits already; limit 900 s, 3 waits); "
                + "stopping this read", e.getMessage());
        assertEquals(List.of(), slept);
        assertEquals(Optional.empty(), new ChatStateStore(dataDir).lastSeen(CHAT_ID));
    }

    @Test
    void givesUpAfterTooManyFloodWaits() {
        for (int i = 0; i < 4; i++) {
            chat.failNext("getChatHistory", 429, "Too Many Requests: retry after 5");
        }
        assertThrows(TdlibException.class, () -> reader(100, 3).read(SOURCE, "snowman_nl", 3, NO_DELAY));
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), slept);
    }

    @Test
    void refusesAUsernameThatBelongsToAPerson() {
        TdlibException e = assertThrows(TdlibException.class, () -> reader(100, 3).read(SOURCE, "some_person", 3, NO_DELAY));
        assertEquals("@some_person is not a public channel or group (chatTypePrivate); npswatch reads only public chats",
                e.getMessage());
        assertEquals(List.of("searchPublicChat"), chat.methods());
        assertEquals(Optional.empty(), new ChatStateStore(dataDir).chatId("some_person"));
    }

    @Test
    void resolvesNoMoreUsernamesPerRunThanAllowed() {
        TdlibChatReader reader = reader(100, 1);
        reader.read(SOURCE, "snowman_nl", 1, NO_DELAY);
        TdlibException e = assertThrows(TdlibException.class, () -> reader.read(SOURCE, "another_shop", 1, NO_DELAY));
        assertTrue(e.getMessage().startsWith("@another_shop not resolved: this run already resolved 1 usernames"), e.getMessage());
        assertEquals(1, chat.methods().stream().filter("searchPublicChat"::equals).count());
    }

    @Test
    void resolvesAgainOnceWhenTdlibNoLongerKnowsTheCachedChat() {
        new ChatStateStore(dataDir).rememberChatId("snowman_nl", -1009999999999L);
        chat.failNext("getChatHistory", 400, "Chat not found");
        TdlibChatReader.ChatRead read = reader(100, 3).read(SOURCE, "snowman_nl", 2, NO_DELAY);
        assertEquals(List.of("109", "110"), ids(read));
        assertEquals(List.of("getChatHistory", "searchPublicChat", "getChatHistory"), chat.methods());
        assertEquals(Optional.of(CHAT_ID), new ChatStateStore(dataDir).chatId("snowman_nl"));
    }
}
