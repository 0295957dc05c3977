package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of substance recognition and of unknown-name recall over a labelled table
 * of realistic product titles and post snippets (src/test/resources/lexicon/recognition-table.tsv).
 */
class RecognitionPrecisionRecallTest {
    private static final Lexicon LEXICON = Lexicon.fromClasspath();

    /**
     * One labelled row.
     *
     * @param context where the text comes from
     * @param text the text
     * @param substances expected canonical names
     * @param unknowns expected unknown candidates as written
     */
    record Row(Context context, String text, Set<String> substances, Set<String> unknowns) {}

    @Test
    void substancePrecisionAndRecallAndUnknownRecallMeetTheTargets() throws IOException {
        List<Row> rows = rows();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int unknownExpected = 0;
        int unknownFound = 0;
        int unknownSpurious = 0;
        List<String> errors = new ArrayList<>();
        for (Row row : rows) {
            Recognition r = LEXICON.recognise(row.text(), row.context());
            Set<String> got = new HashSet<>(r.canonicalNames());
            Set<String> gotUnknown = new HashSet<>(r.unknownCandidates());
            for (String s : got) {
                if (row.substances().contains(s)) {
                    tp++;
                } else {
                    fp++;
                    errors.add("FP " + s + " in: " + row.text());
                }
            }
            for (String s : row.substances()) {
                if (!got.contains(s)) {
                    fn++;
                    errors.add("FN " + s + " in: " + row.text());
                }
            }
            unknownExpected += row.unknowns().size();
            for (String u : row.unknowns()) {
                if (gotUnknown.contains(u)) {
                    unknownFound++;
                } else {
                    errors.add("missed unknown " + u + " in: " + row.text() + " got " + gotUnknown);
                }
            }
            for (String u : gotUnknown) {
                if (!row.unknowns().contains(u)) {
                    unknownSpurious++;
                    errors.add("spurious unknown " + u + " in: " + row.text());
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double unknownRecall = unknownFound / (double) unknownExpected;
        String report = String.format(Locale.ROOT,
                "rows=%d substance precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d) unknown recall=%.3f (%d/%d),"
                        + " spurious unknowns=%d%n%s",
                rows.size(), precision, recall, tp, fp, fn, unknownRecall, unknownFound, unknownExpected,
                unknownSpurious, String.join("\n", errors));
        System.out.println(report);
        assertTrue(rows.size() >= 150, report);
        assertTrue(precision >= 0.95, report);
        assertTrue(recall >= 0.90, report);
        assertTrue(unknownRecall >= 0.90, report);
        assertTrue(unknownSpurious <= 2, report);
    }

    private static List<Row> rows() throws IOException {
        try (InputStream in = RecognitionPrecisionRecallTest.class.getResourceAsStream(
                "/lexicon/recognition-table.tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(Context.valueOf(f[0]), f[1].replace("\\n", "\n"), set(f[2]), set(f[3])));
            }
            return rows;
        }
    }

    private static Set<String> set(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
