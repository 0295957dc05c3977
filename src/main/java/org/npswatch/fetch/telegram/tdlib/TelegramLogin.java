package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * The interactive login behind {@code ./npswatch telegram login}: asks for the phone number, the
 * code Telegram sends and the two-step password when the account has one, until TDLib reports
 * ready. Run once; TDLib keeps the session in the data directory. Nothing typed is logged or
 * echoed back; a refused answer is asked again up to {@value #MAX_ATTEMPTS} times.
 */
public final class TelegramLogin {
    /** Attempts per question before giving up. */
    public static final int MAX_ATTEMPTS = 3;

    private final LoginConsole console;
    private final Duration stepTimeout;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param stepTimeout how long one step may take (Telegram sends codes within seconds)
     */
    public TelegramLogin(LoginConsole console, Duration stepTimeout) {
        this.console = console;
        this.stepTimeout = stepTimeout;
    }

    /**
     * Logs {@code client} in.
     *
     * @return {@link AuthorizationState.Ready}
     * @throws TdlibException when input ends, answers are refused too often, or the account needs
     *     a step npswatch does not support (sign-up, e-mail login)
     */
    public AuthorizationState run(TdClient client) {
        AuthorizationState state = client.awaitSettled(stepTimeout);
        int attempts = 0;
        while (!(state instanceof AuthorizationState.Ready)) {
            if (++attempts > MAX_ATTEMPTS) {
                throw new TdlibException("telegram login: too many refused answers at " + state);
            }
            AuthorizationState before = state;
            state = step(client, state);
            if (!state.equals(before)) {
                attempts = 0;
            }
        }
        console.println("Logged in to Telegram; the session is kept in the data directory.");
        return state;
    }

    private AuthorizationState step(TdClient client, AuthorizationState state) {
        return switch (state) {
            case AuthorizationState.WaitPhoneNumber _ -> submit(client, state, request("setAuthenticationPhoneNumber")
                    .put("phone_number", ask("Phone number of the monitoring account (international, e.g. +31...): ")));
            case AuthorizationState.WaitCode(String via) -> submit(client, state, request("checkAuthenticationCode")
                    .put("code", ask("Login code sent via " + via + ": ")));
            case AuthorizationState.WaitPassword(String hint) -> submit(client, state, request("checkAuthenticationPassword")
                    .put("password", askSecret("Two-step verification password" + (hint.isEmpty() ? "" : " (hint: " + hint + ")") + ": ")));
            case AuthorizationState.Ready ready -> ready;
            case AuthorizationState.Closed _, AuthorizationState.Closing _ ->
                throw new TdlibException("telegram login: the TDLib client closed during login");
            case AuthorizationState.WaitParameters _ -> client.awaitSettled(stepTimeout);
            case AuthorizationState.Unsupported(String type) -> throw new TdlibException("telegram login: TDLib asks for "
                    + type + ", which npswatch does not support; finish sign-up in an official Telegram app first");
        };
    }

    private AuthorizationState submit(TdClient client, AuthorizationState state, ObjectNode request) {
        try {
            return client.authorize(request, stepTimeout);
        } catch (TdRequestException e) {
            // TDLib's message names the problem (PHONE_CODE_INVALID, PASSWORD_HASH_INVALID) without the input.
            console.println("Telegram refused that: " + e.tdMessage());
            return state;
        }
    }

    private ObjectNode request(String type) {
        return json.createObjectNode().put("@type", type);
    }

    private String ask(String prompt) {
        String answer = console.readLine(prompt).strip();
        if (answer.isEmpty()) {
            throw new TdlibException("telegram login: no answer given, login aborted");
        }
        return answer;
    }

    private String askSecret(String prompt) {
        String answer = console.readSecret(prompt);
        if (answer.isEmpty()) {
            throw new TdlibException("telegram login: no answer given, login aborted");
        }
        return answer;
    }
}
