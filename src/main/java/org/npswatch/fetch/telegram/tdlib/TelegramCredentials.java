package org.npswatch.fetch.telegram.tdlib;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The api id and hash of the Telegram application (from my.telegram.org). They come from the
 * environment ({@value #API_ID_ENV}, {@value #API_HASH_ENV}) or from {@value #FILE_NAME} in the
 * data directory (keys {@code api_id}, {@code api_hash}; the file is git-ignored). The hash never
 * appears in {@link #toString()}, logs or exception messages.
 */
public record TelegramCredentials(int apiId, String apiHash) {
    public static final String API_ID_ENV = "NPSWATCH_TG_API_ID";
    public static final String API_HASH_ENV = "NPSWATCH_TG_API_HASH";
    public static final String FILE_NAME = "telegram.properties";

    public TelegramCredentials {
        if (apiId <= 0) {
            throw new IllegalArgumentException("api id must be a positive number, got " + apiId);
        }
        if (apiHash == null || !apiHash.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("api hash must be 32 hexadecimal digits (value hidden)");
        }
    }

    /**
     * Reads the credentials: the environment wins over the file.
     *
     * @throws TdlibException naming the variables and the file when neither is complete or a value
     *     is malformed (the hash itself is never printed)
     */
    public static TelegramCredentials load(Map<String, String> environment, Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<String> id = Optional.ofNullable(environment.get(API_ID_ENV)).filter(v -> !v.isBlank());
        Optional<String> hash = Optional.ofNullable(environment.get(API_HASH_ENV)).filter(v -> !v.isBlank());
        String origin = "environment " + API_ID_ENV + "/" + API_HASH_ENV;
        if ((id.isEmpty() || hash.isEmpty()) && Files.isRegularFile(file)) {
            Properties p = read(file);
            id = Optional.ofNullable(p.getProperty("api_id")).filter(v -> !v.isBlank());
            hash = Optional.ofNullable(p.getProperty("api_hash")).filter(v -> !v.isBlank());
            origin = file.toString();
        }
        if (id.isEmpty() || hash.isEmpty()) {
            throw new TdlibException("Telegram api id and hash missing: set " + API_ID_ENV + " and " + API_HASH_ENV
                    + " or write api_id and api_hash into " + file + " (get them at https://my.telegram.org)");
        }
        try {
            return new TelegramCredentials(Integer.parseInt(id.get().strip()), hash.get().strip());
        } catch (IllegalArgumentException e) {
            // NumberFormatException's message would repeat the value; the id is not secret but keep it uniform.
            throw new TdlibException("invalid Telegram credentials in " + origin + ": "
                    + (e instanceof NumberFormatException ? "api id is not a number" : e.getMessage()));
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new TdlibException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    @Override
    public String toString() {
        return "TelegramCredentials[apiId=" + apiId + ", apiHash=" + Redaction.MASK + "]";
    }
}
