package org.npswatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.AttributeSource;
import org.npswatch.lexicon.Lexicon;

/**
 * {@link SubstanceAnalyzer} as it was before window keys were built by concatenating token folds:
 * the same chain, with {@link SubstanceVariantFilter#fill} as it was (fold of every joined window,
 * longest first). Kept as the reference the faster filter must agree with token for token.
 */
final class LegacyVariantAnalyzer extends Analyzer {
    private final VariantTable variants;

    LegacyVariantAnalyzer(Lexicon lexicon) {
        this.variants = VariantTable.of(lexicon);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c)
                || HyphenatedWordFilter.isHyphen(c)
                || Character.getType(c) == Character.NON_SPACING_MARK);
        TokenStream chain = new HyphenatedWordFilter(source, variants);
        chain = new LegacyFilter(chain, variants);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new RemoveDuplicatesTokenFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    /** The variant filter before the change, verbatim apart from its name. */
    private static final class LegacyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final VariantTable variants;
        private final List<AttributeSource.State> output = new ArrayList<>();
        private boolean filled;
        private int next;

        LegacyFilter(TokenStream input, VariantTable variants) {
            super(input);
            this.variants = variants;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!filled) {
                fill();
                filled = true;
            }
            if (next >= output.size()) {
                return false;
            }
            restoreState(output.get(next++));
            return true;
        }

        private void fill() throws IOException {
            List<AttributeSource.State> states = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            while (input.incrementToken()) {
                states.add(captureState());
                texts.add(term.toString());
                offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            String[] canonicalAt = new String[texts.size()];
            int[] lengthAt = new int[texts.size()];
            for (int i = 0; i < texts.size(); ) {
                int matched = 0;
                for (int n = Math.min(variants.maxWords(), texts.size() - i); n >= 1 && matched == 0; n--) {
                    Optional<String> canonical = variants.canonicalFor(String.join(" ", texts.subList(i, i + n)));
                    if (canonical.isPresent()) {
                        canonicalAt[i] = canonical.get();
                        lengthAt[i] = n;
                        matched = n;
                    }
                }
                i += Math.max(1, matched);
            }
            for (int i = 0; i < states.size(); i++) {
                output.add(states.get(i));
                if (canonicalAt[i] != null
                        && !(lengthAt[i] == 1 && canonicalAt[i].equalsIgnoreCase(texts.get(i)))) {
                    restoreState(states.get(i));
                    term.setEmpty().append(canonicalAt[i]);
                    offset.setOffset(offsets.get(i)[0], offsets.get(i + lengthAt[i] - 1)[1]);
                    posInc.setPositionIncrement(0);
                    posLen.setPositionLength(lengthAt[i]);
                    type.setType(SubstanceVariantFilter.TYPE_SUBSTANCE);
                    output.add(captureState());
                }
            }
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            output.clear();
            filled = false;
            next = 0;
        }
    }
}
