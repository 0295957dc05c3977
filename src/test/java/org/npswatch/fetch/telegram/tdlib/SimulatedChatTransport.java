package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A TdTransport that answers like TDLib for one public chat: searchPublicChat returns a chat
 * fixture, getChatHistory pages over a list of message objects (newest first, from_message_id
 * included when offset is 0, -offset newer ones added, at most {@code maxPerAnswer} returned as
 * TDLib may return fewer than asked). Errors can be queued per method to come first.
 */
final class SimulatedChatTransport implements TdTransport {
    final List<ObjectNode> requests = new ArrayList<>();
    private final Map<String, JsonNode> chatsByUsername;
    private final TreeMap<Long, JsonNode> messages = new TreeMap<>();
    private final Map<String, Deque<ObjectNode>> queuedErrors = new java.util.HashMap<>();
    int maxPerAnswer = 100;

    SimulatedChatTransport(Map<String, JsonNode> chatsByUsername) {
        this.chatsByUsername = chatsByUsername;
    }

    /** Adds a message built from a fixture with another server id and date. */
    void post(JsonNode template, long serverId) {
        ObjectNode m = template.deepCopy();
        m.put("id", serverId << 20).put("date", template.get("date").asLong() + serverId * 60);
        messages.put(serverId << 20, m);
    }

    void failNext(String method, int code, String message) {
        queuedErrors.computeIfAbsent(method, k -> new ArrayDeque<>()).add(
                JsonNodeFactory.instance.objectNode().put("@type", "error").put("code", code).put("message", message));
    }

    List<String> methods() {
        return requests.stream().map(r -> r.get("@type").asText()).toList();
    }

    @Override
    public JsonNode call(ObjectNode request) {
        requests.add(request.deepCopy());
        String method = request.get("@type").asText();
        Deque<ObjectNode> errors = queuedErrors.get(method);
        if (errors != null && !errors.isEmpty()) {
            ObjectNode e = errors.pop();
            throw new TdRequestException(method, e.get("code").asInt(), e.get("message").asText());
        }
        return switch (method) {
            case "searchPublicChat" -> {
                JsonNode chat = chatsByUsername.get(request.get("username").asText());
                if (chat == null) {
                    throw new TdRequestException(method, 400, "USERNAME_NOT_OCCUPIED");
                }
                yield chat;
            }
            case "getChatHistory" -> history(request);
            default -> throw new AssertionError("the reader must not send " + method);
        };
    }

    private JsonNode history(ObjectNode request) {
        long from = request.get("from_message_id").asLong();
        int offset = request.get("offset").asInt();
        int limit = request.get("limit").asInt();
        if (limit < 1 || limit > 100 || offset > 0 || offset < -99 || limit < -offset) {
            throw new TdRequestException("getChatHistory", 400, "Parameter limit must be greater or equal to -offset");
        }
        List<JsonNode> newestFirst = new ArrayList<>(messages.descendingMap().values());
        int start = 0;
        if (from != 0) {
            while (start < newestFirst.size() && newestFirst.get(start).get("id").asLong() > from) {
                start++;
            }
            start = Math.max(0, start + offset);
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("@type", "messages").put("total_count", messages.size());
        ArrayNode list = answer.putArray("messages");
        for (int i = start; i < Math.min(newestFirst.size(), start + Math.min(limit, maxPerAnswer)); i++) {
            list.add(newestFirst.get(i));
        }
        return answer;
    }
}
