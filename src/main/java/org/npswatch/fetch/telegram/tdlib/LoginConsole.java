package org.npswatch.fetch.telegram.tdlib;

/**
 * Where {@link TelegramLogin} asks its questions: the terminal in {@code ./npswatch telegram
 * login}, a script in tests. {@link #fromSystemConsole()} wraps {@link java.io.Console}.
 */
public interface LoginConsole {
    /** Shows {@code prompt} and reads one line; empty when input ended. */
    String readLine(String prompt);

    /** Shows {@code prompt} and reads one line without echoing it (passwords). */
    String readSecret(String prompt);

    /** Shows a line of information. */
    void println(String line);

    /**
     * The JVM's console.
     *
     * @throws TdlibException when there is no interactive terminal
     */
    static LoginConsole fromSystemConsole() {
        java.io.Console console = System.console();
        if (console == null) {
            throw new TdlibException("telegram login needs an interactive terminal (no console attached)");
        }
        return new LoginConsole() {
            @Override
            public String readLine(String prompt) {
                String line = console.readLine("%s", prompt);
                return line == null ? "" : line.strip();
            }

            @Override
            public String readSecret(String prompt) {
                char[] secret = console.readPassword("%s", prompt);
                return secret == null ? "" : new String(secret);
            }

            @Override
            public void println(String line) {
                console.printf("%s%n", line);
            }
        };
    }
}
