package org.npswatch.index;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.Money;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

/**
 * What one crawl saw of one listing. Weekly series (active offers, shops offering, median price)
 * are aggregated from these by the detection stage.
 *
 * @param pricePerBaseUnit best price per base unit of {@code baseUnit}; empty when the listing
 *     showed no price
 * @param baseUnit the dimension the price is per: mass (g), volume (ml) or count (piece)
 * @param evidence WARC record id of the page the listing was read from
 */
public record ObservationRecord(
        String listingKey,
        String crawlId,
        SourceId source,
        SourceKind kind,
        Instant seenAt,
        String product,
        List<String> substances,
        List<String> unknownCandidates,
        Optional<Money> pricePerBaseUnit,
        Optional<Unit.Dimension> baseUnit,
        StockStatus stock,
        Optional<String> evidence) {
    public ObservationRecord {
        Objects.requireNonNull(listingKey, "listingKey");
        Objects.requireNonNull(crawlId, "crawlId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seenAt, "seenAt");
        Objects.requireNonNull(product, "product");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        Objects.requireNonNull(pricePerBaseUnit, "pricePerBaseUnit");
        Objects.requireNonNull(baseUnit, "baseUnit");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(evidence, "evidence");
    }
}
