package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a TDLib client is in logging in, read from {@code updateAuthorizationState}. */
public sealed interface AuthorizationState {
    /** TDLib waits for setTdlibParameters; {@link TdClient} answers this itself. */
    record WaitParameters() implements AuthorizationState {}

    /** The account's phone number is needed. */
    record WaitPhoneNumber() implements AuthorizationState {}

    /** The login code Telegram sent (in the app or by SMS) is needed; {@code via} names the channel. */
    record WaitCode(String via) implements AuthorizationState {}

    /** The account's two-step verification password is needed. */
    record WaitPassword(String hint) implements AuthorizationState {}

    /** Logged in: requests can be made. */
    record Ready() implements AuthorizationState {}

    /** Closing or logging out. */
    record Closing() implements AuthorizationState {}

    /** The client is closed; no request can be made any more. */
    record Closed() implements AuthorizationState {}

    /** A state npswatch does not handle (sign-up, e-mail login, QR confirmation, premium purchase). */
    record Unsupported(String type) implements AuthorizationState {}

    /** Reads the {@code authorization_state} object of an update or of getAuthorizationState. */
    static AuthorizationState of(JsonNode state) {
        String type = state.path("@type").asText();
        return switch (type) {
            case "authorizationStateWaitTdlibParameters" -> new WaitParameters();
            case "authorizationStateWaitPhoneNumber" -> new WaitPhoneNumber();
            case "authorizationStateWaitCode" ->
                new WaitCode(state.path("code_info").path("type").path("@type").asText("unknown")
                        .replace("authenticationCodeType", ""));
            case "authorizationStateWaitPassword" -> new WaitPassword(state.path("password_hint").asText(""));
            case "authorizationStateReady" -> new Ready();
            case "authorizationStateClosing", "authorizationStateLoggingOut" -> new Closing();
            case "authorizationStateClosed" -> new Closed();
            default -> new Unsupported(type);
        };
    }
}
