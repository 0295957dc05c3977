package org.npswatch.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.index.DocType;
import org.npswatch.index.Hit;
import org.npswatch.index.ListingRecord;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.SearchRequest;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.market.MarketTruth;
import org.npswatch.market.ShopTruth;
import org.npswatch.market.ShownOffer;
import org.npswatch.market.SimulatedMarket;

/**
 * The README's main command end to end: {@code npswatch demo} on the simulated market, then the
 * index compared with the market's ground truth, then {@code search} on the result.
 */
class DemoEndToEndTest {
    @TempDir
    Path tmp;

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp =
            new com.icegreen.greenmail.junit5.GreenMailExtension(com.icegreen.greenmail.util.ServerSetupTest.SMTP.dynamicPort());

    @Test
    void demoCrawlsTheSimulatedMarketAndIndexesWhatItOffers() throws Exception {
        Path data = tmp.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--data", data.toString(), "demo", "--weeks", "3", "--no-serve"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("week  2 (2026-01-19)"), out.toString());
        assertTrue(Files.exists(data.resolve(DemoCommand.MARKER)));
        assertTrue(Files.list(data.resolve("warc")).findAny().isPresent(), "evidence archived");

        MarketTruth truth;
        try (SimulatedMarket market = SimulatedMarket.start(42)) {
            market.atWeek(2);
            truth = market.truth();
        }
        Lexicon lexicon = Lexicon.fromClasspath();
        Map<String, ListingRecord> indexed = new HashMap<>();
        try (OfferIndex index = OfferIndex.open(data, Lexicon.fromClasspath())) {
            for (Hit h : index.search(SearchRequest.all(100_000).withType(DocType.LISTING)).hits()) {
                ListingRecord l = (ListingRecord) h;
                indexed.put(l.source().value() + "|" + fold(l.product()), l);
            }
        }
        int truthOffers = 0;
        int found = 0;
        int substanceRight = 0;
        int pairsPredicted = 0;
        int pairsRight = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (ShopTruth shop : truth.shops()) {
            Set<String> products = new TreeSet<>();
            for (ShownOffer o : shop.offers()) {
                if (!products.add(fold(o.product()))) {
                    continue;
                }
                truthOffers++;
                ListingRecord l = indexed.get(shop.id().value() + "|" + fold(o.product()));
                if (l == null) {
                    misses.add(shop.id() + ": " + o.product());
                    continue;
                }
                found++;
                // the market names substances as a shop would; compare canonical lexicon names
                List<String> expected = o.substances().stream()
                        .map(n -> lexicon.lookup(n).map(org.npswatch.model.Substance::canonicalName).orElse(n)).toList();
                if (new TreeSet<>(l.substances()).equals(new TreeSet<>(expected))) {
                    substanceRight++;
                } else {
                    misses.add(shop.id() + ": " + o.product() + " " + l.substances() + " != " + expected);
                }
                pairsPredicted += l.substances().size();
                pairsRight += (int) l.substances().stream().filter(expected::contains).count();
            }
        }
        double recall = found / (double) truthOffers;
        double substanceAccuracy = substanceRight / (double) found;
        double substancePrecision = pairsRight / (double) pairsPredicted;
        String report = String.format(Locale.ROOT, "offers %d/%d found (%.3f), substance sets right %.3f, substance precision %.3f; missed or wrong: %s",
                found, truthOffers, recall, substanceAccuracy, substancePrecision, misses);
        System.out.println(report);
        assertTrue(recall >= 0.90, report);
        assertTrue(substancePrecision >= 0.95, report);
        assertTrue(substanceAccuracy >= 0.90, report);

        StringWriter search = new StringWriter();
        assertEquals(0, Main.run(new String[] {"search", "--data", data.toString(), "--substance", "3mmc", "--format", "jsonl"},
                new PrintWriter(search, true), new PrintWriter(err, true)));
        List<String> lines = search.toString().lines().toList();
        assertTrue(lines.size() >= 5, search.toString());
        assertTrue(lines.stream().allMatch(l -> l.contains("\"3-MMC\"")), search.toString());

        deliversNewFlagsToSubscribers(data);
    }

    /**
     * {@code detect} with a notify.yaml: new flags go by e-mail to a real SMTP server on loopback
     * and into the Atom feed, each once.
     */
    private void deliversNewFlagsToSubscribers(Path data) throws Exception {
        // forget the flags the demo recorded, so that detect finds the last week's events anew:
        // in week 2 the invented name 3-CPMC appears at chemvault
        Files.delete(data.resolve("flags").resolve("journal.jsonl"));
        Path config = Files.createDirectories(tmp.resolve("crawl-config"));
        Files.writeString(config.resolve("notify.yaml"), """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  starttls: false
                  from: "npswatch <alerts@example.org>"
                recipients:
                  - id: ews-duty
                    channel: email
                    address: ews-duty@example.org
                    types: [NEW_SUBSTANCE, UNKNOWN_NAME, SCHEDULED_STILL_OFFERED]
                    cadence: immediate
                  - id: public-feed
                    channel: feed
                    address: flags.atom
                    types: all
                    cadence: immediate
                """.formatted(smtp.getSmtp().getPort()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"--data", data.toString(), "--config", config.toString(), "detect"},
                new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        assertTrue(out.toString().contains("UNKNOWN_NAME") && out.toString().contains("3-CPMC"), out.toString());
        jakarta.mail.internet.MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length, "one message for the immediate recipient");
        assertTrue(mails[0].getSubject().contains("npswatch"), mails[0].getSubject());
        String feed = Files.readString(data.resolve("feed").resolve("flags.atom"));
        assertTrue(feed.contains("urn:npswatch:flag:"), feed);

        // running detect again finds nothing new and sends nothing again
        assertEquals(0, Main.run(new String[] {"--data", data.toString(), "--config", config.toString(), "detect"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void demoRefusesToWipeADirectoryItDidNotCreate() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(data.resolve("notes.txt"), "keep me");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"demo", "--data", data.toString(), "--no-serve"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("holds data that is not from a demo"), err.toString());
        assertEquals("keep me", Files.readString(data.resolve("notes.txt")));
    }

    private static String fold(String product) {
        return product.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
