package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.detect.History;
import org.npswatch.detect.SubstanceWeek;
import org.npswatch.extract.telegram.PostAnalyser;
import org.npswatch.index.OfferIndex;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.store.RunLog;

/**
 * A Telegram menu of several substances prices each by its own lines: the cheapest gram of the
 * whole menu (usually speed) is not the price of the 3-MMC on the line above it.
 */
class MarketHistoryPricesTest {
    private static final SourceId GROUP = SourceId.of("rc-markt-nl");

    @TempDir
    Path data;

    @Test
    void eachSubstanceOfAMenuIsPricedByItsOwnLines() {
        Lexicon lexicon = Lexicon.fromClasspath();
        PostAnalyser analyser = PostAnalyser.standard(lexicon);
        List<Post> posts = List.of(
                post("101", "2026-03-03T20:15:00Z", "seller-a", "🧪 3-MMC kristallen\n1g 15 | 5g 65 | 10g 120\n📦 Verzending heel NL"),
                post("102", "2026-03-04T11:40:00Z", "seller-b", """
                        📋 PRIJSLIJST
                        3mmc 1g 16 | 5g 70
                        ⚡ speed 10g 40 | 25g 85
                        Keta/coke proefpakket 1g 45
                        🛵 Bezorging Utrecht en omstreken"""),
                post("103", "2026-03-05T18:05:00Z", "seller-c", "3-CMC shards 1g 14 | 5g 60. 3-MMC 1g 15 | 5g 65. Afhalen in Leiden"));
        try (OfferIndex index = OfferIndex.open(data, lexicon)) {
            index.recordPosts(GROUP, SourceKind.TELEGRAM_GROUP, posts.stream().map(analyser::analyse).toList());
            History h = MarketHistory.build(index, RunLog.open(data), lexicon);
            SubstanceWeek mmc = h.get(0).substance("3-MMC").orElseThrow();
            // 12 a gram in the single ad (10g 120), 14 in the menu (5g 70); the one-line menu of two prices neither
            assertEquals(3, mmc.posts());
            assertEquals(2, mmc.pricedOffers());
            assertEquals(Optional.of(13.0), mmc.medianPricePerGram().map(BigDecimal::doubleValue));
            assertEquals(Optional.of(3.4), h.get(0).substance("amphetamine").orElseThrow().medianPricePerGram().map(BigDecimal::doubleValue));
            assertEquals(Optional.empty(), h.get(0).substance("ketamine").orElseThrow().medianPricePerGram());
            assertEquals(Optional.empty(), h.get(0).substance("3-CMC").orElseThrow().medianPricePerGram());
        }
    }

    private static Post post(String id, String at, String author, String text) {
        return new Post(GROUP, id, Instant.parse(at), text, Optional.of(author), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
