package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the feature hashing against silent drift: the checksum was computed once by the
 * regex-per-call implementation that the classifier was tuned with; any optimisation must
 * reproduce every feature index, in order, for every text of {@link AnalysisCorpus}.
 */
class IntentFeaturesChecksumTest {
    /** Computed by the original (pre-optimisation) IntentFeatures over AnalysisCorpus.texts(). */
    private static final long EXPECTED = 3454757393624073635L;
    private static final int EXPECTED_TEXTS = 8097;

    @Test
    void featureIndicesMatchTheOriginalImplementationForEveryCorpusText() {
        List<String> texts = AnalysisCorpus.texts();
        long sum = 17;
        for (String text : texts) {
            int[] f = IntentFeatures.of(text);
            sum = sum * 1_000_003 + f.length;
            for (int x : f) {
                sum = sum * 31 + x;
            }
        }
        System.out.println("IntentFeatures checksum " + sum + " over " + texts.size() + " texts");
        assertEquals(EXPECTED_TEXTS, texts.size());
        assertEquals(EXPECTED, sum);
    }

    @Test
    void classifierPredictionsMatchTheOriginalImplementationForEveryCorpusText() {
        IntentClassifier classifier = IntentClassifier.standard();
        StringBuilder labels = new StringBuilder();
        for (String text : AnalysisCorpus.texts()) {
            labels.append(classifier.classify(text).ordinal());
        }
        long sum = labels.toString().hashCode() * 1_000_003L + labels.length();
        System.out.println("IntentClassifier predictions checksum " + sum);
        assertEquals(EXPECTED_PREDICTIONS, sum);
    }

    private static final long EXPECTED_PREDICTIONS = 638212128638739L;
}
