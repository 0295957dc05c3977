package org.npswatch.fetch.telegram.tdlib;

import java.util.Optional;

/**
 * The four functions of TDLib's JSON interface ({@code td_json_client.h}). {@link TdJson} binds
 * them to libtdjson; tests script them. Strings are whole JSON objects.
 */
public interface TdNative {
    /** A new client identifier; the client starts when the first request is sent to it. */
    int createClientId();

    /** Sends a request to a client; the answer arrives through {@link #receive}. */
    void send(int clientId, String requestJson);

    /**
     * Waits up to {@code timeoutSeconds} for the next response or update of any client. Only one
     * thread may call this at a time.
     */
    Optional<String> receive(double timeoutSeconds);

    /** Runs a synchronous method (one TDLib marks "can be called synchronously"). */
    Optional<String> execute(String requestJson);
}
