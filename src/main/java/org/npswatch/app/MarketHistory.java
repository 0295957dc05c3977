package org.npswatch.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.npswatch.detect.History;
import org.npswatch.detect.MarketWeek;
import org.npswatch.detect.SourceWeek;
import org.npswatch.detect.SubstanceWeek;
import org.npswatch.detect.UnknownSighting;
import org.npswatch.index.ObservationRecord;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.PostRecord;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Intent;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.PriceTier;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.Substance;
import org.npswatch.model.Unit;
import org.npswatch.store.RunLog;

/**
 * Builds the weekly input of detection from what is stored: listing observations and posts from
 * the index, run outcomes from the run log. Weeks are ISO weeks in Europe/Amsterdam. Prices enter
 * the weekly median only when they are per gram and in euro (no exchange rates are applied); a
 * Telegram menu of several substances prices each by its own lines ({@link PostRecord#tiersOf}).
 */
final class MarketHistory {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int EVIDENCE_PER_SUBSTANCE = 5;

    private MarketHistory() {}

    /** All weeks from the first to the last with any observation, post or run. */
    static History build(OfferIndex index, RunLog runLog, Lexicon lexicon) {
        List<ObservationRecord> observations = index.observations(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        List<PostRecord> posts = index.posts(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
        List<RunLog.Run> runs = runLog.runs();
        TreeMap<IsoWeek, Builder> weeks = new TreeMap<>();
        observations.forEach(o -> weeks.computeIfAbsent(week(o.seenAt()), Builder::new).add(o));
        posts.forEach(p -> weeks.computeIfAbsent(week(p.postedAt()), Builder::new).add(p));
        runs.forEach(r -> weeks.computeIfAbsent(week(r.at()), Builder::new).add(r));
        if (weeks.isEmpty()) {
            return new History(List.of());
        }
        // Weeks after the last run were not observed: posts dated later (an export reaching
        // beyond the last crawl) must not make every shop series look as if it fell to zero.
        IsoWeek last = runs.stream().map(r -> week(r.at())).max(IsoWeek::compareTo).orElse(weeks.lastKey());
        List<MarketWeek> out = new ArrayList<>();
        for (IsoWeek w = weeks.firstKey(); w.compareTo(last) <= 0; w = w.plusWeeks(1)) {
            Builder b = weeks.get(w);
            out.add(b == null ? MarketWeek.empty(w) : b.build(lexicon));
        }
        return new History(out);
    }

    static IsoWeek week(Instant at) {
        return IsoWeek.of(LocalDate.ofInstant(at, ZONE));
    }

    /** Collects one week's records. */
    private static final class Builder {
        private final IsoWeek week;
        private final Map<String, Set<String>> listings = new HashMap<>();
        private final Map<String, Set<SourceId>> shops = new HashMap<>();
        private final Map<String, Set<SourceId>> clearnet = new HashMap<>();
        private final Map<String, Integer> posts = new HashMap<>();
        private final Map<String, Set<String>> ads = new HashMap<>();
        private final Map<String, Set<String>> sellers = new HashMap<>();
        private final Map<String, List<BigDecimal>> prices = new HashMap<>();
        private final Map<String, Map<SourceId, Integer>> bySource = new HashMap<>();
        private final Map<String, Map<String, List<BigDecimal>>> listingPrices = new HashMap<>();
        private final Map<String, Set<String>> evidence = new HashMap<>();
        private final Map<SourceId, SourceKind> sourceKinds = new HashMap<>();
        private final Map<SourceId, List<Boolean>> sourceRuns = new HashMap<>();
        private final Map<SourceId, Map<String, Boolean>> sourceListings = new HashMap<>();
        private final Map<SourceId, Set<String>> sourceEvidence = new HashMap<>();
        private final List<UnknownSighting> unknown = new ArrayList<>();
        private final Set<String> unknownSeen = new HashSet<>();

        Builder(IsoWeek week) {
            this.week = week;
        }

        void add(ObservationRecord o) {
            String evidenceRef = o.evidence().orElse(o.listingKey());
            sourceKinds.put(o.source(), o.kind());
            sourceListings.computeIfAbsent(o.source(), k -> new HashMap<>())
                    .merge(o.listingKey(), o.stock() == org.npswatch.model.StockStatus.OUT_OF_STOCK, (a, b) -> b);
            addEvidence(sourceEvidence.computeIfAbsent(o.source(), k -> new LinkedHashSet<>()), evidenceRef);
            for (String s : o.substances()) {
                if (listings.computeIfAbsent(s, k -> new HashSet<>()).add(o.listingKey())) {
                    bySource.computeIfAbsent(s, k -> new HashMap<>()).merge(o.source(), 1, Integer::sum);
                    o.pricePerBaseUnit()
                            .filter(m -> o.baseUnit().equals(Optional.of(Unit.Dimension.MASS)))
                            .filter(m -> m.currency().getCurrencyCode().equals("EUR"))
                            .ifPresent(m -> {
                                prices.computeIfAbsent(s, k -> new ArrayList<>()).add(m.amount());
                                listingPrices.computeIfAbsent(s, k -> new HashMap<>())
                                        .computeIfAbsent(o.listingKey(), k -> new ArrayList<>()).add(m.amount());
                            });
                }
                shops.computeIfAbsent(s, k -> new HashSet<>()).add(o.source());
                if (o.kind() == SourceKind.WEBSHOP) {
                    clearnet.computeIfAbsent(s, k -> new HashSet<>()).add(o.source());
                }
                addEvidence(evidence.computeIfAbsent(s, k -> new LinkedHashSet<>()), evidenceRef);
            }
            o.unknownCandidates().forEach(n -> sighting(n, o.source(), evidenceRef));
        }

        void add(PostRecord p) {
            sourceKinds.put(p.source(), p.kind());
            if (p.intent() != Intent.OFFER) {
                return;
            }
            sourceListings.computeIfAbsent(p.source(), k -> new HashMap<>()).put(p.key(), false);
            String ad = p.duplicateOf().orElse(p.key());
            for (String s : p.substances()) {
                // a menu's tiers price each substance by its own lines: "3-MMC 1g 15 / speed 10g 40"
                // must not price 3-MMC at 4 a gram
                Optional<BigDecimal> perGram = bestPerGram(p.tiersOf(s));
                posts.merge(s, 1, Integer::sum);
                bySource.computeIfAbsent(s, k -> new HashMap<>()).merge(p.source(), 1, Integer::sum);
                ads.computeIfAbsent(s, k -> new HashSet<>()).add(ad);
                // every copy of an ad prices the ad: re-posts follow its price from week to week
                perGram.ifPresent(v -> listingPrices.computeIfAbsent(s, k -> new HashMap<>())
                        .computeIfAbsent("ad:" + ad, k -> new ArrayList<>()).add(v));
                p.authorPseudonym().ifPresent(a -> sellers.computeIfAbsent(s, k -> new HashSet<>()).add(a));
                addEvidence(evidence.computeIfAbsent(s, k -> new LinkedHashSet<>()), p.key());
                if (p.duplicateOf().isEmpty()) {
                    perGram.ifPresent(v -> prices.computeIfAbsent(s, k -> new ArrayList<>()).add(v));
                }
            }
            p.unknownCandidates().forEach(n -> sighting(n, p.source(), p.key()));
        }

        private static Optional<BigDecimal> bestPerGram(List<PriceTier> tiers) {
            return tiers.stream()
                    .filter(t -> t.quantity().unit().dimension() == Unit.Dimension.MASS)
                    .filter(t -> t.price().currency().getCurrencyCode().equals("EUR"))
                    .map(t -> t.pricePerBaseUnit().amount())
                    .min(BigDecimal::compareTo);
        }

        void add(RunLog.Run r) {
            sourceKinds.put(r.source(), r.kind());
            sourceRuns.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r.reached());
        }

        private void sighting(String name, SourceId source, String ref) {
            if (unknownSeen.add(name + "|" + source)) {
                unknown.add(new UnknownSighting(name, source, ref));
            }
        }

        private static void addEvidence(Set<String> set, String ref) {
            if (set.size() < EVIDENCE_PER_SUBSTANCE) {
                set.add(ref);
            }
        }

        MarketWeek build(Lexicon lexicon) {
            Set<String> names = new HashSet<>(listings.keySet());
            names.addAll(posts.keySet());
            List<SubstanceWeek> subs = new ArrayList<>();
            for (String s : names) {
                List<BigDecimal> p = prices.getOrDefault(s, List.of());
                subs.add(new SubstanceWeek(s,
                        lexicon.lookup(s).map(Substance::legalStatus).orElse(LegalStatus.UNLISTED),
                        listings.getOrDefault(s, Set.of()).size(),
                        (int) shops.getOrDefault(s, Set.of()).stream().filter(id -> sourceKinds.get(id) == SourceKind.WEBSHOP).count(),
                        posts.getOrDefault(s, 0),
                        ads.getOrDefault(s, Set.of()).size(),
                        sellers.getOrDefault(s, Set.of()).size(),
                        median(p), p.size(),
                        clearnet.getOrDefault(s, Set.of()),
                        List.copyOf(evidence.getOrDefault(s, Set.of())),
                        bySource.getOrDefault(s, Map.of()),
                        medians(listingPrices.getOrDefault(s, Map.of()))));
            }
            List<SourceWeek> srcs = new ArrayList<>();
            for (Map.Entry<SourceId, SourceKind> e : sourceKinds.entrySet()) {
                Map<String, Boolean> l = sourceListings.getOrDefault(e.getKey(), Map.of());
                int oos = (int) l.values().stream().filter(Boolean::booleanValue).count();
                List<Boolean> r = sourceRuns.getOrDefault(e.getKey(), l.isEmpty() ? List.of() : List.of(true));
                srcs.add(new SourceWeek(e.getKey(), e.getValue(), r, l.size(), oos,
                        List.copyOf(sourceEvidence.getOrDefault(e.getKey(), Set.of()))));
            }
            return MarketWeek.of(week, subs, srcs, unknown);
        }

        private static Map<String, BigDecimal> medians(Map<String, List<BigDecimal>> byListing) {
            Map<String, BigDecimal> out = new HashMap<>();
            byListing.forEach((k, v) -> median(v).ifPresent(m -> out.put(k, m)));
            return out;
        }

        private static Optional<BigDecimal> median(List<BigDecimal> values) {
            if (values.isEmpty()) {
                return Optional.empty();
            }
            List<BigDecimal> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
            return Optional.of(m);
        }
    }
}
