package org.npswatch.fetch.telegram.tdlib;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TDLib answered a request with an {@code error} object. Carries the method, the error code and
 * TDLib's message (which never echoes secrets back: it names errors like PHONE_CODE_INVALID).
 */
public final class TdRequestException extends TdlibException {
    private static final long serialVersionUID = 1L;
    // TDLib turns the server's FLOOD_WAIT_X into "Too Many Requests: retry after X"; accept both.
    private static final Pattern RETRY_AFTER = Pattern.compile("(?:retry after |FLOOD_WAIT_)(\\d+)");

    private final String method;
    private final int code;
    private final String tdMessage;

    public TdRequestException(String method, int code, String tdMessage) {
        super(method + " failed: TDLib error " + code + " " + tdMessage);
        this.method = method;
        this.code = code;
        this.tdMessage = tdMessage;
    }

    public String method() {
        return method;
    }

    public int code() {
        return code;
    }

    public String tdMessage() {
        return tdMessage;
    }

    /** Seconds Telegram asks us to wait before retrying, when this is a flood-wait (429) error. */
    public Optional<Integer> floodWaitSeconds() {
        Matcher m = RETRY_AFTER.matcher(tdMessage);
        if (code != 429 && !tdMessage.startsWith("FLOOD_WAIT_")) {
            return Optional.empty();
        }
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
