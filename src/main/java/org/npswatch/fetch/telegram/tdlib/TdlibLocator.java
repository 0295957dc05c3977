package org.npswatch.fetch.telegram.tdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides where libtdjson is. First match wins: a configured path, the system property
 * {@value #PATH_PROPERTY}, the environment variable {@value #PATH_ENV}, then the folder
 * {@code scripts/install-tdlib.sh} installs into ({@value #DIR_ENV}, default
 * {@code ~/.cache/npswatch/tdlib}).
 */
public final class TdlibLocator {
    /** System property (and config key) naming the libtdjson file. */
    public static final String PATH_PROPERTY = "npswatch.tdlib.path";
    /** Environment variable naming the libtdjson file. */
    public static final String PATH_ENV = "NPSWATCH_TDLIB";
    /** Environment variable naming the install script's cache folder. */
    public static final String DIR_ENV = "NPSWATCH_TDLIB_DIR";

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;

    /** A locator over explicit property and environment sources (tests pass their own). */
    public TdlibLocator(Function<String, String> systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = Map.copyOf(environment);
    }

    /** A locator over this JVM's system properties and environment. */
    public static TdlibLocator fromSystem() {
        return new TdlibLocator(System::getProperty, System.getenv());
    }

    /** The library path to load; it may not exist (loading then names it in the error). */
    public Path locate(Optional<Path> configured) {
        if (configured.isPresent()) {
            return configured.get();
        }
        Optional<Path> fromProperty = nonBlank(systemProperties.apply(PATH_PROPERTY));
        if (fromProperty.isPresent()) {
            return fromProperty.get();
        }
        Optional<Path> fromEnv = nonBlank(environment.get(PATH_ENV));
        if (fromEnv.isPresent()) {
            return fromEnv.get();
        }
        return defaultInstallPath();
    }

    /** Where {@code scripts/install-tdlib.sh} puts the library on this platform. */
    public Path defaultInstallPath() {
        Path dir = nonBlank(environment.get(DIR_ENV))
                .orElseGet(() -> Path.of(systemProperties.apply("user.home"), ".cache", "npswatch", "tdlib"));
        Path packages = dir.resolve("node_modules").resolve("@prebuilt-tdlib");
        List<Path> candidates = platformFolders().stream()
                .map(f -> packages.resolve(f).resolve("libtdjson.so"))
                .toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(candidates.getFirst());
    }

    private List<String> platformFolders() {
        String arch = String.valueOf(systemProperties.apply("os.arch")).toLowerCase(Locale.ROOT);
        String cpu = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
        // glibc first: that is what the install script picks on Debian and Ubuntu.
        return List.of("linux-" + cpu + "-glibc", "linux-" + cpu + "-musl");
    }

    private static Optional<Path> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
    }
}
