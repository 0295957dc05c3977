package org.npswatch.app;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The Telegram forms of {@code npswatch extract}: export and preview page to JSON Lines. */
final class TelegramExtraction {
    private TelegramExtraction() {}

    static int run(Main main, Path export, Path preview, PrintWriter out) {
        throw new UserError("extract --telegram-export / --telegram-preview: Telegram post analysis is not wired yet");
    }
}
