package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that calls {@code td_receive} for a library. td_receive returns the events of
 * every client of the process, so two loops would steal each other's answers; this loop routes
 * each event by its {@code "@client_id"} to the client that registered for it. The thread runs
 * while at least one client is registered and ends on the first idle receive after the last one
 * leaves. Handlers run on this thread and must not block.
 */
public final class TdEventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(TdEventLoop.class);
    private static final Map<TdNative, TdEventLoop> SHARED = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final double RECEIVE_TIMEOUT_SECONDS = 0.5;

    private final TdNative td;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Consumer<JsonNode>> clients = new ConcurrentHashMap<>();
    private Thread thread; // guarded by this

    public TdEventLoop(TdNative td) {
        this.td = td;
    }

    /** The loop of a library, created on first use: use this unless a test needs its own. */
    public static TdEventLoop shared(TdNative td) {
        return SHARED.computeIfAbsent(td, TdEventLoop::new);
    }

    /** Routes the events of {@code clientId} to {@code handler}, starting the thread if needed. */
    public synchronized void register(int clientId, Consumer<JsonNode> handler) {
        clients.put(clientId, handler);
        if (thread == null) {
            thread = Thread.ofPlatform().name("tdlib-receive").daemon(true).start(this::run);
        }
    }

    /** Stops routing events of {@code clientId}; later events for it are dropped. */
    public void unregister(int clientId) {
        clients.remove(clientId);
    }

    /** True while the receive thread runs. */
    public synchronized boolean running() {
        return thread != null;
    }

    private void run() {
        while (true) {
            Optional<String> event = td.receive(RECEIVE_TIMEOUT_SECONDS);
            if (event.isPresent()) {
                dispatch(event.get());
            } else if (stopWhenIdle()) {
                return;
            }
        }
    }

    private synchronized boolean stopWhenIdle() {
        if (clients.isEmpty()) {
            thread = null;
            return true;
        }
        return false;
    }

    private void dispatch(String raw) {
        JsonNode event;
        try {
            event = json.readTree(raw);
        } catch (JsonProcessingException e) {
            LOG.warn("TDLib sent an event that is not JSON ({} chars); dropped", raw.length());
            return;
        }
        int clientId = event.path("@client_id").asInt(-1);
        Consumer<JsonNode> handler = clients.get(clientId);
        if (handler == null) {
            LOG.debug("dropped {} for client {} that is not registered", event.path("@type").asText(), clientId);
            return;
        }
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            // One faulty listener must not stop the only thread that receives for all clients.
            LOG.error("handler of TDLib client {} failed on {}", clientId, event.path("@type").asText(), e);
        }
    }
}
