package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.npswatch.config.TelegramConfig;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new messages of configured public channels and groups through TDLib, read-only: it only
 * ever sends searchPublicChat and getChatHistory (never a message, a join or a file download).
 * Usernames are resolved once and cached (Telegram bans accounts that look up many names), at
 * most {@link Options#maxResolutionsPerRun} per reader. The first read takes the newest messages;
 * later reads page forward from the last message read. Flood waits are slept out.
 */
public final class TdlibChatReader {
    private static final Logger LOG = LoggerFactory.getLogger(TdlibChatReader.class);
    private static final int MAX_HISTORY_LIMIT = 100;

    /**
     * Limits of a reader.
     *
     * @param maxFloodWait longest flood wait slept out; a longer one ends the read with an error
     * @param maxFloodRetries flood waits slept per request before giving up
     * @param maxResolutionsPerRun usernames this reader may resolve over the network
     * @param pageSize messages asked per getChatHistory (1 to 100)
     */
    public record Options(Duration maxFloodWait, int maxFloodRetries, int maxResolutionsPerRun, int pageSize) {
        public Options {
            Objects.requireNonNull(maxFloodWait, "maxFloodWait");
            if (pageSize < 2 || pageSize > MAX_HISTORY_LIMIT) {
                throw new IllegalArgumentException("pageSize must be 2..100, got " + pageSize);
            }
        }

        /** 15 minutes of flood wait at most, 3 retries, 3 resolutions per run, pages of 100. */
        public static Options defaults() {
            return new Options(Duration.ofMinutes(15), 3, 3, MAX_HISTORY_LIMIT);
        }
    }

    /**
     * The outcome of reading one chat.
     *
     * @param posts new posts, oldest first
     * @param caughtUp false when {@code maxMessages} stopped the read before the newest message
     */
    public record ChatRead(SourceId source, long chatId, List<Post> posts, boolean caughtUp) {
        public ChatRead {
            posts = List.copyOf(posts);
        }
    }

    private final TdTransport td;
    private final TdMessageMapper mapper;
    private final ChatStateStore state;
    private final Sleeper sleeper;
    private final Options options;
    private final ObjectMapper json = new ObjectMapper();
    private int resolutions;

    public TdlibChatReader(TdTransport td, TdMessageMapper mapper, ChatStateStore state, Sleeper sleeper, Options options) {
        this.td = td;
        this.mapper = mapper;
        this.state = state;
        this.sleeper = sleeper;
        this.options = options;
    }

    /** Reads a configured chat: its username, message budget and politeness delay. */
    public ChatRead read(TelegramConfig chat) {
        return read(chat.id(), chat.username(), chat.maxMessagesPerRun(), chat.politenessDelay());
    }

    /**
     * Reads up to {@code maxMessages} new messages of the public chat {@code username} and
     * remembers the newest one read.
     *
     * @param pageDelay pause between two history requests
     * @throws TdlibException when the name is unknown or not a public chat, the resolution budget is
     *     spent, or Telegram keeps asking to wait
     */
    public ChatRead read(SourceId source, String username, int maxMessages, Duration pageDelay) {
        boolean cached = state.chatId(username).isPresent();
        long chatId = resolve(username);
        try {
            return readChat(source, chatId, maxMessages, pageDelay);
        } catch (TdRequestException e) {
            if (!cached || e.code() != 400 || !e.tdMessage().contains("Chat not found")) {
                throw e;
            }
            // TDLib's database was reset: the cached id means nothing to it any more.
            LOG.info("{}: cached chat id of @{} unknown to TDLib; resolving again", source, username);
            state.forgetChatId(username);
            return readChat(source, resolve(username), maxMessages, pageDelay);
        }
    }

    private long resolve(String username) {
        Optional<Long> cached = state.chatId(username);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (resolutions >= options.maxResolutionsPerRun()) {
            throw new TdlibException("@" + username + " not resolved: this run already resolved " + resolutions
                    + " usernames (limit " + options.maxResolutionsPerRun() + "); it is tried again next run");
        }
        resolutions++;
        JsonNode chat = call(request("searchPublicChat").put("username", username));
        JsonNode type = chat.path("type");
        if (!"chatTypeSupergroup".equals(type.path("@type").asText())) {
            throw new TdlibException("@" + username + " is not a public channel or group ("
                    + type.path("@type").asText() + "); npswatch reads only public chats");
        }
        long chatId = chat.path("id").asLong();
        state.rememberChatId(username, chatId);
        LOG.info("resolved @{} to chat {} ({})", username, chatId,
                type.path("is_channel").asBoolean() ? "channel" : "group");
        return chatId;
    }

    private ChatRead readChat(SourceId source, long chatId, int maxMessages, Duration pageDelay) {
        TreeMap<Long, JsonNode> read = new TreeMap<>();
        Optional<Long> lastSeen = state.lastSeen(chatId);
        boolean caughtUp = lastSeen.isPresent()
                ? readForward(chatId, lastSeen.get(), maxMessages, pageDelay, read)
                : readNewest(chatId, maxMessages, pageDelay, read);
        List<Post> posts = new ArrayList<>();
        for (JsonNode message : read.values()) {
            posts.add(mapper.map(source, message));
        }
        if (!read.isEmpty()) {
            state.rememberLastSeen(chatId, read.lastKey());
        }
        LOG.info("{}: {} new messages from chat {}{}", source, posts.size(), chatId, caughtUp ? "" : " (more remain)");
        return new ChatRead(source, chatId, posts, caughtUp);
    }

    /** First read: pages backwards from the newest message until the budget is used. */
    private boolean readNewest(long chatId, int maxMessages, Duration pageDelay, TreeMap<Long, JsonNode> read) {
        long from = 0;
        while (read.size() < maxMessages) {
            // After the first page from_message_id is a message already read: ask for one more.
            int limit = Math.min(MAX_HISTORY_LIMIT, Math.min(options.pageSize(), maxMessages - read.size()) + (from == 0 ? 0 : 1));
            int added = 0;
            for (JsonNode m : history(chatId, from, 0, limit, from != 0, pageDelay)) {
                if (read.size() < maxMessages && read.putIfAbsent(m.path("id").asLong(), m) == null) {
                    added++;
                }
            }
            if (added == 0) {
                break; // the beginning of the chat
            }
            from = read.firstKey();
        }
        return true;
    }

    /**
     * Later reads: pages forward from the last message seen, so a budget never leaves a hole
     * between runs. Returns true when the newest message was reached.
     */
    private boolean readForward(long chatId, long lastSeen, int maxMessages, Duration pageDelay,
            TreeMap<Long, JsonNode> read) {
        long cursor = lastSeen;
        boolean first = true;
        while (read.size() < maxMessages) {
            // A negative offset asks for that many messages newer than the cursor, plus the cursor.
            int newer = Math.min(options.pageSize() - 1, maxMessages - read.size());
            List<JsonNode> page = history(chatId, cursor, -newer, newer + 1, !first, pageDelay);
            first = false;
            TreeMap<Long, JsonNode> fresh = newerThan(cursor, page);
            if (fresh.isEmpty()) {
                return true;
            }
            if (!reaches(page, cursor)) {
                // TDLib answered with fewer messages than asked and did not reach back to the
                // cursor: fill the possible hole before trusting the page.
                fillDown(chatId, cursor, fresh, pageDelay);
            }
            for (var e : fresh.entrySet()) { // oldest first: what the budget leaves out comes next run
                if (read.size() >= maxMessages) {
                    break;
                }
                read.put(e.getKey(), e.getValue());
            }
            cursor = read.lastKey();
        }
        return false;
    }

    private void fillDown(long chatId, long cursor, TreeMap<Long, JsonNode> fresh, Duration pageDelay) {
        while (true) {
            List<JsonNode> page = history(chatId, fresh.firstKey(), 0, options.pageSize(), true, pageDelay);
            int before = fresh.size();
            fresh.putAll(newerThan(cursor, page));
            if (fresh.size() == before || reaches(page, cursor)) {
                return;
            }
        }
    }

    private static boolean reaches(List<JsonNode> page, long cursor) {
        return page.stream().anyMatch(m -> m.path("id").asLong() <= cursor);
    }

    private static TreeMap<Long, JsonNode> newerThan(long cursor, List<JsonNode> page) {
        TreeMap<Long, JsonNode> newer = new TreeMap<>();
        for (JsonNode m : page) {
            if (m.path("id").asLong() > cursor) {
                newer.put(m.path("id").asLong(), m);
            }
        }
        return newer;
    }

    private List<JsonNode> history(long chatId, long from, int offset, int limit, boolean pause, Duration delay) {
        if (pause && !delay.isZero()) {
            sleep(delay);
        }
        JsonNode answer = call(request("getChatHistory").put("chat_id", chatId).put("from_message_id", from)
                .put("offset", offset).put("limit", limit).put("only_local", false));
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode m : answer.path("messages")) {
            if ("message".equals(m.path("@type").asText())) { // td_api.tl allows null entries
                messages.add(m);
            }
        }
        return messages;
    }

    private JsonNode call(ObjectNode request) {
        String method = request.path("@type").asText();
        for (int waits = 0; ; waits++) {
            try {
                return td.call(request);
            } catch (TdRequestException e) {
                Optional<Integer> seconds = e.floodWaitSeconds();
                if (seconds.isEmpty()) {
                    throw e;
                }
                Duration wait = Duration.ofSeconds(seconds.get());
                if (wait.compareTo(options.maxFloodWait()) > 0 || waits >= options.maxFloodRetries()) {
                    throw new TdlibException(method + ": Telegram asks to wait " + seconds.get() + " s (after "
                            + waits + " waits already; limit " + options.maxFloodWait().toSeconds() + " s, "
                            + options.maxFloodRetries() + " waits); stopping this read", e);
                }
                LOG.warn("{}: flood wait, sleeping {} s as Telegram asks", method, seconds.get());
                sleep(wait);
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TdlibException("interrupted while waiting " + duration.toSeconds() + " s", e);
        }
    }

    private ObjectNode request(String type) {
        return json.createObjectNode().put("@type", type);
    }
}
