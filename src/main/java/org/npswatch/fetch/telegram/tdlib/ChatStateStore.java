package org.npswatch.fetch.telegram.tdlib;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What the reader remembers between runs, in {@code dataDir/tdlib/chats.properties}: the chat id
 * each username resolved to (so searchPublicChat runs once per username, not once per run) and
 * the last message id read per chat. Written atomically after every change.
 */
public final class ChatStateStore {
    private final Path file;
    private final Properties values = new Properties();

    /** Opens (or starts) the store under {@code dataDir/tdlib/}. */
    public ChatStateStore(Path dataDir) {
        this.file = dataDir.resolve("tdlib").resolve("chats.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new TdlibException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** The file the state lives in. */
    public Path file() {
        return file;
    }

    public synchronized Optional<Long> chatId(String username) {
        return number("chat." + key(username));
    }

    public synchronized void rememberChatId(String username, long chatId) {
        values.setProperty("chat." + key(username), Long.toString(chatId));
        save();
    }

    public synchronized void forgetChatId(String username) {
        values.remove("chat." + key(username));
        save();
    }

    /** The TDLib id of the newest message already read in a chat. */
    public synchronized Optional<Long> lastSeen(long chatId) {
        return number("last." + chatId);
    }

    public synchronized void rememberLastSeen(long chatId, long messageId) {
        values.setProperty("last." + chatId, Long.toString(messageId));
        save();
    }

    private static String key(String username) {
        return username.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private Optional<Long> number(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw new TdlibException(file + ": key " + key + " is not a number: " + v);
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "npswatch TDLib reader state: resolved usernames and last message read");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new TdlibException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
