package org.npswatch.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long harness behind the table in docs/detection.md. Run with
 * {@code ./mvnw -B -o -Pbenchmark test -Dtest=VolumeBenchmarkTest}; writes
 * target/detection-benchmark.md.
 */
@Tag("benchmark")
class VolumeBenchmarkTest {
    static final long SEED = 20260401L;

    @Test
    void printsTheMethodComparisonTable() throws java.io.IOException {
        List<VolumeBenchmark.Row> rows = VolumeBenchmark.table(
                List.of(Noise.POISSON, Noise.NEGBIN_2, Noise.NEGBIN_3, Noise.NEGBIN_SIZE_10), new double[] {3, 10, 15, 30, 100}, 2000, SEED);
        String table = VolumeBenchmark.HEADER + "\n"
                + rows.stream().map(VolumeBenchmark.Row::markdown).collect(Collectors.joining("\n")) + "\n";
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/detection-benchmark.md"), table);
    }
}
