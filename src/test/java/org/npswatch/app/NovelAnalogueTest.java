package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.Recognition;

/**
 * Novel analogues of known substances ("4F-3-MMC", "N-ethyl-3-MMC") are exactly what
 * early-warning staff need to hear about, while product slugs of known substances
 * ("3-MMC-100mg-pellets") are not. The lexicon tells them apart, and nothing downstream may
 * drop the former because it contains a known name.
 */
class NovelAnalogueTest {
    private final Lexicon lexicon = Lexicon.fromClasspath();

    @Test
    void analoguesOfKnownSubstancesStayUnknownCandidatesWhileSlugsOfKnownOnesDoNot() {
        Recognition analogue = lexicon.recognise("4F-3-MMC Crystal 5g", org.npswatch.lexicon.Context.WEBSHOP_PRODUCT);
        assertEquals(List.of("4F-3-MMC"), analogue.unknownCandidates());
        Recognition slug = lexicon.recognise("3-MMC-100mg-pellets", org.npswatch.lexicon.Context.WEBSHOP_PRODUCT);
        assertEquals(List.of("3-MMC"), slug.canonicalNames());
        assertEquals(List.of(), slug.unknownCandidates());
    }
}
