package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SubstanceAnalyzerTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void build() {
        analyzer = new SubstanceAnalyzer(TestLexicon.load());
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    /** A token as the index sees it: term, position, position length and offsets. */
    record Tok(String term, int position, int length, int start, int end) {
        @Override
        public String toString() {
            return term + "@" + position + (length > 1 ? "+" + length : "") + "[" + start + "," + end + ")";
        }
    }

    static List<Tok> analyse(Analyzer analyzer, String text) {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Tok(term.toString(), pos, len.getPositionLength(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> terms(String text) {
        return analyse(analyzer, text).stream().map(Tok::term).toList();
    }

    @Test
    void keepsHyphenatedSubstanceCodesWhole() {
        assertEquals(List.of("3-mmc", "crystal", "5g"), terms("3-MMC Crystal 5g"));
        assertEquals(List.of("5f-mdmb-pica", "premix", "1g"), terms("5F-MDMB-PICA premix 1g"));
        assertEquals(List.of("1p-lsd", "blotter", "150mcg"), terms("1P-LSD Blotter (150mcg)"));
        assertEquals(List.of("α-php", "crystals"), terms("α-PHP crystals"));
        assertEquals(List.of("mdmb-pica"), terms("MDMB-PICA"));
        assertEquals(List.of("n-ethylhexedrone"), terms("N-Ethylhexedrone"));
    }

    @Test
    void addsCanonicalNameStackedOnVariantSpelling() {
        assertEquals(List.of(
                        new Tok("3mmc", 0, 1, 0, 4),
                        new Tok("3-mmc", 0, 1, 0, 4),
                        new Tok("kristallen", 1, 1, 5, 15)),
                analyse(analyzer, "3MMC kristallen"));
        assertEquals(List.of("metaphedrone", "3-mmc", "10g"), terms("Metaphedrone 10g"));
        assertEquals(List.of("alpha-php", "α-php"), terms("alpha-PHP"));
        assertEquals(List.of("a-php", "α-php", "1g"), terms("a-PHP 1g"));
        assertEquals(List.of("2f-dck", "2-fdck"), terms("2F-DCK"));
        assertEquals(List.of("3-methylmethcathinone", "3-mmc", "hcl"), terms("3-Methylmethcathinone HCl"));
    }

    @Test
    void matchesVariantsSpanningSeveralTokens() {
        assertEquals(List.of(
                        new Tok("3", 0, 1, 0, 1),
                        new Tok("3-mmc", 0, 2, 0, 5),
                        new Tok("mmc", 1, 1, 2, 5),
                        new Tok("te", 2, 1, 6, 8),
                        new Tok("koop", 3, 1, 9, 13)),
                analyse(analyzer, "3 MMC te koop"));
        assertEquals(List.of("nitrous", "nitrous oxide", "oxide", "tank", "2kg"), terms("Nitrous Oxide tank 2kg"));
        assertEquals(List.of("special", "ketamine", "k"), terms("special K"));
    }

    @Test
    void mapsStreetNamesButNotOneLetterUnits() {
        assertEquals(List.of("coke", "cocaine", "5", "g", "50", "euro"), terms("coke 5 g = 50 euro"));
        assertEquals(List.of("keta", "ketamine", "en", "g", "beschikbaar"), terms("Keta en G beschikbaar"));
        assertEquals(List.of("xtc", "mdma", "pillen", "mdma"), terms("XTC-pillen"));
    }

    @Test
    void splitsOrdinaryHyphenatedWordsAndTrimsStrayHyphens() {
        assertEquals(List.of("crystal", "clear", "3-mmc"), terms("Crystal-Clear 3-MMC"));
        assertEquals(List.of("research", "chemicals", "50"), terms("Research-Chemicals -50%"));
        assertEquals(List.of("1g", "12", "50", "5g", "50"), terms("1g - 12,50 | 5g -- 50"));
    }

    @Test
    void foldsAccentsAndCaseOfOtherWords() {
        assertEquals(List.of("cocaine", "pure", "qualite"), terms("Cocaïne PURE qualité"));
        assertEquals(List.of("lachgas", "nitrous oxide", "ballonnen", "nitrous oxide"), terms("Lachgas Ballonnen"));
    }
}
