package org.npswatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Offer;

/**
 * Scores the whole chain (extract + normalise) against the hand-written expectations of every
 * fixture: offer precision/recall, tier accuracy, substance precision/recall, stock accuracy, and
 * no offers at all from non-offer pages. Prints the table so regressions are visible.
 */
class ExtractionPrecisionRecallTest {
    record Expected(String product, Set<String> substances, String tiers, String inStock) {}

    record Fixture(String file, String url, Optional<ExtractionProfile> profile, List<Expected> offers, boolean none) {}

    @Test
    void chainMeetsTheQualityBarOnAllFixtures() throws IOException {
        List<Fixture> fixtures = readExpectations();
        PageExtraction extraction = new PageExtraction(Fixtures.lexicon());
        int expectedOffers = 0, foundOffers = 0, matchedOffers = 0, tiersRight = 0, stockRight = 0;
        int substanceTruePositive = 0, substanceFound = 0, substanceExpected = 0, nonOfferPagesWithOffers = 0;
        StringBuilder table = new StringBuilder(String.format("%-45s %8s %6s %7s %6s %6s%n",
                "fixture", "expected", "found", "matched", "tiers", "stock"));
        List<String> misses = new ArrayList<>();
        for (Fixture f : fixtures) {
            List<Offer> offers = extraction.extract(f.url(), Fixtures.path(f.file()), f.profile());
            if (f.none() && !offers.isEmpty()) {
                nonOfferPagesWithOffers++;
                misses.add(f.file() + ": non-offer page yielded " + offers.size() + " offers");
            }
            int matched = 0, tiers = 0, stock = 0;
            for (Expected e : f.offers()) {
                Optional<Offer> actual = offers.stream().filter(o -> o.product().equals(e.product())).findFirst();
                substanceExpected += e.substances().size();
                if (actual.isEmpty()) {
                    misses.add(f.file() + ": missing offer " + e.product());
                    continue;
                }
                matched++;
                Offer o = actual.get();
                String actualTiers = tiers(o);
                if (actualTiers.equals(e.tiers())) {
                    tiers++;
                } else {
                    misses.add(f.file() + ": " + e.product() + " tiers " + actualTiers + " expected " + e.tiers());
                }
                String actualStock = o.stock().asBoolean().map(String::valueOf).orElse("null");
                if (actualStock.equals(e.inStock())) {
                    stock++;
                } else {
                    misses.add(f.file() + ": " + e.product() + " stock " + actualStock + " expected " + e.inStock());
                }
                Set<String> got = new HashSet<>(o.substances());
                substanceFound += got.size();
                for (String s : got) {
                    if (e.substances().contains(s)) {
                        substanceTruePositive++;
                    }
                }
                if (!got.equals(e.substances())) {
                    misses.add(f.file() + ": " + e.product() + " substances " + got + " expected " + e.substances());
                }
            }
            expectedOffers += f.offers().size();
            foundOffers += offers.size();
            matchedOffers += matched;
            tiersRight += tiers;
            stockRight += stock;
            table.append(String.format("%-45s %8d %6d %7d %6d %6d%n", f.file(), f.offers().size(), offers.size(), matched, tiers, stock));
        }
        double offerPrecision = ratio(matchedOffers, foundOffers);
        double offerRecall = ratio(matchedOffers, expectedOffers);
        double tierAccuracy = ratio(tiersRight, expectedOffers);
        double stockAccuracy = ratio(stockRight, expectedOffers);
        double substancePrecision = ratio(substanceTruePositive, substanceFound);
        double substanceRecall = ratio(substanceTruePositive, substanceExpected);
        table.append(String.format("offers: precision %.3f recall %.3f | tiers right %.3f | stock right %.3f"
                        + " | substances: precision %.3f recall %.3f | non-offer pages with offers: %d%n",
                offerPrecision, offerRecall, tierAccuracy, stockAccuracy, substancePrecision, substanceRecall,
                nonOfferPagesWithOffers));
        misses.forEach(m -> table.append("  miss: ").append(m).append('\n'));
        System.out.println(table);

        assertEquals(0, nonOfferPagesWithOffers, table.toString());
        assertTrue(offerPrecision >= 0.95, table.toString());
        assertTrue(offerRecall >= 0.95, table.toString());
        assertTrue(tierAccuracy >= 0.90, table.toString());
        assertTrue(stockAccuracy >= 0.90, table.toString());
        assertTrue(substancePrecision >= 0.95, table.toString());
        assertTrue(substanceRecall >= 0.90, table.toString());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static String tiers(Offer o) {
        return String.join("; ", o.tiers().stream()
                .map(t -> t.quantity().amount().toPlainString() + " " + t.quantity().unit().symbol() + " "
                        + t.price().amount().toPlainString() + " " + t.price().currency().getCurrencyCode())
                .toList());
    }

    static List<Fixture> readExpectations() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path("expectations.txt"), StandardCharsets.UTF_8);
        List<Fixture> out = new ArrayList<>();
        String file = null, url = null;
        Optional<ExtractionProfile> profile = Optional.empty();
        List<Expected> offers = new ArrayList<>();
        boolean none = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("fixture:")) {
                if (file != null) {
                    out.add(new Fixture(file, url, profile, List.copyOf(offers), none));
                }
                file = value(line);
                url = null;
                profile = Optional.empty();
                offers.clear();
                none = false;
            } else if (line.startsWith("url:")) {
                url = value(line);
            } else if (line.startsWith("profile:")) {
                profile = Optional.of(Fixtures.profile(value(line)));
            } else if (line.startsWith("offers: none")) {
                none = true;
            } else if (line.startsWith("offer:")) {
                String[] f = value(line).split("\\|", -1);
                Set<String> substances = new HashSet<>(Arrays.stream(f[1].split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
                offers.add(new Expected(f[0].strip(), substances, f[2].strip(), f[3].strip()));
            }
        }
        if (file != null) {
            out.add(new Fixture(file, url, profile, List.copyOf(offers), none));
        }
        return out;
    }

    private static String value(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }
}
