package org.npswatch.fetch.telegram.tdlib;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TDLib client: matches answers to requests by {@code "@extra"}, hands updates to listeners,
 * follows the authorization state (answering setTdlibParameters itself) and closes cleanly.
 * The database lives in {@code dataDir/tdlib/db}, so a login survives restarts.
 */
public final class TdClient implements TdTransport, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TdClient.class);

    /**
     * How a client is set up.
     *
     * @param dataDir npswatch's data directory; TDLib's files go to {@code dataDir/tdlib/}
     * @param requestTimeout how long {@link #call} waits for an answer
     */
    public record Settings(Path dataDir, TelegramCredentials credentials, Duration requestTimeout) {
        public Settings {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
        }

        /** Settings with a 60 second request timeout (history requests can be slow). */
        public static Settings of(Path dataDir, TelegramCredentials credentials) {
            return new Settings(dataDir, credentials, Duration.ofSeconds(60));
        }

        /** The folder holding everything TDLib writes. */
        public Path tdlibDir() {
            return dataDir.resolve("tdlib");
        }
    }

    private final TdNative td;
    private final TdEventLoop loop;
    private final Settings settings;
    private final int clientId;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong nextExtra = new AtomicLong();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> updateListeners = new CopyOnWriteArrayList<>();
    private AuthorizationState state = new AuthorizationState.WaitParameters(); // guarded by this
    private long stateVersion; // guarded by this; counts authorization updates
    private TdlibException parametersFailure; // guarded by this

    private record Pending(String method, CompletableFuture<JsonNode> answer) {}

    private TdClient(TdNative td, TdEventLoop loop, Settings settings) {
        this.td = td;
        this.loop = loop;
        this.settings = settings;
        this.clientId = td.createClientId();
    }

    /**
     * Creates a client and starts it; it then moves on its own to the first state that needs
     * input ({@link AuthorizationState.WaitPhoneNumber} on a fresh database, {@link
     * AuthorizationState.Ready} when logged in before): see {@link #awaitSettled}.
     */
    public static TdClient start(TdNative td, Settings settings) {
        return start(td, TdEventLoop.shared(td), settings);
    }

    /** As {@link #start(TdNative, Settings)} with an explicit event loop. */
    public static TdClient start(TdNative td, TdEventLoop loop, Settings settings) {
        TdClient client = new TdClient(td, loop, settings);
        loop.register(client.clientId, client::onEvent);
        // A TDLib client starts on its first request; its first update then asks for parameters.
        client.send(client.json.createObjectNode().put("@type", "getOption").put("name", "version"));
        return client;
    }

    /** TDLib's identifier of this client. */
    public int clientId() {
        return clientId;
    }

    /** Adds a listener for updates (every event that is not an answer); it runs on the receive thread. */
    public void onUpdate(Consumer<JsonNode> listener) {
        updateListeners.add(listener);
    }

    /** The last authorization state TDLib reported. */
    public synchronized AuthorizationState authorizationState() {
        return state;
    }

    @Override
    public JsonNode call(ObjectNode request) {
        String method = request.path("@type").asText("?");
        try {
            return send(request).get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TdlibException(method + ": no answer from TDLib within " + settings.requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TdlibException(method + ": interrupted while waiting for TDLib", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TdlibException tdError) {
                throw tdError;
            }
            throw new TdlibException(method + " failed", e.getCause());
        }
    }

    /** Sends a request without waiting; the future completes with the answer or a {@link TdlibException}. */
    public CompletableFuture<JsonNode> send(ObjectNode request) {
        String method = request.path("@type").asText("?");
        String extra = Long.toString(nextExtra.incrementAndGet());
        ObjectNode tagged = request.deepCopy().put("@extra", extra);
        Pending p = new Pending(method, new CompletableFuture<>());
        pending.put(extra, p);
        if (LOG.isDebugEnabled()) {
            LOG.debug("client {} -> {}", clientId, Redaction.redact(tagged));
        }
        try {
            td.send(clientId, json.writeValueAsString(tagged));
        } catch (JsonProcessingException e) {
            pending.remove(extra);
            p.answer().completeExceptionally(new TdlibException(method + ": request not serialisable", e));
        }
        return p.answer();
    }

    /**
     * Waits until the authorization state needs input or is final: phone number, code, password,
     * ready, closed or unsupported.
     *
     * @throws TdlibException when TDLib refused the parameters or nothing settles in time
     */
    public AuthorizationState awaitSettled(Duration timeout) {
        return awaitStateAfter(-1, timeout);
    }

    /**
     * Sends an authorization request (phone number, code, password) and waits for the state it
     * leads to. When TDLib refuses it (wrong code) the {@link TdRequestException} is thrown and
     * the state stays as it was.
     */
    public AuthorizationState authorize(ObjectNode request, Duration timeout) {
        long before;
        synchronized (this) {
            before = stateVersion;
        }
        call(request);
        return awaitStateAfter(before, timeout);
    }

    private synchronized AuthorizationState awaitStateAfter(long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (parametersFailure == null && (stateVersion <= version || !settled(state))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TdlibException("TDLib client " + clientId + " still in " + state + " after " + timeout);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TdlibException("interrupted while waiting for the authorization state", e);
            }
        }
        if (parametersFailure != null) {
            throw parametersFailure;
        }
        return state;
    }

    private static boolean settled(AuthorizationState s) {
        return !(s instanceof AuthorizationState.WaitParameters) && !(s instanceof AuthorizationState.Closing);
    }

    /**
     * Closes the client and waits (up to 30 seconds) for {@link AuthorizationState.Closed}; the
     * database stays, so the next start is logged in. Idempotent.
     */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** As {@link #close()} with an explicit wait. */
    public void close(Duration timeout) {
        if (!(authorizationState() instanceof AuthorizationState.Closed)) {
            send(json.createObjectNode().put("@type", "close"));
            awaitClosed(timeout);
        }
        loop.unregister(clientId);
        failPending("client closed");
    }

    private synchronized void awaitClosed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(state instanceof AuthorizationState.Closed)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.warn("TDLib client {} not closed after {}; giving up waiting", clientId, timeout);
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void onEvent(JsonNode event) {
        JsonNode extra = event.get("@extra");
        if (extra != null) {
            Pending p = pending.remove(extra.asText());
            if (p != null) {
                complete(p, event);
                return;
            }
        }
        if ("updateAuthorizationState".equals(event.path("@type").asText())) {
            onAuthorizationState(AuthorizationState.of(event.path("authorization_state")));
            return;
        }
        updateListeners.forEach(l -> l.accept(event));
    }

    private static void complete(Pending p, JsonNode answer) {
        if ("error".equals(answer.path("@type").asText())) {
            p.answer().completeExceptionally(new TdRequestException(
                    p.method(), answer.path("code").asInt(), answer.path("message").asText("")));
        } else {
            p.answer().complete(answer);
        }
    }

    private void onAuthorizationState(AuthorizationState next) {
        LOG.info("TDLib client {}: {}", clientId, next);
        synchronized (this) {
            state = next;
            stateVersion++;
            notifyAll();
        }
        if (next instanceof AuthorizationState.WaitParameters) {
            // Asynchronous: this runs on the receive thread, which must deliver the answer.
            send(parameters()).whenComplete((ok, error) -> {
                if (error != null) {
                    failParameters(error);
                }
            });
        } else if (next instanceof AuthorizationState.Closed) {
            failPending("client closed");
        }
    }

    private synchronized void failParameters(Throwable error) {
        parametersFailure = new TdlibException("TDLib refused setTdlibParameters: " + error.getMessage(), error);
        notifyAll();
    }

    private ObjectNode parameters() {
        Path dir = settings.tdlibDir().toAbsolutePath();
        return json.createObjectNode()
                .put("@type", "setTdlibParameters")
                .put("use_test_dc", false)
                .put("database_directory", dir.resolve("db").toString())
                .put("files_directory", dir.resolve("files").toString())
                .put("use_file_database", false)
                .put("use_chat_info_database", true)
                .put("use_message_database", true)
                .put("use_secret_chats", false)
                .put("api_id", settings.credentials().apiId())
                .put("api_hash", settings.credentials().apiHash())
                .put("system_language_code", "en")
                .put("device_model", "npswatch")
                .put("system_version", System.getProperty("os.name", "Linux"))
                .put("application_version", "npswatch 0.1");
    }

    private void failPending(String why) {
        for (String extra : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(extra);
            if (p != null) {
                p.answer().completeExceptionally(new TdlibException(p.method() + ": " + why));
            }
        }
    }

    @Override
    public String toString() {
        return "TdClient[" + clientId + ", " + authorizationState() + "]";
    }
}
