package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for libtdjson that plays TDLib's login dialogue as td_api.tl describes it: the
 * parameters, then phone number, code and (when {@code password} is set) the two-step password,
 * answering each request with "ok" after the authorization update, or with the error TDLib
 * gives for a wrong value. {@code afterPhone} replaces the code step with another state type.
 */
final class ScriptedTdlib implements TdNative {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final String phone;
    private final String code;
    private final Optional<String> password;
    private final String afterPhone;
    private boolean started;

    ScriptedTdlib(String phone, String code, Optional<String> password, String afterPhone) {
        this.phone = phone;
        this.code = code;
        this.password = password;
        this.afterPhone = afterPhone;
    }

    ScriptedTdlib(String phone, String code, Optional<String> password) {
        this(phone, code, password, "authorizationStateWaitCode");
    }

    @Override
    public int createClientId() {
        return 7;
    }

    @Override
    public synchronized void send(int clientId, String requestJson) {
        JsonNode request = read(requestJson);
        requests.add(request);
        if (!started) {
            started = true;
            state("authorizationStateWaitTdlibParameters");
        }
        String extra = request.path("@extra").asText();
        switch (request.path("@type").asText()) {
            case "setTdlibParameters" -> okAfter(extra, "authorizationStateWaitPhoneNumber");
            case "setAuthenticationPhoneNumber" -> check(extra, request, "phone_number", phone, "PHONE_NUMBER_INVALID", afterPhone);
            case "checkAuthenticationCode" -> check(extra, request, "code", code, "PHONE_CODE_INVALID",
                    password.isPresent() ? "authorizationStateWaitPassword" : "authorizationStateReady");
            case "checkAuthenticationPassword" -> check(extra, request, "password", password.orElse(""),
                    "PASSWORD_HASH_INVALID", "authorizationStateReady");
            case "close" -> {
                answer(extra, JSON.createObjectNode().put("@type", "ok"));
                state("authorizationStateClosing");
                state("authorizationStateClosed");
            }
            default -> answer(extra, JSON.createObjectNode().put("@type", "optionValueString").put("value", "1.8.65"));
        }
    }

    private void check(String extra, JsonNode request, String field, String expected, String error, String next) {
        if (request.path(field).asText().equals(expected)) {
            okAfter(extra, next);
        } else {
            answer(extra, JSON.createObjectNode().put("@type", "error").put("code", 400).put("message", error));
        }
    }

    private void okAfter(String extra, String nextState) {
        state(nextState);
        answer(extra, JSON.createObjectNode().put("@type", "ok"));
    }

    private void state(String type) {
        ObjectNode s = JSON.createObjectNode().put("@type", type);
        switch (type) {
            case "authorizationStateWaitCode" -> s.putObject("code_info").put("@type", "authenticationCodeInfo")
                    .put("phone_number", phone).put("timeout", 0)
                    .putObject("type").put("@type", "authenticationCodeTypeTelegramMessage").put("length", 5);
            case "authorizationStateWaitPassword" -> s.put("password_hint", "the usual")
                    .put("has_recovery_email_address", false).put("has_passport_data", false)
                    .put("recovery_email_address_pattern", "");
            default -> { }
        }
        ObjectNode update = JSON.createObjectNode().put("@type", "updateAuthorizationState");
        update.set("authorization_state", s);
        emit(update);
    }

    private void answer(String extra, ObjectNode answer) {
        emit(answer.put("@extra", extra));
    }

    private void emit(ObjectNode event) {
        events.add(event.put("@client_id", 7).toString());
    }

    @Override
    public Optional<String> receive(double timeoutSeconds) {
        try {
            return Optional.ofNullable(events.poll((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> execute(String requestJson) {
        return Optional.of("{\"@type\":\"ok\"}");
    }

    List<String> requestTypes() {
        return requests.stream().map(r -> r.path("@type").asText()).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("client sent invalid JSON: " + json, e);
        }
    }
}
