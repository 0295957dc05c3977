package org.npswatch.fetch.telegram.tdlib;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real libtdjson for the tests that run against it. In CI ({@code CI=true}) a missing
 * library fails the test: CI runs scripts/install-tdlib.sh first, so absence is a broken build.
 * Elsewhere the test is skipped with a message saying how to install it.
 */
final class NativeTdlib {
    private NativeTdlib() {}

    static TdJson require() {
        Path path = TdlibLocator.fromSystem().locate(Optional.empty());
        if (!Files.isRegularFile(path)) {
            String message = "libtdjson not found at " + path + ": run scripts/install-tdlib.sh";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message);
            }
            Assumptions.abort(message);
        }
        return TdJson.load(path);
    }
}
