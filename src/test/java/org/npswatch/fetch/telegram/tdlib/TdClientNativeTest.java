package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a real TDLib client without network: the authorization state machine reaches the phone
 * number prompt (TDLib does not contact Telegram before a phone number is given) and closes.
 * The api id and hash are dummies of the right shape; TDLib does not check them offline.
 */
class TdClientNativeTest {
    private static final TelegramCredentials DUMMY = new TelegramCredentials(94575, "a3406de8d171bb422bb6ddf3bbd800e2");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TdJson td;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void loadLibrary() {
        td = NativeTdlib.require();
    }

    @Test
    void reachesWaitPhoneNumberOnAFreshDatabaseAndClosesCleanly() {
        TdClient client = TdClient.start(td, TdClient.Settings.of(dataDir, DUMMY));
        try {
            assertInstanceOf(AuthorizationState.WaitPhoneNumber.class, client.awaitSettled(WAIT));
            assertTrue(Files.isDirectory(dataDir.resolve("tdlib/db")), "database in dataDir/tdlib/db");
            JsonNode version = client.call(new ObjectMapper().createObjectNode().put("@type", "getOption").put("name", "version"));
            assertEquals("optionValueString", version.get("@type").asText());
            assertTrue(version.get("value").asText().startsWith("1.8."), version.toString());
        } finally {
            client.close(WAIT);
        }
        assertInstanceOf(AuthorizationState.Closed.class, client.authorizationState());
    }

    @Test
    void refusesRequestsAfterCloseWithAClearError() {
        TdClient client = TdClient.start(td, TdClient.Settings.of(dataDir, DUMMY));
        client.awaitSettled(WAIT);
        client.close(WAIT);
        client.close(WAIT); // idempotent
        TdlibException e = assertThrows(TdlibException.class,
                () -> client.call(new ObjectMapper().createObjectNode().put("@type", "getMe")));
        assertFalse(e.getMessage().contains(DUMMY.apiHash()), e.getMessage());
    }

    @Test
    void aSecondClientOnTheSameDataDirectoryStartsAfterTheFirstClosed() {
        TdClient first = TdClient.start(td, TdClient.Settings.of(dataDir, DUMMY));
        first.awaitSettled(WAIT);
        first.close(WAIT);
        TdClient second = TdClient.start(td, TdClient.Settings.of(dataDir, DUMMY));
        try {
            assertInstanceOf(AuthorizationState.WaitPhoneNumber.class, second.awaitSettled(WAIT));
        } finally {
            second.close(WAIT);
        }
        assertInstanceOf(AuthorizationState.Closed.class, second.authorizationState());
    }

    @Test
    void reportsTdlibErrorsWithMethodAndCode() {
        TdClient client = TdClient.start(td, TdClient.Settings.of(dataDir, DUMMY));
        try {
            client.awaitSettled(WAIT);
            TdRequestException e = assertThrows(TdRequestException.class, () -> client.call(
                    new ObjectMapper().createObjectNode().put("@type", "getChatHistory").put("chat_id", 0)
                            .put("from_message_id", 0).put("offset", 0).put("limit", 10)));
            assertEquals("getChatHistory", e.method());
            assertEquals(401, e.code(), e.getMessage());
        } finally {
            client.close(WAIT);
        }
    }
}
