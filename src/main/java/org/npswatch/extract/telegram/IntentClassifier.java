package org.npswatch.extract.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.npswatch.model.Intent;

/**
 * Says whether a post offers drugs, asks for them, or is anything else. A multinomial logistic
 * regression over hashed word, word-pair, prefix and shape features ({@link IntentFeatures}),
 * trained at start-up from the labelled set shipped in the jar
 * ({@code telegram/intent-labelled.tsv}): training takes milliseconds, and keeping the labelled
 * set rather than weights makes every prediction reproducible from reviewable data.
 * Immutable and thread-safe once trained.
 */
public final class IntentClassifier {
    /** One labelled example. */
    public record Example(Intent intent, String text) {}

    private static final int CLASSES = Intent.values().length;
    private static final int EPOCHS = 40;
    private static final double L2 = 1e-5;

    private final float[][] weights = new float[CLASSES][IntentFeatures.DIMENSIONS];
    private final float[] bias = new float[CLASSES];

    private IntentClassifier() {}

    /** A classifier trained on the labelled set shipped with npswatch. */
    public static IntentClassifier standard() {
        return train(shippedExamples());
    }

    public static IntentClassifier train(List<Example> examples) {
        IntentClassifier c = new IntentClassifier();
        List<int[]> feats = examples.stream().map(e -> IntentFeatures.of(e.text())).toList();
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            double rate = 0.5 / (1 + epoch * 0.2);
            for (int i : order) {
                c.step(feats.get(i), examples.get(i).intent().ordinal(), rate);
            }
        }
        return c;
    }

    public Intent classify(String text) {
        double[] p = probabilities(IntentFeatures.of(text));
        int best = 0;
        for (int k = 1; k < CLASSES; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return Intent.values()[best];
    }

    private void step(int[] x, int label, double rate) {
        double[] p = probabilities(x);
        for (int k = 0; k < CLASSES; k++) {
            double grad = p[k] - (k == label ? 1 : 0);
            bias[k] -= (float) (rate * grad);
            float[] w = weights[k];
            for (int f : x) {
                w[f] -= (float) (rate * (grad + L2 * w[f]));
            }
        }
    }

    private double[] probabilities(int[] x) {
        double[] z = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            double s = bias[k];
            for (int f : x) {
                s += weights[k][f];
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < CLASSES; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            z[k] /= sum;
        }
        return z;
    }

    private static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The labelled set shipped in the jar. */
    public static List<Example> shippedExamples() {
        try (InputStream in = IntentClassifier.class.getResourceAsStream("/telegram/intent-labelled.tsv")) {
            if (in == null) {
                throw new IllegalStateException("telegram/intent-labelled.tsv is missing from the classpath");
            }
            return parse("telegram/intent-labelled.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read telegram/intent-labelled.tsv", e);
        }
    }

    /** Parses label TAB text lines; "\n" in the text stands for a line break. */
    public static List<Example> parse(String file, String content) {
        List<Example> out = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected label<TAB>text");
            }
            String label = line.substring(0, tab).strip().toUpperCase(Locale.ROOT);
            Intent intent;
            try {
                intent = Intent.valueOf(label);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown label '" + label.toLowerCase(Locale.ROOT)
                        + "' (offer, request or other)");
            }
            out.add(new Example(intent, line.substring(tab + 1).replace("\\n", "\n")));
        }
        return out;
    }
}
