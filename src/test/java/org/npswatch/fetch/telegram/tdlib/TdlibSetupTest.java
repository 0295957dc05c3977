package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locating the library, loading the credentials and keeping secrets out of messages. */
class TdlibSetupTest {
    private static final String HASH = "a3406de8d171bb422bb6ddf3bbd800e2";

    @TempDir
    Path dir;

    private static TdlibLocator locator(Map<String, String> properties, Map<String, String> env) {
        return new TdlibLocator(key -> properties.getOrDefault(key, key.equals("user.home") ? "/home/analyst" : null), env);
    }

    @Test
    void locatesTheLibraryByConfigThenPropertyThenEnvironmentThenInstallFolder() {
        Map<String, String> props = Map.of(TdlibLocator.PATH_PROPERTY, "/opt/prop/libtdjson.so", "os.arch", "amd64");
        Map<String, String> env = Map.of(TdlibLocator.PATH_ENV, "/opt/env/libtdjson.so");
        assertEquals(Path.of("/opt/config/libtdjson.so"),
                locator(props, env).locate(Optional.of(Path.of("/opt/config/libtdjson.so"))));
        assertEquals(Path.of("/opt/prop/libtdjson.so"), locator(props, env).locate(Optional.empty()));
        assertEquals(Path.of("/opt/env/libtdjson.so"), locator(Map.of("os.arch", "amd64"), env).locate(Optional.empty()));
        assertEquals(Path.of("/home/analyst/.cache/npswatch/tdlib/node_modules/@prebuilt-tdlib/linux-x64-glibc/libtdjson.so"),
                locator(Map.of("os.arch", "amd64"), Map.of()).locate(Optional.empty()));
        assertEquals(Path.of("/srv/td/node_modules/@prebuilt-tdlib/linux-arm64-glibc/libtdjson.so"),
                locator(Map.of("os.arch", "aarch64"), Map.of(TdlibLocator.DIR_ENV, "/srv/td")).locate(Optional.empty()));
    }

    @Test
    void namesThePathAndTheInstallScriptWhenTheLibraryIsMissing() {
        Path missing = dir.resolve("nowhere/libtdjson.so");
        TdlibUnavailableException e = assertThrows(TdlibUnavailableException.class, () -> TdJson.load(missing));
        assertEquals(missing, e.triedPath());
        assertTrue(e.getMessage().startsWith("TDLib is not available at " + missing + " (no such file): run scripts/install-tdlib.sh"),
                e.getMessage());
    }

    @Test
    void reportsAFileThatIsNotALibrary() throws Exception {
        Path bogus = Files.writeString(dir.resolve("libtdjson.so"), "not an ELF file");
        TdlibUnavailableException e = assertThrows(TdlibUnavailableException.class, () -> TdJson.load(bogus));
        assertTrue(e.getMessage().startsWith("TDLib is not available at " + bogus + " (cannot load it"), e.getMessage());
    }

    @Test
    void takesCredentialsFromTheEnvironmentBeforeTheFile() throws Exception {
        Files.writeString(dir.resolve("telegram.properties"), "api_id=111\napi_hash=" + "b".repeat(32) + "\n");
        TelegramCredentials fromEnv = TelegramCredentials.load(
                Map.of(TelegramCredentials.API_ID_ENV, "94575", TelegramCredentials.API_HASH_ENV, HASH), dir);
        assertEquals(new TelegramCredentials(94575, HASH), fromEnv);
        assertEquals(new TelegramCredentials(111, "b".repeat(32)), TelegramCredentials.load(Map.of(), dir));
    }

    @Test
    void explainsWhereCredentialsGoWhenMissing() {
        TdlibException e = assertThrows(TdlibException.class, () -> TelegramCredentials.load(Map.of(), dir));
        assertEquals("Telegram api id and hash missing: set NPSWATCH_TG_API_ID and NPSWATCH_TG_API_HASH or write api_id "
                + "and api_hash into " + dir.resolve("telegram.properties") + " (get them at https://my.telegram.org)", e.getMessage());
    }

    @Test
    void neverShowsTheApiHash() {
        TelegramCredentials c = new TelegramCredentials(94575, HASH);
        assertEquals("TelegramCredentials[apiId=94575, apiHash=***]", c.toString());
        String malformed = HASH.substring(1) + "zz";
        TdlibException e = assertThrows(TdlibException.class, () -> TelegramCredentials.load(
                Map.of(TelegramCredentials.API_ID_ENV, "94575", TelegramCredentials.API_HASH_ENV, malformed), dir));
        assertEquals("invalid Telegram credentials in environment NPSWATCH_TG_API_ID/NPSWATCH_TG_API_HASH: "
                + "api hash must be 32 hexadecimal digits (value hidden)", e.getMessage());
    }

    @Test
    void masksSecretsInRequestsAtAnyDepth() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var request = json.readTree("""
                {"@type":"setTdlibParameters","api_id":94575,"api_hash":"%s","database_directory":"/data/tdlib/db",
                 "nested":{"phone_number":"+31612345678","list":[{"code":"48213"},{"password":"geheim"}]}}""".formatted(HASH));
        String redacted = Redaction.redact(request).toString();
        assertEquals("""
                {"@type":"setTdlibParameters","api_id":94575,"api_hash":"***","database_directory":"/data/tdlib/db",\
                "nested":{"phone_number":"***","list":[{"code":"***"},{"password":"***"}]}}""", redacted);
        assertTrue(request.toString().contains(HASH), "the original request is left intact");
        assertEquals("+31*******78", Redaction.maskPhone("+31612345678"));
    }

    @Test
    void readsFloodWaitSecondsFromBothErrorForms() {
        assertEquals(Optional.of(35), new TdRequestException("getChatHistory", 429, "Too Many Requests: retry after 35").floodWaitSeconds());
        assertEquals(Optional.of(8), new TdRequestException("searchPublicChat", 420, "FLOOD_WAIT_8").floodWaitSeconds());
        assertEquals(Optional.empty(), new TdRequestException("getChatHistory", 400, "Chat not found").floodWaitSeconds());
        assertFalse(new TdRequestException("x", 429, "Too Many Requests").floodWaitSeconds().isPresent());
    }
}
