package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void aMenuPricesEachSubstanceByItsOwnLines() {
        AnalysedPost a = PostAnalyser.standard(lexicon).analyse(post("1", """
                📋 PRIJSLIJST
                🧪 3-MMC kristallen 1g 15 | 5g 60
                ⚡ speed 10g 40 | 25g 85
                ❄️ 1g 60 | 5g 270
                🌸 2C-B 20mg
                10 pillen 50
                25 pillen 110

                Keta/coke proefpakket 1g 45
                📦 Verzending heel NL, bestellen via @labnl"""));
        assertEquals(List.of("3-MMC", "amphetamine", "2C-B", "ketamine", "cocaine"), a.substances());
        assertEquals("{3-MMC=[1 g 15 EUR, 5 g 60 EUR], amphetamine=[10 g 40 EUR, 25 g 85 EUR], cocaine=[1 g 60 EUR, 5 g 270 EUR], "
                + "2C-B=[10 tab 50 EUR, 25 tab 110 EUR]}", a.substanceTiers().toString());
        // the line naming two substances prices neither (ketamine has no line of its own)
        assertFalse(a.substanceTiers().containsKey("ketamine"));
    }

    @Test
    void aPostOfOneSubstanceKeepsItsTiersWhole() {
        AnalysedPost a = PostAnalyser.standard(lexicon).analyse(post("1", "3mmc topkwaliteit\n1g 15\n5g 60\n10g 100\n📦 Heel NL"));
        assertEquals(List.of("3-MMC"), a.substances());
        assertEquals(3, a.tiers().size());
        assertEquals(java.util.Map.of(), a.substanceTiers());
    }
}
