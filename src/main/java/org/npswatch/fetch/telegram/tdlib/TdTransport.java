package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends one TDLib request and waits for its answer. {@link TdClient} implements it over
 * libtdjson; tests script the answers so the reading logic runs without a network.
 */
public interface TdTransport {
    /**
     * Sends {@code request} (an object with {@code "@type"} naming a td_api.tl function) and
     * returns TDLib's answer object.
     *
     * @throws TdRequestException when TDLib answers with an {@code error}
     * @throws TdlibException when no answer comes in time or the client is closed
     */
    JsonNode call(ObjectNode request);
}
