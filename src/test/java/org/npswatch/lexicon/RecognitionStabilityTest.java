package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins what the shipped lexicon recognises over a large corpus ({@link RecognitionCorpus}) so that
 * speed work on matching cannot change a single result. The checksum was computed with the
 * matcher as it was before the per-token folding optimisation; if the lexicon data or the corpus
 * changes on purpose, recompute it (the failure message prints the new value). Recomputed when
 * form words such as "kristal" started to yield to an unknown name on their line ("3-CPMC kristal"
 * is not MDMA): 7 of the corpus's texts changed, all from [MDMA] to no substance.
 */
class RecognitionStabilityTest {
    private static final String EXPECTED = "0aad3c236b3285c1a774470c0369138e1cf98796cb59fa6eb339d209949c6d2d";

    @Test
    void recognitionOverTheWholeCorpusIsUnchanged() {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> texts = RecognitionCorpus.texts(lexicon);
        assertTrue(texts.size() > 2000, "corpus too small: " + texts.size());
        assertEquals(EXPECTED, RecognitionCorpus.checksum(lexicon, texts), "corpus of " + texts.size() + " texts");
    }
}
