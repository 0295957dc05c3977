package org.npswatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Adds the canonical substance name as an extra token wherever one or more consecutive tokens
 * spell a lexicon variant ("3mmc", "metaphedrone", "alpha-PHP", "3 MMC"). The extra token sits at
 * the position of the first token of the variant, with a position length covering all of them, so
 * index and query meet on the canonical name whatever spelling either used.
 *
 * <p>Buffers the whole field: product names and posts are short, and a variant may span several
 * tokens, which a streaming filter could only see with lookahead.
 */
final class SubstanceVariantFilter extends TokenFilter {
    /** Token type of the added canonical-name tokens. */
    static final String TYPE_SUBSTANCE = "SUBSTANCE";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLen = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final VariantTable variants;

    private final List<AttributeSource.State> output = new ArrayList<>();
    private boolean filled;
    private int next;

    SubstanceVariantFilter(TokenStream input, VariantTable variants) {
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
            Optional<VariantTable.Match> match = variants.longestMatch(texts, i);
            if (match.isPresent()) {
                canonicalAt[i] = match.get().canonical();
                lengthAt[i] = match.get().length();
                i += lengthAt[i];
            } else {
                i++;
            }
        }
        for (int i = 0; i < states.size(); i++) {
            output.add(states.get(i));
            if (canonicalAt[i] != null && !(lengthAt[i] == 1 && canonicalAt[i].equalsIgnoreCase(texts.get(i)))) {
                restoreState(states.get(i));
                term.setEmpty().append(canonicalAt[i]);
                offset.setOffset(offsets.get(i)[0], offsets.get(i + lengthAt[i] - 1)[1]);
                posInc.setPositionIncrement(0);
                posLen.setPositionLength(lengthAt[i]);
                type.setType(TYPE_SUBSTANCE);
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
