package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramLoginTest {
    private static final String HASH = "0123456789abcdef0123456789abcdef";
    private static final String PHONE = "+31612345678";
    private static final String CODE = "48213";
    private static final String PASSWORD = "korenbloem-77";
    private static final Duration STEP = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    /** Answers prompts from a script and records everything shown. */
    static final class ScriptedConsole implements LoginConsole {
        final Deque<String> answers;
        final List<String> shown = new ArrayList<>();

        ScriptedConsole(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt) {
            shown.add(prompt);
            return answers.isEmpty() ? "" : answers.pop();
        }

        @Override
        public String readSecret(String prompt) {
            return readLine(prompt);
        }

        @Override
        public void println(String line) {
            shown.add(line);
        }
    }

    private TdClient start(ScriptedTdlib td) {
        return TdClient.start(td, new TdEventLoop(td),
                TdClient.Settings.of(dataDir, new TelegramCredentials(12345, HASH)));
    }

    @Test
    void logsInWithPhoneCodeAndPasswordAfterOneWrongCode() {
        ScriptedTdlib td = new ScriptedTdlib(PHONE, CODE, Optional.of(PASSWORD));
        ScriptedConsole console = new ScriptedConsole(PHONE, "11111", CODE, PASSWORD);
        String logged = captureStderr(() -> {
            try (TdClient client = start(td)) {
                assertInstanceOf(AuthorizationState.Ready.class, new TelegramLogin(console, STEP).run(client));
            }
        });
        assertEquals(List.of("getOption", "setTdlibParameters", "setAuthenticationPhoneNumber", "checkAuthenticationCode",
                "checkAuthenticationCode", "checkAuthenticationPassword", "close"), td.requestTypes());
        assertEquals(List.of(
                "Phone number of the monitoring account (international, e.g. +31...): ",
                "Login code sent via TelegramMessage: ",
                "Telegram refused that: PHONE_CODE_INVALID",
                "Login code sent via TelegramMessage: ",
                "Two-step verification password (hint: the usual): ",
                "Logged in to Telegram; the session is kept in the data directory."), console.shown);
        assertTrue(logged.contains("Ready"), "the log capture works: " + logged);
        for (String secret : List.of(HASH, PHONE, "612345678", CODE, PASSWORD)) {
            assertFalse(logged.contains(secret), "log leaks " + secret + ": " + logged);
            assertFalse(String.join("\n", console.shown).contains(secret), "console echoes " + secret);
        }
    }

    @Test
    void setsTdlibParametersWithTheDatabaseInTheDataDirectory() {
        ScriptedTdlib td = new ScriptedTdlib(PHONE, CODE, Optional.empty());
        try (TdClient client = start(td)) {
            new TelegramLogin(new ScriptedConsole(PHONE, CODE), STEP).run(client);
        }
        var parameters = td.requests.get(1);
        assertEquals("setTdlibParameters", parameters.get("@type").asText());
        assertEquals(dataDir.resolve("tdlib/db").toAbsolutePath().toString(), parameters.get("database_directory").asText());
        assertEquals(12345, parameters.get("api_id").asInt());
        assertEquals(HASH, parameters.get("api_hash").asText());
        assertFalse(parameters.get("use_file_database").asBoolean());
    }

    @Test
    void givesUpAfterThreeRefusedPhoneNumbers() {
        ScriptedTdlib td = new ScriptedTdlib(PHONE, CODE, Optional.empty());
        ScriptedConsole console = new ScriptedConsole("+1", "+2", "+3", PHONE);
        try (TdClient client = start(td)) {
            TdlibException e = assertThrows(TdlibException.class, () -> new TelegramLogin(console, STEP).run(client));
            assertEquals("telegram login: too many refused answers at WaitPhoneNumber[]", e.getMessage());
        }
        assertEquals(3, td.requestTypes().stream().filter("setAuthenticationPhoneNumber"::equals).count());
    }

    @Test
    void abortsWhenInputEnds() {
        ScriptedTdlib td = new ScriptedTdlib(PHONE, CODE, Optional.empty());
        try (TdClient client = start(td)) {
            TdlibException e = assertThrows(TdlibException.class,
                    () -> new TelegramLogin(new ScriptedConsole(PHONE), STEP).run(client));
            assertEquals("telegram login: no answer given, login aborted", e.getMessage());
        }
    }

    @Test
    void refusesSignUpOfAnUnregisteredNumber() {
        ScriptedTdlib td = new ScriptedTdlib(PHONE, CODE, Optional.empty(), "authorizationStateWaitRegistration");
        try (TdClient client = start(td)) {
            TdlibException e = assertThrows(TdlibException.class,
                    () -> new TelegramLogin(new ScriptedConsole(PHONE), STEP).run(client));
            assertTrue(e.getMessage().startsWith("telegram login: TDLib asks for authorizationStateWaitRegistration"),
                    e.getMessage());
        }
    }

    private static String captureStderr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
