package org.npswatch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.npswatch.lexicon.Lexicon;

/**
 * Analyzer for product names and post texts. Keeps substance names such as "3-MMC",
 * "5F-MDMB-PICA", "1P-LSD" and "α-PHP" whole, adds the lexicon's canonical name as a stacked
 * token wherever a known spelling, synonym or street name occurs, and lowercases and ASCII-folds
 * everything else. Used both at index and at query time, so "3mmc", "3-MMC" and "metaphedrone"
 * all find a "3-MMC Crystal 5g" listing.
 *
 * <p>Chain: tokenizer splitting on everything but letters, digits and hyphens ->
 * {@link HyphenatedWordFilter} -> {@link SubstanceVariantFilter} -> lowercase -> ASCII folding ->
 * duplicate removal (a canonical token equal to its variant after folding).
 */
public final class SubstanceAnalyzer extends Analyzer {
    private final VariantTable variants;

    public SubstanceAnalyzer(Lexicon lexicon) {
        this.variants = VariantTable.of(lexicon);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(SubstanceAnalyzer::isTokenChar);
        TokenStream chain = new HyphenatedWordFilter(source, variants);
        chain = new SubstanceVariantFilter(chain, variants);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new RemoveDuplicatesTokenFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c)
                || HyphenatedWordFilter.isHyphen(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
