package org.npswatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line as a user would type it, with captured output, for the
 * *CommandTest classes. The environment is explicit, so no test depends on the machine's.
 */
record CliRun(int code, String out, String err) {
    /** A key of the length Pseudonymiser needs; only ever used in tests. */
    static final Map<String, String> WITH_KEY = Map.of("NPSWATCH_PSEUDONYM_KEY", "test-key-0123456789abcdef");

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, false);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Global options first, then the command: the usual order. */
    static CliRun in(Path data, Path config, Map<String, String> env, String... command) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--config", config.toString()));
        args.addAll(List.of(command));
        return run(env, args.toArray(String[]::new));
    }

    /** Non-empty lines of standard output. */
    List<String> lines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Standard output as JSON Lines, one object per non-empty line. */
    List<JsonNode> jsonLines() {
        return jsonLines(out);
    }

    /** Every non-empty line of {@code text} read as JSON; a line that is not JSON fails the test, naming it. */
    static List<JsonNode> jsonLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
