package org.npswatch.fetch.telegram;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Telegram Desktop export that cannot be read at all: not JSON, cut off, not a single-chat
 * export, or a chat type npswatch does not read. The message names the file and, where Jackson
 * knows it, the line and column.
 */
public final class TelegramExportException extends TelegramSourceException {
    private final transient Path file;
    private final long line;
    private final long column;

    /**
     * @param line 1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     */
    public TelegramExportException(Path file, long line, long column, String what, Throwable cause) {
        super(file.getFileName().toString(), Optional.empty(), describe(file, line, column, what), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public TelegramExportException(Path file, long line, long column, String what) {
        this(file, line, column, what, null);
    }

    private static String describe(Path file, long line, long column, String what) {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return "Telegram export " + where + ": " + what;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column of the problem, -1 when unknown. */
    public long column() {
        return column;
    }
}
