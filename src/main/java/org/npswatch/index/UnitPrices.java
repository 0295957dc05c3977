package org.npswatch.index;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Unit;

/** Best (lowest) price per base unit of a dimension over a list of price tiers. */
public final class UnitPrices {
    private UnitPrices() {}

    /**
     * The lowest price per gram, millilitre or piece among tiers of that dimension. Tiers in
     * another currency than the dimension's first tier are ignored: prices in two currencies
     * cannot be compared without a rate.
     */
    public static Optional<Money> best(List<PriceTier> tiers, Unit.Dimension dimension) {
        List<PriceTier> ofDimension = tiers.stream()
                .filter(t -> t.quantity().unit().dimension() == dimension)
                .toList();
        if (ofDimension.isEmpty()) {
            return Optional.empty();
        }
        var currency = ofDimension.getFirst().price().currency();
        return ofDimension.stream()
                .filter(t -> t.price().currency().equals(currency))
                .map(PriceTier::pricePerBaseUnit)
                .min(Comparator.comparing(Money::amount));
    }

    /**
     * The dimension a listing is priced in for time series: mass when any tier is by weight, else
     * volume, else count.
     */
    public static Optional<Unit.Dimension> primaryDimension(List<PriceTier> tiers) {
        for (Unit.Dimension d : List.of(Unit.Dimension.MASS, Unit.Dimension.VOLUME, Unit.Dimension.COUNT)) {
            if (tiers.stream().anyMatch(t -> t.quantity().unit().dimension() == d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
