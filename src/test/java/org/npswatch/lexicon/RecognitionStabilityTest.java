package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins what the shipped lexicon recognises over a large corpus ({@link RecognitionCorpus}) so that
 * speed work on matching cannot change a single result. The checksum was computed with the
 * matcher as it was before the per-token folding optimisation; if the lexicon data or the corpus
 * changes on purpose, recompute it (the failure message prints the new value).
 */
class RecognitionStabilityTest {
    private static final String EXPECTED = "caa69c51e650941ec622145e4fcdee9d0a5e139da2cbbad93918a862bf234656";

    @Test
    void recognitionOverTheWholeCorpusIsUnchanged() {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> texts = RecognitionCorpus.texts(lexicon);
        assertTrue(texts.size() > 2000, "corpus too small: " + texts.size());
        assertEquals(EXPECTED, RecognitionCorpus.checksum(lexicon, texts), "corpus of " + texts.size() + " texts");
    }
}
