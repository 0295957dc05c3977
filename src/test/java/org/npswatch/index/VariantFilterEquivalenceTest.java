package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.npswatch.lexicon.Folding;
import org.npswatch.lexicon.Lexicon;

/**
 * The variant filter that builds window keys from token folds must emit exactly what the one that
 * folded every joined window emitted ({@link LegacyVariantAnalyzer}): same terms, types,
 * positions, position lengths and offsets, on every text of {@link AnalyzerCorpus}.
 */
class VariantFilterEquivalenceTest {
    /** Spellings where token-wise folding is least obviously the same as folding the window. */
    private static final List<String> EDGE_CASES = List.of(
            "a-PVP 1g", "alfa-PHP crystals", "α-PHP", "a PVP", "a -PVP", "x a-pvp", "A-PiHP a-", "ΑΣ ΒΣ σ ΣΑ",
            "ＭＤＭＡ ｍｄｍａ", "ﬁne 3‑MMC", "3 MMC", "3 - MMC", "5F MDMB PICA", "5F-MDMB PICA", "cocaïne",
            "coca\u0301ine", "a\u0301-PVP", "N ethylhexedrone", "İstanbul 4 MMC", "ǅ ǆ", "2C B 2CB 2C-B",
            "ﹰa-PVP", "\u0301 a-PHP", "4-FA 4 FA 4fa", "1P LSD blotter", "   ", "");

    @ParameterizedTest
    @ValueSource(strings = {"classpath", "test"})
    void emitsTheSameTokensAsFoldingEveryJoinedWindow(String lexiconName) {
        Lexicon lexicon = lexiconName.equals("classpath") ? Lexicon.fromClasspath() : TestLexicon.load();
        List<String> texts = corpus(lexicon);
        int tokens = 0;
        int substances = 0;
        try (Analyzer fast = new SubstanceAnalyzer(lexicon); Analyzer legacy = new LegacyVariantAnalyzer(lexicon)) {
            for (String text : texts) {
                List<String> expected = tokens(legacy, text);
                assertEquals(expected, tokens(fast, text), text);
                tokens += expected.size();
                substances += (int) expected.stream().filter(t -> t.contains("<SUBSTANCE>")).count();
            }
        }
        // The corpus must be large and must exercise the matching, or the comparison proves little.
        assertTrue(texts.size() > 5_000, "texts: " + texts.size());
        assertTrue(tokens > 50_000, "tokens: " + tokens);
        assertTrue(substances > 1_000, "substance tokens: " + substances);
    }

    /** The identity the change rests on, checked on every lexicon spelling split as the index splits it. */
    @ParameterizedTest
    @ValueSource(strings = {"classpath", "test"})
    void foldOfJoinedSpellingIsTheConcatenationOfTokenFolds(String lexiconName) {
        Lexicon lexicon = lexiconName.equals("classpath") ? Lexicon.fromClasspath() : TestLexicon.load();
        int checked = 0;
        for (String spelling : AnalyzerCorpus.lexiconSpellings(lexicon)) {
            List<String> words = List.of(spelling.strip().split("\\s+"));
            StringBuilder concatenated = new StringBuilder();
            words.forEach(w -> concatenated.append(Folding.fold(w)));
            assertEquals(Folding.fold(String.join(" ", words)), concatenated.toString(), spelling);
            checked++;
        }
        assertTrue(checked > 200, "spellings: " + checked);
    }

    private static List<String> corpus(Lexicon lexicon) {
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.addAll(AnalyzerCorpus.telegramMessages());
        texts.addAll(AnalyzerCorpus.intentMessages());
        texts.addAll(AnalyzerCorpus.fixtureLines());
        texts.addAll(AnalyzerCorpus.lexiconSpellings(lexicon));
        // Spellings next to arbitrary neighbours, to reach windows no fixture happens to contain.
        List<String> words = texts.stream().flatMap(t -> List.of(t.split("\\s+")).stream()).distinct().toList();
        Random random = new Random(20261123);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0, n = 2 + random.nextInt(8); w < n; w++) {
                b.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "-" : " ");
            }
            texts.add(b.toString());
        }
        return texts;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "<" + type.type() + ">@" + pos + "+" + len.getPositionLength()
                        + "[" + off.startOffset() + "," + off.endOffset() + ")");
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
