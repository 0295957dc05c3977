package org.npswatch.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Offer;
import org.npswatch.model.Post;
import org.npswatch.model.SourceKind;
import org.npswatch.model.Substance;
import org.npswatch.model.SubstanceClass;
import org.npswatch.model.Unit;

/**
 * Pure bookkeeping of a crawl: given the listings the index knows for a source and the offers a
 * crawl saw, the new listing states, the observations and the diff. No Lucene here.
 */
final class ListingUpdates {
    private final Lexicon lexicon;

    ListingUpdates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What one crawl writes: listing states to upsert, observations to add, and the diff. */
    record Crawl(List<ListingRecord> listings, List<ObservationRecord> observations, CrawlDiff diff) {}

    Crawl apply(Map<String, ListingRecord> known, SourceKind kind, String crawlId, Instant at,
            List<Offer> offers, Map<String, String> evidence, boolean complete) {
        Map<String, Offer> seen = new LinkedHashMap<>();
        for (Offer o : offers) {
            // A shop listing the same product twice on one crawl is one listing; the first wins.
            seen.putIfAbsent(o.listingKey(), o);
        }
        List<ListingRecord> listings = new ArrayList<>();
        List<ObservationRecord> observations = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        for (Offer offer : seen.values()) {
            String key = offer.listingKey();
            Optional<String> proof = Optional.ofNullable(evidence.get(key))
                    .or(() -> Optional.ofNullable(evidence.get(offer.url().toString())));
            ListingRecord prev = known.get(key);
            ListingRecord next = listing(offer, kind, crawlId, at, proof, prev);
            if (prev == null) {
                added.add(key);
            } else if (prev.gone() && next.goneAt().isEmpty()) {
                returned.add(key);
            } else if (!prev.sameOfferAs(next)) {
                changed.add(key);
            } else {
                unchanged.add(key);
            }
            listings.add(next);
            observations.add(observation(offer, kind, crawlId, at, proof));
        }
        for (ListingRecord prev : known.values()) {
            // Strictly before: a late re-run of an older crawl must not mark newer listings gone.
            // An incomplete crawl saw only part of the shop: what it missed is not known to be gone.
            if (complete && !seen.containsKey(prev.key()) && !prev.gone() && prev.lastSeen().isBefore(at)) {
                listings.add(withGoneAt(prev, at));
                gone.add(prev.key());
            }
        }
        return new Crawl(listings, observations, new CrawlDiff(added, changed, unchanged, gone, returned));
    }

    private ListingRecord listing(Offer offer, SourceKind kind, String crawlId, Instant at,
            Optional<String> proof, ListingRecord prev) {
        Instant firstSeen = prev == null || at.isBefore(prev.firstSeen()) ? at : prev.firstSeen();
        if (prev != null && prev.lastSeen().isAfter(at)) {
            // An older crawl recorded late only widens the listing's first-seen time.
            return new ListingRecord(prev.key(), prev.source(), prev.kind(), prev.url(), prev.product(), prev.sku(),
                    prev.substances(), prev.unknownCandidates(), prev.classes(), prev.legalStatuses(), prev.tiers(),
                    prev.stock(), firstSeen, prev.lastSeen(), prev.goneAt(), prev.lastCrawlId(), prev.evidence());
        }
        List<String> substances = offer.substances();
        return new ListingRecord(offer.listingKey(), offer.source(), kind, offer.url(), offer.product(), offer.sku(),
                substances, offer.unknownCandidates(), classesOf(substances), legalStatusesOf(substances),
                offer.tiers(), offer.stock(), firstSeen, at, Optional.empty(), crawlId, proof);
    }

    private static ListingRecord withGoneAt(ListingRecord r, Instant at) {
        return new ListingRecord(r.key(), r.source(), r.kind(), r.url(), r.product(), r.sku(), r.substances(),
                r.unknownCandidates(), r.classes(), r.legalStatuses(), r.tiers(), r.stock(), r.firstSeen(),
                r.lastSeen(), Optional.of(at), r.lastCrawlId(), r.evidence());
    }

    private static ObservationRecord observation(Offer offer, SourceKind kind, String crawlId, Instant at,
            Optional<String> proof) {
        Optional<Unit.Dimension> dimension = UnitPrices.primaryDimension(offer.tiers());
        return new ObservationRecord(offer.listingKey(), crawlId, offer.source(), kind, at, offer.product(),
                offer.substances(), offer.unknownCandidates(),
                dimension.flatMap(d -> UnitPrices.best(offer.tiers(), d)), dimension, offer.stock(), proof);
    }

    PostRecord post(AnalysedPost analysed, SourceKind kind) {
        Post p = analysed.post();
        List<String> substances = analysed.substances();
        return new PostRecord(p.key(), p.source(), kind, p.messageId(),
                p.postedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), p.text(), analysed.intent(),
                substances, analysed.unknownCandidates(), classesOf(substances), legalStatusesOf(substances),
                analysed.tiers(), analysed.tradeQuantity(), analysed.deliveryAreas(), analysed.duplicateOf(),
                p.authorPseudonym(), analysed.substanceTiers());
    }

    private List<SubstanceClass> classesOf(List<String> substances) {
        return substances.stream().map(lexicon::lookup).flatMap(Optional::stream)
                .map(Substance::substanceClass).distinct().toList();
    }

    private List<LegalStatus> legalStatusesOf(List<String> substances) {
        return substances.stream().map(lexicon::lookup).flatMap(Optional::stream)
                .map(Substance::legalStatus).distinct().toList();
    }
}
