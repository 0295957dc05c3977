package org.npswatch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * A public Telegram channel or group.
 *
 * @param username public username without '@'
 * @param via how to read it: TDLib (needs a logged-in account) or the public web preview
 * @param previewBase base URL of the web preview, normally {@code https://t.me}; the simulated
 *     market points it at loopback
 * @param politenessDelay minimum time between two requests
 */
public record TelegramConfig(
        SourceId id,
        SourceKind kind,
        String username,
        Via via,
        URI previewBase,
        Duration politenessDelay,
        int maxMessagesPerRun,
        String schedule,
        String userAgent,
        Path file)
        implements SourceConfig {
    /** How a chat is read. */
    public enum Via {
        TDLIB,
        PREVIEW
    }

    public TelegramConfig {
        Objects.requireNonNull(id, "id");
        if (!kind.isTelegram()) {
            throw new IllegalArgumentException("kind must be a Telegram kind: " + kind);
        }
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(previewBase, "previewBase");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(file, "file");
    }
}
