package org.npswatch.fetch.telegram.tdlib;

/**
 * Something went wrong talking to TDLib: the library, a client, or a request. Messages never
 * contain the api hash, a phone number, a login code or a password.
 */
public class TdlibException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TdlibException(String message) {
        super(message);
    }

    public TdlibException(String message, Throwable cause) {
        super(message, cause);
    }
}
