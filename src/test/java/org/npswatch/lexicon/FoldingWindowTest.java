package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.TextTokens.Token;

/**
 * The property {@link Recogniser} relies on to fold each token once: folding a window of tokens
 * joined by spaces equals concatenating the tokens' folds. Checked on every window of every text
 * of {@link RecognitionCorpus} (lexicon variants included) and on edge cases of the "a-" rule.
 */
class FoldingWindowTest {
    @Test
    void foldOfAWindowIsTheConcatenationOfItsTokensFoldsOverTheCorpus() {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> mismatches = new ArrayList<>();
        int windows = 0;
        for (String text : RecognitionCorpus.texts(lexicon)) {
            List<Token> tokens = TextTokens.tokenize(text);
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder written = new StringBuilder();
                StringBuilder concatenated = new StringBuilder();
                for (int n = 0; n < Recogniser.MAX_WINDOW && i + n < tokens.size(); n++) {
                    written.append(n == 0 ? "" : " ").append(tokens.get(i + n).text());
                    concatenated.append(Folding.fold(tokens.get(i + n).text()));
                    windows++;
                    if (!Folding.fold(written.toString()).equals(concatenated.toString())) {
                        mismatches.add(written.toString());
                    }
                }
            }
        }
        assertTrue(windows > 100_000, "too few windows: " + windows);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void latinAlphaRuleStaysInsideOneWord() {
        assertEquals(Folding.fold("a-PHP") + Folding.fold("crystals"), Folding.fold("a-PHP crystals"));
        assertEquals(Folding.fold("N") + Folding.fold("a-PVP"), Folding.fold("N a-PVP"));
        assertEquals("alphaphp", Folding.fold("α PHP"));
        assertEquals("apvp", Folding.fold("a PVP"));
        assertEquals("alphapvp", Folding.fold("alfa-PVP"));
        assertEquals("cocaine", Folding.fold("Cocaïne"));
        assertEquals("delta8thc", Folding.fold("Δ8-THC"));
    }
}
