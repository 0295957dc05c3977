package org.npswatch.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Offer;

/**
 * Scores extraction on the held-out pages under {@code extract/heldout/} the way the issue's
 * check does: through {@link PageExtraction} with the shipped lexicon and no profile (what
 * {@code npswatch extract --url URL FILE} does for an unconfigured shop). Measures substance
 * precision and recall, tier accuracy, stock accuracy, offers on non-offer pages and recall of
 * invented novel names as unknown candidates, prints the table and asserts the issue's bars.
 */
class HeldOutExtractionTest {
    record Expected(String product, Set<String> substances, String tiers, String inStock, Set<String> unknowns) {}

    record Page(String file, String url, List<Expected> offers, boolean none) {}

    /** Running totals over all pages. */
    static final class Score {
        int expectedOffers, foundOffers, matchedOffers, tiersRight, stockRight;
        int substanceTruePositive, substanceFound, substanceExpected, nonOfferPagesWithOffers;
        int unknownExpected, unknownFound, spuriousUnknowns;
        final List<String> misses = new ArrayList<>();
    }

    @Test
    void heldOutPagesMeetTheIssueBars() throws IOException {
        PageExtraction extraction = new PageExtraction(Lexicon.fromClasspath());
        Score s = new Score();
        StringBuilder table = new StringBuilder(String.format("%-42s %4s %5s %5s %5s %5s %5s%n",
                "page", "exp", "found", "match", "tiers", "stock", "subst"));
        for (Page p : readExpectations()) {
            List<Offer> offers = extraction.extract(p.url(), Fixtures.path("heldout/" + p.file()), Optional.empty());
            table.append(score(p, offers, s));
        }
        double substancePrecision = ratio(s.substanceTruePositive, s.substanceFound);
        double substanceRecall = ratio(s.substanceTruePositive, s.substanceExpected);
        double tierAccuracy = ratio(s.tiersRight, s.expectedOffers);
        double stockAccuracy = ratio(s.stockRight, s.expectedOffers);
        double offerPrecision = ratio(s.matchedOffers, s.foundOffers);
        double offerRecall = ratio(s.matchedOffers, s.expectedOffers);
        double unknownRecall = ratio(s.unknownFound, s.unknownExpected);
        table.append(String.format("offers %d expected, %d found: precision %.3f recall %.3f%n", s.expectedOffers,
                s.foundOffers, offerPrecision, offerRecall));
        table.append(String.format("substances: precision %.3f recall %.3f | tiers right %.3f | stock right %.3f%n",
                substancePrecision, substanceRecall, tierAccuracy, stockAccuracy));
        table.append(String.format("unknown candidates: recall %.3f (%d/%d), spurious %d | non-offer pages with offers: %d%n",
                unknownRecall, s.unknownFound, s.unknownExpected, s.spuriousUnknowns, s.nonOfferPagesWithOffers));
        s.misses.forEach(m -> table.append("  miss: ").append(m).append('\n'));
        System.out.println(table);
        String report = table.toString();
        assertAll(
                () -> assertEquals(0, s.nonOfferPagesWithOffers, report),
                () -> assertTrue(substancePrecision >= 0.95, report),
                () -> assertTrue(substanceRecall >= 0.90, report),
                () -> assertTrue(tierAccuracy >= 0.90, report),
                () -> assertTrue(stockAccuracy >= 0.90, report),
                () -> assertTrue(offerPrecision >= 0.95 && offerRecall >= 0.95, report),
                () -> assertEquals(1.0, unknownRecall, report),
                () -> assertEquals(0, s.spuriousUnknowns, report));
    }

    private static String score(Page p, List<Offer> offers, Score s) {
        if (p.none() && !offers.isEmpty()) {
            s.nonOfferPagesWithOffers++;
            s.misses.add(p.file() + ": non-offer page yielded " + offers.stream().map(Offer::product).toList());
        }
        Set<String> expectedKeys = new HashSet<>();
        int matched = 0, tiers = 0, stock = 0, substances = 0;
        for (Expected e : p.offers()) {
            expectedKeys.add(OfferMerger.key(e.product()));
            s.substanceExpected += e.substances().size();
            s.unknownExpected += e.unknowns().size();
            Optional<Offer> actual = offers.stream().filter(o -> OfferMerger.key(o.product()).equals(OfferMerger.key(e.product())))
                    .findFirst();
            if (actual.isEmpty()) {
                s.misses.add(p.file() + ": missing offer " + e.product());
                continue;
            }
            matched++;
            Offer o = actual.get();
            String actualTiers = ExtractionPrecisionRecallTest.tiers(o);
            if (actualTiers.equals(e.tiers())) {
                tiers++;
            } else {
                s.misses.add(p.file() + ": " + e.product() + " tiers [" + actualTiers + "] expected [" + e.tiers() + "]");
            }
            String actualStock = o.stock().asBoolean().map(String::valueOf).orElse("null");
            if (actualStock.equals(e.inStock())) {
                stock++;
            } else {
                s.misses.add(p.file() + ": " + e.product() + " stock " + actualStock + " expected " + e.inStock());
            }
            Set<String> got = new HashSet<>(o.substances());
            s.substanceFound += got.size();
            got.stream().filter(e.substances()::contains).forEach(x -> s.substanceTruePositive++);
            if (got.equals(e.substances())) {
                substances++;
            } else {
                s.misses.add(p.file() + ": " + e.product() + " substances " + got + " expected " + e.substances());
            }
            scoreUnknowns(p, e, o, s);
        }
        for (Offer o : offers) {
            if (!expectedKeys.contains(OfferMerger.key(o.product())) && !p.none()) {
                s.misses.add(p.file() + ": unexpected offer " + o.product() + " " + o.substances() + " ["
                        + ExtractionPrecisionRecallTest.tiers(o) + "]");
            }
        }
        s.expectedOffers += p.offers().size();
        s.foundOffers += offers.size();
        s.matchedOffers += matched;
        s.tiersRight += tiers;
        s.stockRight += stock;
        return String.format("%-42s %4d %5d %5d %5d %5d %5d%n", p.file(), p.offers().size(), offers.size(), matched,
                tiers, stock, substances);
    }

    private static void scoreUnknowns(Page p, Expected e, Offer o, Score s) {
        Set<String> got = new HashSet<>(o.unknownCandidates().stream().map(u -> u.toLowerCase(Locale.ROOT)).toList());
        for (String u : e.unknowns()) {
            if (got.remove(u.toLowerCase(Locale.ROOT))) {
                s.unknownFound++;
            } else {
                s.misses.add(p.file() + ": " + e.product() + " unknown candidate " + u + " not reported (got "
                        + o.unknownCandidates() + ")");
            }
        }
        if (!got.isEmpty()) {
            s.spuriousUnknowns += got.size();
            s.misses.add(p.file() + ": " + e.product() + " spurious unknown candidates " + got);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static List<Page> readExpectations() throws IOException {
        List<Page> out = new ArrayList<>();
        String file = null, url = null;
        List<Expected> offers = new ArrayList<>();
        boolean none = false;
        for (String raw : Files.readAllLines(Fixtures.path("heldout/expectations.txt"), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("fixture:")) {
                if (file != null) {
                    out.add(new Page(file, url, List.copyOf(offers), none));
                }
                file = value(line);
                url = null;
                offers.clear();
                none = false;
            } else if (line.startsWith("url:")) {
                url = value(line);
            } else if (line.startsWith("offers: none")) {
                none = true;
            } else if (line.startsWith("offer:")) {
                String[] f = value(line).split("\\|", -1);
                offers.add(new Expected(f[0].strip(), set(f[1]), f[2].strip(), f[3].strip(), set(f.length > 4 ? f[4] : "")));
            }
        }
        if (file != null) {
            out.add(new Page(file, url, List.copyOf(offers), none));
        }
        return out;
    }

    private static Set<String> set(String field) {
        return new HashSet<>(Arrays.stream(field.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList());
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
