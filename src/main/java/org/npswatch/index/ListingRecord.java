package org.npswatch.index;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.SubstanceClass;
import org.npswatch.model.Unit;

/**
 * The current state of one webshop listing, as stored in its LISTING document.
 *
 * @param key {@code Offer.listingKey()}
 * @param classes classes of the substances, from the lexicon at indexing time
 * @param legalStatuses Opium Act status of the substances, from the lexicon at indexing time
 * @param firstSeen time of the first crawl that saw it
 * @param lastSeen time of the latest crawl that saw it
 * @param goneAt time of the first crawl of its source that no longer saw it; empty while listed
 * @param lastCrawlId id of the latest crawl that saw it
 * @param evidence WARC record id of the page the latest observation came from
 */
public record ListingRecord(
        String key,
        SourceId source,
        SourceKind kind,
        URI url,
        String product,
        Optional<String> sku,
        List<String> substances,
        List<String> unknownCandidates,
        List<SubstanceClass> classes,
        List<LegalStatus> legalStatuses,
        List<PriceTier> tiers,
        StockStatus stock,
        Instant firstSeen,
        Instant lastSeen,
        Optional<Instant> goneAt,
        String lastCrawlId,
        Optional<String> evidence)
        implements Hit {
    public ListingRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(sku, "sku");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        classes = List.copyOf(classes);
        legalStatuses = List.copyOf(legalStatuses);
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(goneAt, "goneAt");
        Objects.requireNonNull(lastCrawlId, "lastCrawlId");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public Instant time() {
        return lastSeen;
    }

    public boolean gone() {
        return goneAt.isPresent();
    }

    public Optional<Money> bestPricePerGram() {
        return UnitPrices.best(tiers, Unit.Dimension.MASS);
    }

    public Optional<Money> bestPricePerMl() {
        return UnitPrices.best(tiers, Unit.Dimension.VOLUME);
    }

    /** Per piece, tablet, pellet, blotter or capsule. */
    public Optional<Money> bestPricePerUnit() {
        return UnitPrices.best(tiers, Unit.Dimension.COUNT);
    }

    /** Same offer as seen by the shop's customer: product, substances, tiers and stock. */
    boolean sameOfferAs(ListingRecord other) {
        return product.equals(other.product)
                && substances.equals(other.substances)
                && tiers.equals(other.tiers)
                && stock == other.stock;
    }
}
