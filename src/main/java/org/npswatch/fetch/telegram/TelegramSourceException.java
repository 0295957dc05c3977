package org.npswatch.fetch.telegram;

import java.net.URI;
import java.util.Optional;

/**
 * A Telegram source could not be read: the channel is not public, the server kept failing, the
 * page was not understood. The message names the channel and the URL so that one log line is
 * enough to act on.
 */
public class TelegramSourceException extends RuntimeException {
    private final String channel;
    private final transient Optional<URI> url;

    public TelegramSourceException(String channel, Optional<URI> url, String message) {
        super(message);
        this.channel = channel;
        this.url = url;
    }

    public TelegramSourceException(String channel, Optional<URI> url, String message, Throwable cause) {
        super(message, cause);
        this.channel = channel;
        this.url = url;
    }

    /** The channel or group username (or export file name) the failure belongs to. */
    public String channel() {
        return channel;
    }

    /** The URL that failed, when the failure came from HTTP. */
    public Optional<URI> url() {
        return url;
    }
}
