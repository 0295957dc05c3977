package org.npswatch.store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what the code under test logs: slf4j-simple writes to the current System.err. */
public final class CapturedStderr {
    private CapturedStderr() {}

    /** Runs the action and returns everything written to System.err meanwhile. */
    public static String during(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
