package org.npswatch.fetch.telegram.tdlib;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleFunction;
import java.util.function.IntSupplier;
import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;

/**
 * libtdjson bound with the Foreign Function and Memory API. Requests go out as NUL-terminated
 * UTF-8 strings from a confined arena freed right after the call (TDLib copies what it needs);
 * answers come back as pointers owned by TDLib that stay valid only until the next call of the
 * same function, so they are copied into Java strings at once.
 *
 * <p>Needs {@code --enable-native-access=ALL-UNNAMED}. A library is loaded once per path and never
 * unloaded (TDLib keeps threads running), so {@link #load} returns the same instance for a path.
 */
public final class TdJson implements TdNative {
    /** TDLib log level set on load: errors only. */
    public static final int DEFAULT_LOG_VERBOSITY = 1;

    private static final Map<Path, TdJson> LOADED = new ConcurrentHashMap<>();

    private final Path library;
    // Downcalls wrapped in JDK functional interfaces: MethodHandle.invokeExact declares Throwable,
    // an interface proxy does not, so no call site has to catch Throwable.
    private final IntSupplier createClientId;
    private final ObjIntConsumer<MemorySegment> send;
    private final DoubleFunction<MemorySegment> receive;
    private final UnaryOperator<MemorySegment> execute;

    @SuppressWarnings("unchecked")
    private TdJson(Path library, SymbolLookup symbols) {
        this.library = library;
        Linker linker = Linker.nativeLinker();
        MethodHandle create = linker.downcallHandle(
                find(library, symbols, "td_create_client_id"), FunctionDescriptor.of(ValueLayout.JAVA_INT));
        MethodHandle sendHandle = linker.downcallHandle(
                find(library, symbols, "td_send"),
                FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        MethodHandle receiveHandle = linker.downcallHandle(
                find(library, symbols, "td_receive"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_DOUBLE));
        MethodHandle executeHandle = linker.downcallHandle(
                find(library, symbols, "td_execute"), FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        // ObjIntConsumer takes (request, clientId); td_send takes (clientId, request).
        MethodHandle sendSwapped = MethodHandles.permuteArguments(
                sendHandle, MethodType.methodType(void.class, MemorySegment.class, int.class), 1, 0);
        this.createClientId = MethodHandleProxies.asInterfaceInstance(IntSupplier.class, create);
        this.send = MethodHandleProxies.asInterfaceInstance(ObjIntConsumer.class, sendSwapped);
        this.receive = MethodHandleProxies.asInterfaceInstance(DoubleFunction.class, receiveHandle);
        this.execute = MethodHandleProxies.asInterfaceInstance(UnaryOperator.class, executeHandle);
    }

    /** Loads the library {@link TdlibLocator#fromSystem()} finds. */
    public static TdJson load() {
        return load(TdlibLocator.fromSystem().locate(Optional.empty()));
    }

    /**
     * Loads libtdjson from a file.
     *
     * @throws TdlibUnavailableException when the file is missing, cannot be loaded or lacks the
     *     JSON interface; the message names the path and the install script
     */
    public static TdJson load(Path library) {
        Path key = library.toAbsolutePath().normalize();
        if (!Files.isRegularFile(key)) {
            throw new TdlibUnavailableException(key, "no such file", null);
        }
        return LOADED.computeIfAbsent(key, TdJson::open);
    }

    private static TdJson open(Path library) {
        SymbolLookup symbols;
        try {
            // The global arena: the library must stay mapped while TDLib's own threads run.
            symbols = SymbolLookup.libraryLookup(library, Arena.global());
        } catch (IllegalArgumentException e) {
            throw new TdlibUnavailableException(library, "cannot load it: " + e.getMessage(), e);
        }
        TdJson td = new TdJson(library, symbols);
        // TDLib's default verbosity (3 here) logs every request, including login steps: quiet it
        // before anything else is sent.
        td.setLogVerbosity(DEFAULT_LOG_VERBOSITY);
        return td;
    }

    /**
     * Sets TDLib's own log verbosity (0 fatal, 1 errors, 2 warnings, 3 info, 4+ debug). Levels
     * above 2 make TDLib log request contents, so keep it low where secrets pass.
     */
    public void setLogVerbosity(int level) {
        String answer = execute("{\"@type\":\"setLogVerbosityLevel\",\"new_verbosity_level\":" + level + "}")
                .orElse("");
        if (!answer.contains("\"ok\"")) {
            throw new TdlibException("setLogVerbosityLevel " + level + " failed: " + answer);
        }
    }

    private static MemorySegment find(Path library, SymbolLookup symbols, String name) {
        return symbols.find(name).orElseThrow(() -> new TdlibUnavailableException(
                library, "symbol " + name + " missing, so this is not a libtdjson", null));
    }

    /** The file this binding was loaded from. */
    public Path library() {
        return library;
    }

    @Override
    public int createClientId() {
        return createClientId.getAsInt();
    }

    @Override
    public void send(int clientId, String requestJson) {
        try (Arena arena = Arena.ofConfined()) {
            send.accept(arena.allocateFrom(requestJson, StandardCharsets.UTF_8), clientId);
        }
    }

    @Override
    public Optional<String> receive(double timeoutSeconds) {
        return copy(receive.apply(timeoutSeconds));
    }

    @Override
    public Optional<String> execute(String requestJson) {
        try (Arena arena = Arena.ofConfined()) {
            return copy(execute.apply(arena.allocateFrom(requestJson, StandardCharsets.UTF_8)));
        }
    }

    /** Copies a NUL-terminated string TDLib owns before the next call can overwrite it. */
    private static Optional<String> copy(MemorySegment answer) {
        if (answer.equals(MemorySegment.NULL)) {
            return Optional.empty();
        }
        return Optional.of(answer.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "TdJson[" + library + "]";
    }
}
