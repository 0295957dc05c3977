package org.npswatch.notify;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server. The password is not here: it is read from the environment variable
 * {@link #PASSWORD_ENV} when mail is sent, so it never sits in a config file or a log line.
 *
 * @param startTls upgrade the connection with STARTTLS and refuse to send if the server cannot
 * @param from the sender, e.g. {@code npswatch <alerts@example.org>}
 */
public record SmtpSettings(
        String host, int port, Optional<String> username, boolean startTls, String from, Duration timeout) {
    /** The environment variable holding the SMTP password. */
    public static final String PASSWORD_ENV = "NPSWATCH_SMTP_PASSWORD";
    public static final int DEFAULT_PORT = 587;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
    }
}
