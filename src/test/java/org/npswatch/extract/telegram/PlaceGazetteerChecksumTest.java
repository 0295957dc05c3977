package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.PlaceGazetteer;

/**
 * Guards place matching against drift: the checksum of {@link PlaceGazetteer#find} over every
 * text of {@link AnalysisCorpus} was computed once by the original split/replaceAll tokeniser.
 */
class PlaceGazetteerChecksumTest {
    /** Computed by the original (pre-optimisation) PlaceGazetteer over AnalysisCorpus.texts(). */
    private static final long EXPECTED = 5647751536970724340L;
    private static final int EXPECTED_MATCHES = 1254;

    @Test
    void placesFoundMatchTheOriginalImplementationForEveryCorpusText() {
        PlaceGazetteer places = PlaceGazetteer.fromClasspath();
        long sum = 17;
        int matches = 0;
        for (String text : AnalysisCorpus.texts()) {
            List<String> found = places.find(text);
            matches += found.size();
            sum = sum * 1_000_003 + String.join("|", found).hashCode() + found.size();
        }
        System.out.println("PlaceGazetteer checksum " + sum + " with " + matches + " matches");
        assertEquals(EXPECTED_MATCHES, matches);
        assertEquals(EXPECTED, sum);
    }
}
