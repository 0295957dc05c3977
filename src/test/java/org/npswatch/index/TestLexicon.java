package org.npswatch.index;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.npswatch.lexicon.Lexicon;

/** The index tests' lexicon, from src/test/resources/index/lexicon. */
final class TestLexicon {
    private TestLexicon() {}

    static Lexicon load() {
        try {
            return Lexicon.load(Path.of(TestLexicon.class.getResource("/index/lexicon").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
