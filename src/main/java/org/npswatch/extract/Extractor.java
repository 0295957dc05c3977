package org.npswatch.extract;

import java.util.List;
import org.npswatch.model.ExtractedOffer;

/**
 * One small, single-purpose step of the {@link ExtractorChain}: reads offers of one kind of
 * markup (JSON-LD, microdata, a platform's data, a shop's selectors) from a parsed page. Never
 * throws on odd input: markup it does not understand yields no offers.
 */
interface Extractor {
    /** Short stable name, recorded on every offer it produces ("json-ld"). */
    String name();

    List<ExtractedOffer> extract(PageContext page);
}
