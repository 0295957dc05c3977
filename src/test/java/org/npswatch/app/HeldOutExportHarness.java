package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.npswatch.heldout.CountNoise;
import org.npswatch.heldout.HeldOutGenerator;
import org.npswatch.heldout.HeldOutScore;
import org.npswatch.heldout.HistorySpec;

/**
 * Issue 4's check done the way an outsider does it: held-out synthetic histories written as
 * Telegram Desktop exports, imported with {@code import --telegram-export}, then
 * {@code detect --replay} and {@code flags --format jsonl}, scored against each history's answer
 * key for time to flag, sensitivity and false alarms (see {@link HeldOutScore}). Writes
 * target/heldout-exports.md; each history's exports, answer key and data directory stay under
 * target/heldout-exports/.
 *
 * <p>Run: {@code ./mvnw -B -o -Pbenchmark test -Dtest=HeldOutExportHarness}, with options
 * {@code -Dheldout.histories=20} (how many), {@code -Dheldout.seed=1} (the first seed; the others
 * follow) or {@code -Dheldout.seeds=3,7,11}, {@code -Dheldout.weeks=26},
 * {@code -Dheldout.noise=poisson} or {@code negbin:2} (variance twice the mean),
 * {@code -Dheldout.groups=2}, {@code -Dheldout.lastWeekDays=7} (fewer: the exports end in the
 * middle of their last week), {@code -Dnpswatch.alphaScale=F} (every volume alpha multiplied by F, written to the config
 * folder's detection.yaml as an operator would).
 */
@Tag("benchmark")
class HeldOutExportHarness {
    @Test
    void scoresHeldOutExportsAgainstTheAims() throws IOException {
        Path root = Path.of("target", "heldout-exports");
        Options o = Options.fromSystemProperties();
        List<HeldOutScore.Score> scores = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        Duration importTook = Duration.ZERO;
        Duration detectTook = Duration.ZERO;
        for (long seed : o.seeds()) {
            HistorySpec spec = HistorySpec.standard(seed).withWeeks(o.weeks()).withNoise(o.noise()).withGroups(o.groups())
                    .withLastWeekDays(o.lastWeekDays());
            Path dir = root.resolve(o.noise().label().replace(':', '-') + "-" + seed);
            deleteRecursively(dir);
            HeldOutGenerator.Generated history = HeldOutGenerator.write(spec, dir.resolve("history"));
            Path config = dir.resolve("config");
            Files.createDirectories(config);
            if (o.alpha().isPresent()) {
                Files.writeString(config.resolve(DetectionSettingsFile.FILE), "volume:\n  alpha_scale: " + o.alpha().get() + "\n");
            }
            HeldOutPipeline.Result r = HeldOutPipeline.run(history, dir.resolve("data"), config);
            HeldOutScore.Score s = HeldOutScore.score(history.key(), r.flags());
            scores.add(s);
            importTook = importTook.plus(r.importTook());
            detectTook = detectTook.plus(r.detectTook());
            details.append(HeldOutScore.details(s));
            System.out.printf(Locale.ROOT, "seed %d: %d flags, import %.1f s, detect+flags %.1f s%n", seed, s.flags(),
                    r.importTook().toMillis() / 1000.0, r.detectTook().toMillis() / 1000.0);
        }
        String header = String.format(Locale.ROOT, "# Held-out Telegram exports%n%n%d histories (seeds %s), %d weeks, %s noise, %d groups, "
                        + "last week %d of 7 days, volume alphas x %s. Import %.0f s, detect --replay and flags %.0f s in all.%n%n",
                scores.size(), Arrays.toString(o.seeds()), o.weeks(), o.noise().label(), o.groups(), o.lastWeekDays(),
                o.alpha().map(Object::toString).orElse("default"), importTook.toMillis() / 1000.0, detectTook.toMillis() / 1000.0);
        String table = HeldOutScore.table(scores);
        Files.writeString(Path.of("target", "heldout-exports.md"), header + table + "\n## Per history\n\n" + details);
        System.out.println(header + table);
        assertTrue(scores.stream().allMatch(s -> s.substanceWeeks() > 0 && !s.events().isEmpty()),
                "every history offered substances and had events");
    }

    /** The -D options of a run. */
    record Options(long[] seeds, int weeks, CountNoise noise, int groups, int lastWeekDays, java.util.Optional<Double> alpha) {
        static Options fromSystemProperties() {
            String list = System.getProperty("heldout.seeds", "");
            long[] seeds = list.isBlank()
                    ? java.util.stream.LongStream.range(0, Integer.getInteger("heldout.histories", 20))
                            .map(i -> Long.getLong("heldout.seed", 1) + i).toArray()
                    : Arrays.stream(list.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
            String alpha = System.getProperty("npswatch.alphaScale", "");
            return new Options(seeds, Integer.getInteger("heldout.weeks", 26), CountNoise.parse(System.getProperty("heldout.noise", "poisson")),
                    Integer.getInteger("heldout.groups", 2), Integer.getInteger("heldout.lastWeekDays", 7),
                    alpha.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Double.parseDouble(alpha)));
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
