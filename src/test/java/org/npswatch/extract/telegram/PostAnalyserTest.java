package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

class PostAnalyserTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(Path.of("lexicons"));
    }

    private static Post post(String id, String text) {
        return new Post(SourceId.of("test"), id, Instant.EPOCH, text, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Test
    void handlesLinksAndPhoneNumbersAreNeitherSubstancesNorUnknownCandidates() {
        AnalysedPost a = PostAnalyser.standard(lexicon).analyse(post("1",
                "💎 3MMC 5g - 60 | 10g - 100\nBestellen: @mister3mmc of t.me/coke_adam_bot\nBel 06 41 23 87 65"));
        assertEquals(Intent.OFFER, a.intent());
        assertEquals(List.of("3-MMC"), a.substances());
        assertEquals(List.of(), a.unknownCandidates());
    }

    @Test
    void emojiCodesCountOnMenuLinesThatNameNothingElse() {
        AnalysedPost a = PostAnalyser.standard(lexicon).analyse(post("1",
                "🔥 WEEKEND 🔥\n❄️ 1g 60 | 5g 270\n🐴 5g 110\n🍄 15g 20\n❄️ White Widow 10g 80\n🚚 Bezorging 020"));
        assertEquals(List.of("cocaine", "ketamine", "psilocybin"), a.substances());
    }

    @Test
    void onlyOffersAreClusteredAsRepostedAds() {
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        String welcome = "👋 Welkom %s! Lees de regels in de pin voordat je post.";
        analyser.analyse(post("1", welcome.formatted("Jasper")));
        assertEquals(Optional.empty(), analyser.analyse(post("2", welcome.formatted("Femke"))).duplicateOf());
        String menu = "❄️ COKE 1g 60 | 5g %d\n🐴 Keta 1g 30 | 5g 120\n🛵 Bezorging Amsterdam 24/7, DM @voorbeeld";
        assertEquals(Optional.empty(), analyser.analyse(post("3", menu.formatted(270))).duplicateOf());
        assertEquals(Optional.of("test/3"), analyser.analyse(post("4", menu.formatted(250) + "\n🎁 gratis gram bij 5g")).duplicateOf());
    }
}
