package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.npswatch.index.Market.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Money;
import org.npswatch.model.Offer;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

class OfferIndexTest {
    private static final Lexicon LEXICON = TestLexicon.load();

    @TempDir
    Path data;

    private OfferIndex index;

    @BeforeEach
    void open() {
        index = OfferIndex.open(data, LEXICON);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static List<String> keys(Offer... offers) {
        return java.util.Arrays.stream(offers).map(Offer::listingKey).toList();
    }

    /** Hits of a relevance-ranked search, sorted by name: which documents match, not their scores. */
    private List<String> matching(SearchRequest request) {
        return products(request).stream().sorted().toList();
    }

    private List<String> products(SearchRequest request) {
        return index.search(request).hits().stream().map(h -> switch (h) {
            case ListingRecord l -> l.product();
            case PostRecord p -> p.key();
        }).toList();
    }

    @Test
    void reportsNewChangedGoneAndReturnedListingsPerCrawl() {
        assertEquals(new CrawlDiff(keys(mmc(1), aphp(1), lsd()), List.of(), List.of(), List.of(), List.of()),
                crawl(index, CHEMSHOP, 1, chemshop(1)));
        assertEquals(new CrawlDiff(List.of(), keys(mmc(2), aphp(2)), List.of(), keys(lsd()), List.of()),
                crawl(index, CHEMSHOP, 2, chemshop(2)));
        assertEquals(new CrawlDiff(List.of(), keys(aphp(3)), keys(mmc(3)), List.of(), keys(lsd())),
                crawl(index, CHEMSHOP, 3, chemshop(3)));
        assertEquals(new CrawlDiff(List.of(), List.of(), keys(mmc(4), aphp(4), lsd()), List.of(), List.of()),
                crawl(index, CHEMSHOP, 4, chemshop(4)));
        crawl(index, APOTHEEK, 3, apotheek(3));
        assertEquals(new CrawlDiff(List.of(), List.of(), keys(mdma()), keys(cocaine()), List.of()),
                crawl(index, APOTHEEK, 4, apotheek(4)));
    }

    @Test
    void upsertsOneListingPerKeyOverManyCrawls() {
        crawlWeeks(index, 1, 2, 3, 4);
        SearchResults all = index.search(SearchRequest.all(100).withGone(true));
        assertEquals(10, all.totalHits());
        assertEquals(List.of(
                        "Cocaïne 90% puur", "MDMA Kristallen 84%",
                        "1P-LSD Blotter 150mcg", "3-MMC Crystal", "α-PHP 99% crystals",
                        "2F-DCK Pellets 50mg", "3-CMC Crystal 5g", "5F-MDMB-PICA Premix", "HHC Vape Cartridge 1ml",
                        "Metaphedrone Kristalle 10g"),
                products(SearchRequest.all(100).withGone(true)));
        assertEquals(9, index.search(SearchRequest.all(100)).totalHits());
        assertEquals(3, index.search(SearchRequest.all(2)).facets().sources().size());
        assertEquals(2, index.search(SearchRequest.all(2)).hits().size());
    }

    @Test
    void keepsListingStateFirstSeenLastSeenAndGoneMarker() {
        crawlWeeks(index, 1, 2);
        ListingRecord lsd = index.listing(lsd().listingKey()).orElseThrow();
        assertEquals(Optional.of(WEEK2), lsd.goneAt());
        assertEquals(WEEK1, lsd.firstSeen());
        assertEquals(WEEK1, lsd.lastSeen());
        crawlWeeks(index, 3);
        lsd = index.listing(lsd().listingKey()).orElseThrow();
        assertEquals(Optional.empty(), lsd.goneAt());
        assertEquals(WEEK1, lsd.firstSeen());
        assertEquals(WEEK3, lsd.lastSeen());
        assertEquals(crawlId(CHEMSHOP, 3), lsd.lastCrawlId());
        assertEquals(Optional.of(Money.of("4.5", "EUR")), lsd.bestPricePerUnit());
        assertEquals(Optional.empty(), lsd.bestPricePerGram());

        ListingRecord mmc = index.listing(mmc(1).listingKey()).orElseThrow();
        assertEquals(List.of(tier("1", Unit.GRAM, "12.50", "EUR"), tier("5", Unit.GRAM, "50", "EUR"),
                tier("10", Unit.GRAM, "80", "EUR")), mmc.tiers());
        assertEquals(Optional.of(Money.of("8", "EUR")), mmc.bestPricePerGram());
        assertEquals(List.of("3-MMC"), mmc.substances());
        assertEquals(List.of(org.npswatch.model.SubstanceClass.CATHINONE), mmc.classes());
        assertEquals(List.of(org.npswatch.model.LegalStatus.OPIUM_ACT_LIST_II), mmc.legalStatuses());
        assertEquals(Optional.of(evidence(chemshop(3), 3).get(mmc(3).url().toString())), mmc.evidence());
        assertEquals(Optional.of("CS-3MMC"), mmc.sku());
    }

    @Test
    void rebuildsPriceAndStockHistoryFromObservations() {
        crawlWeeks(index, 1, 2, 3, 4);
        List<ObservationRecord> mmc = index.history(mmc(1).listingKey());
        assertEquals(List.of(WEEK1, WEEK2, WEEK3, WEEK4), mmc.stream().map(ObservationRecord::seenAt).toList());
        assertEquals(List.of(new BigDecimal("9"), new BigDecimal("8"), new BigDecimal("8"), new BigDecimal("8")),
                mmc.stream().map(o -> o.pricePerBaseUnit().orElseThrow().amount()).toList());
        assertEquals(Optional.of(Unit.Dimension.MASS), mmc.getFirst().baseUnit());
        assertEquals(List.of(crawlId(CHEMSHOP, 1), crawlId(CHEMSHOP, 2), crawlId(CHEMSHOP, 3), crawlId(CHEMSHOP, 4)),
                mmc.stream().map(ObservationRecord::crawlId).toList());

        List<ObservationRecord> aphp = index.history(aphp(1).listingKey());
        assertEquals(List.of(StockStatus.IN_STOCK, StockStatus.OUT_OF_STOCK, StockStatus.IN_STOCK, StockStatus.IN_STOCK),
                aphp.stream().map(ObservationRecord::stock).toList());

        List<ObservationRecord> lsd = index.history(lsd().listingKey());
        assertEquals(List.of(WEEK1, WEEK3, WEEK4), lsd.stream().map(ObservationRecord::seenAt).toList());
        assertEquals(Optional.of(Unit.Dimension.COUNT), lsd.getFirst().baseUnit());
        assertEquals(Optional.of(evidence(chemshop(3), 3).get(lsd().url().toString())), lsd.get(1).evidence());

        List<ObservationRecord> week2 = index.observations(WEEK2, WEEK3);
        assertEquals(2 + 4 + 2, week2.size());
        assertTrue(week2.stream().allMatch(o -> o.seenAt().equals(WEEK2)));
        assertEquals(9 + 8 + 10 + 9, index.observations(WEEK1, WEEK4.plusSeconds(1)).size());
    }

    @Test
    void findsSubstanceVariantsInFullText() {
        crawlWeeks(index, 1);
        SearchRequest listings = SearchRequest.all(20).withType(DocType.LISTING);
        assertEquals(List.of("3-MMC Crystal", "Metaphedrone Kristalle 10g"), matching(listings.withQuery("3mmc")));
        assertEquals(List.of("3-MMC Crystal", "Metaphedrone Kristalle 10g"), matching(listings.withQuery("metaphedrone")));
        assertEquals(List.of("3-MMC Crystal", "Metaphedrone Kristalle 10g"), matching(listings.withQuery("3-MMC")));
        assertEquals(List.of("5F-MDMB-PICA Premix"), matching(listings.withQuery("5F-MDMB-PICA")));
        assertEquals(List.of("α-PHP 99% crystals"), matching(listings.withQuery("alpha-PHP")));
        assertEquals(List.of("α-PHP 99% crystals"), matching(listings.withQuery("a-PHP")));
        assertEquals(List.of("2F-DCK Pellets 50mg"), matching(listings.withQuery("2-fluorodeschloroketamine")));
        assertEquals(List.of("Cocaïne 90% puur"), matching(listings.withQuery("coke")));
        assertEquals(List.of("3-MMC Crystal"), matching(listings.withQuery("3mmc crystal")));
        assertEquals(List.of("3-MMC Crystal"), matching(listings.withQuery("metaphedrone AND crystal")));
        assertEquals(List.of("2F-DCK Pellets 50mg", "3-MMC Crystal"), matching(listings.withQuery("crystal OR pellets")));
        assertEquals(List.of(), matching(listings.withQuery("crystal -3mmc")));
        assertEquals(List.of(), matching(listings.withQuery("mephedrone")));
        assertEquals(List.of(), matching(listings.withQuery("MDMB")));
        assertEquals(List.of("5F-MDMB-PICA Premix"), matching(listings.withQuery("*MDMB*")));
        // A code written as two words still meets the canonical token (a graph query).
        assertEquals(List.of("3-MMC Crystal", "Metaphedrone Kristalle 10g"), matching(listings.withQuery("3 MMC")));
        assertEquals(List.of("3-MMC Crystal", "Metaphedrone Kristalle 10g"),
                matching(listings.withQuery("\"3-methylmethcathinone\"")));
    }

    @Test
    void rejectsMalformedQueryWithParserMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchRequest.all(5).withQuery("3mmc AND (crystal")));
        assertTrue(e.getMessage().startsWith("cannot parse search query '3mmc AND (crystal'"), e.getMessage());
    }

    @Test
    void countsFacetsOverAllMatches() {
        crawlWeeks(index, 1, 2, 3, 4);
        FacetCounts f = index.search(SearchRequest.all(1)).facets();
        assertEquals(List.of(new FacetCount("3-MMC", 2), new FacetCount("1P-LSD", 1), new FacetCount("2-FDCK", 1),
                new FacetCount("3-CMC", 1), new FacetCount("5F-MDMB-PICA", 1), new FacetCount("HHC", 1),
                new FacetCount("MDMA", 1), new FacetCount("α-PHP", 1)), f.substances());
        assertEquals(List.of(new FacetCount("CATHINONE", 4), new FacetCount("ARYLCYCLOHEXYLAMINE", 1),
                new FacetCount("ENTACTOGEN", 1), new FacetCount("LYSERGAMIDE", 1),
                new FacetCount("SEMI_SYNTHETIC_CANNABINOID", 1), new FacetCount("SYNTHETIC_CANNABINOID", 1)), f.classes());
        assertEquals(List.of(new FacetCount("rc-lab-de", 5), new FacetCount("chemshop-nl", 3),
                new FacetCount("apotheek-direct", 1)), f.sources());
        assertEquals(List.of(new FacetCount("UNLISTED", 5), new FacetCount("OPIUM_ACT_LIST_II", 2),
                new FacetCount("OPIUM_ACT_LIST_I", 1), new FacetCount("PROPOSED_LIST_IA", 1)), f.legalStatuses());

        // No stemming: "crystal" matches "3-MMC Crystal" and "3-CMC Crystal 5g", not "crystals".
        SearchResults crystal = index.search(SearchRequest.all(0).withQuery("crystal"));
        assertEquals(List.of(new FacetCount("chemshop-nl", 1), new FacetCount("rc-lab-de", 1)), crystal.facets().sources());
        assertEquals(List.of(new FacetCount("3-CMC", 1), new FacetCount("3-MMC", 1)), crystal.facets().substances());
        assertEquals(2, crystal.totalHits());
        assertEquals(List.of(), crystal.hits());
    }

    @Test
    void filtersBySinceDaySourceAndGone() {
        crawlWeeks(index, 1, 2);
        SearchRequest withGone = SearchRequest.all(50).withGone(true).withSource(CHEMSHOP);
        assertEquals(List.of("1P-LSD Blotter 150mcg", "3-MMC Crystal", "α-PHP 99% crystals"), products(withGone));
        assertEquals(List.of("3-MMC Crystal", "α-PHP 99% crystals"),
                products(withGone.withSince(LocalDate.of(2026, 3, 5))));
        assertEquals(List.of("3-MMC Crystal", "α-PHP 99% crystals"),
                products(withGone.withSince(LocalDate.of(2026, 3, 9))));
        assertEquals(List.of(), products(withGone.withSince(LocalDate.of(2026, 3, 10))));
        assertEquals(List.of("3-MMC Crystal", "α-PHP 99% crystals"),
                products(SearchRequest.all(50).withSource(CHEMSHOP)));
    }

    @Test
    void findsShopListingsAndTelegramPostsWithOneSubstanceSearch() {
        crawlWeeks(index, 1);
        index.recordPosts(TELEGRAM, SourceKind.TELEGRAM_GROUP, telegramWeek1());
        SearchResults r = index.search(SearchRequest.all(20).withSubstance("3mmc"));
        assertEquals(List.of("amsterdam-deals/1041", "amsterdam-deals/1042", "amsterdam-deals/1057",
                "3-MMC Crystal", "Metaphedrone Kristalle 10g"), products(SearchRequest.all(20).withSubstance("3mmc")));
        assertEquals(5, r.totalHits());
        assertEquals(List.of(new FacetCount("amsterdam-deals", 3), new FacetCount("chemshop-nl", 1),
                new FacetCount("rc-lab-de", 1)), r.facets().sources());
        assertEquals(List.of(new FacetCount("3-MMC", 5), new FacetCount("Cocaine", 2)), r.facets().substances());

        assertEquals(List.of("amsterdam-deals/1041", "amsterdam-deals/1057", "Cocaïne 90% puur"),
                products(SearchRequest.all(20).withSubstance("sneeuw")));
        assertEquals(List.of("MDMA Kristallen 84%", "amsterdam-deals/1060"),
                matching(SearchRequest.all(20).withQuery("molly")));
        assertEquals(List.of("amsterdam-deals/1041", "amsterdam-deals/1042", "amsterdam-deals/1057"),
                matching(SearchRequest.all(20).withQuery("3mmc").withType(DocType.POST)));
        assertEquals(List.of("amsterdam-deals/1060", "amsterdam-deals/1061"),
                products(SearchRequest.all(20).withSince(LocalDate.of(2026, 3, 6)).withType(DocType.POST)));
    }

    @Test
    void rendersIndexSearchAsJsonLinesForTools() {
        crawlWeeks(index, 1);
        String jsonl = SearchFormat.render(index.search(SearchRequest.all(10).withSubstance("2F-DCK")),
                SearchFormat.Format.JSONL);
        assertEquals("{\"type\":\"listing\",\"key\":\"rc-lab-de|2f-dck pellets 50mg\","
                + "\"source\":\"rc-lab-de\",\"source_kind\":\"WEBSHOP\",\"url\":\"https://rc-lab.example.de/shop/2f-dck\","
                + "\"product\":\"2F-DCK Pellets 50mg\",\"sku\":null,\"substances\":[\"2-FDCK\"],\"unknown_candidates\":[],"
                + "\"classes\":[\"ARYLCYCLOHEXYLAMINE\"],\"legal_status\":[\"UNLISTED\"],"
                + "\"tiers\":[{\"quantity\":10,\"unit\":\"pellet\",\"price\":30,\"currency\":\"EUR\"},"
                + "{\"quantity\":20,\"unit\":\"pellet\",\"price\":50,\"currency\":\"EUR\"}],"
                + "\"best_price_per_g\":null,\"best_price_per_ml\":null,"
                + "\"best_price_per_unit\":{\"amount\":2.5,\"currency\":\"EUR\"},\"stock\":\"UNKNOWN\",\"in_stock\":null,"
                + "\"first_seen\":\"2026-03-02T06:00:00Z\",\"last_seen\":\"2026-03-02T06:00:00Z\",\"gone_at\":null,"
                + "\"evidence\":\"" + evidence(rclab(1), 1).get(fdck().url().toString()) + "\"}\n", jsonl);
    }

    @Test
    void storesPostsForDetection() {
        index.recordPosts(TELEGRAM, SourceKind.TELEGRAM_GROUP, telegramWeek1());
        List<PostRecord> posts = index.posts(Instant.parse("2026-03-03T00:00:00Z"), Instant.parse("2026-03-06T00:00:00Z"));
        assertEquals(List.of("1041", "1042", "1057"), posts.stream().map(PostRecord::messageId).toList());
        PostRecord copy = posts.get(2);
        assertEquals(Optional.of("amsterdam-deals/1041"), copy.duplicateOf());
        assertEquals(Optional.of("seller-7f3a"), copy.authorPseudonym());
        assertEquals(List.of("Cocaine", "3-MMC"), copy.substances());
        assertEquals(List.of("Amsterdam", "Utrecht"), copy.deliveryAreas());
        assertEquals(Optional.of(Money.of("7", "EUR")), copy.pricePerBaseUnit());
        assertEquals(org.npswatch.model.Intent.OFFER, copy.intent());
        assertEquals(SourceKind.TELEGRAM_GROUP, copy.kind());
        assertEquals(telegramWeek1().get(2).post().text(), copy.text());
        assertFalse(copy.tradeQuantity());
        PostRecord trade = index.posts(Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-03-07T00:00:00Z")).getFirst();
        assertTrue(trade.tradeQuantity());
        assertEquals(Optional.of(Money.of("1.5", "EUR")), trade.bestPricePerUnit());

        // Re-importing the same export upserts: no duplicate posts.
        index.recordPosts(TELEGRAM, SourceKind.TELEGRAM_GROUP, telegramWeek1());
        assertEquals(5, index.search(SearchRequest.all(50).withType(DocType.POST)).totalHits());
    }

    @Test
    void findsUnknownCandidatesBySpellingVariant() {
        Offer twoMmc = new Offer(CHEMSHOP, java.net.URI.create("https://chemshop.example.nl/product/2-mmc/"),
                "2-MMC Crystal NEW", List.of(), List.of("2-MMC"), List.of(tier("1", Unit.GRAM, "14", "EUR")),
                StockStatus.IN_STOCK, Optional.empty());
        index.recordCrawl(CHEMSHOP, SourceKind.WEBSHOP, "c1", WEEK1, List.of(twoMmc), Map.of());
        assertEquals(List.of("2-MMC Crystal NEW"), products(SearchRequest.all(5).withSubstance("2mmc")));
        assertEquals(List.of("2-MMC"), index.history(twoMmc.listingKey()).getFirst().unknownCandidates());
    }

    @Test
    void rerunOfCommittedCrawlDuplicatesNothing() {
        crawlWeeks(index, 1, 2);
        CrawlDiff rerun = crawl(index, CHEMSHOP, 2, chemshop(2));
        assertEquals(new CrawlDiff(List.of(), List.of(), keys(mmc(2), aphp(2)), List.of(), List.of()), rerun);
        assertEquals(2, index.history(mmc(1).listingKey()).size());
        assertEquals(9, index.search(SearchRequest.all(50).withGone(true)).totalHits());
        assertEquals(crawlId(CHEMSHOP, 2), index.lastCommitData().get(IndexSchema.COMMIT_LAST_CRAWL_ID));
    }

    @Test
    void lateRecordOfOlderCrawlDoesNotRewindListings() {
        crawl(index, CHEMSHOP, 2, chemshop(2));
        CrawlDiff late = crawl(index, CHEMSHOP, 1, chemshop(1));
        assertEquals(new CrawlDiff(keys(lsd()), List.of(), keys(mmc(1), aphp(1)), List.of(), List.of()), late);
        ListingRecord mmc = index.listing(mmc(1).listingKey()).orElseThrow();
        assertEquals(WEEK1, mmc.firstSeen());
        assertEquals(WEEK2, mmc.lastSeen());
        assertEquals(Optional.of(Money.of("8", "EUR")), mmc.bestPricePerGram());
        assertEquals(2, index.history(mmc(1).listingKey()).size());
    }

    @Test
    void refusesOfferFromAnotherSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.recordCrawl(RCLAB, SourceKind.WEBSHOP, "x", WEEK1, chemshop(1), Map.of()));
        assertTrue(e.getMessage().contains("is not from source rc-lab-de"), e.getMessage());
        assertEquals(0, index.search(SearchRequest.all(5)).totalHits());
    }

    @Test
    void keepsAMenusTiersPerSubstanceSoThatEachIsPricedByItsOwnLines() {
        org.npswatch.model.AnalysedPost menu = telegramWeek1().getFirst();
        org.npswatch.model.AnalysedPost analysed = new org.npswatch.model.AnalysedPost(menu.post(), menu.intent(), menu.substances(),
                menu.unknownCandidates(), menu.tiers(), menu.tradeQuantity(), menu.deliveryAreas(), menu.duplicateOf(),
                Map.of("Cocaine", menu.tiers().subList(0, 2), "3-MMC", menu.tiers().subList(2, 4)));
        index.recordPosts(TELEGRAM, SourceKind.TELEGRAM_GROUP, List.of(analysed, telegramWeek1().get(3)));
        List<PostRecord> posts = index.posts(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"));
        PostRecord stored = posts.stream().filter(p -> p.messageId().equals("1041")).findFirst().orElseThrow();
        assertEquals(analysed.substanceTiers(), stored.substanceTiers());
        assertEquals(List.of(tier("5", Unit.GRAM, "40", "EUR"), tier("10", Unit.GRAM, "70", "EUR")), stored.tiersOf("3-MMC"));
        // a menu analysed without lines of its own per substance prices none of its substances
        PostRecord keta = posts.stream().filter(p -> p.messageId().equals("1060")).findFirst().orElseThrow();
        assertEquals(Map.of(), keta.substanceTiers());
        assertEquals(List.of(), keta.tiersOf("MDMA"));
    }
}
