package org.npswatch.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.npswatch.model.SourceId;

/**
 * What the simulated market really offers in one week: the answer key for end-to-end precision
 * and recall tests and for detection evaluations.
 *
 * @param week the week number, 0 for the first
 * @param weekStart the simulated Monday of that week
 */
public record MarketTruth(int week, LocalDate weekStart, List<ShopTruth> shops) {
    public MarketTruth {
        Objects.requireNonNull(weekStart, "weekStart");
        shops = List.copyOf(shops);
    }

    public Optional<ShopTruth> shop(SourceId id) {
        return shops.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Canonical names of every substance on offer this week in online shops, sorted. */
    public List<String> substancesOnOffer() {
        TreeSet<String> names = new TreeSet<>();
        shops.stream().filter(s -> s.availability() == Availability.ONLINE)
                .forEach(s -> s.offers().forEach(o -> names.addAll(o.substances())));
        return List.copyOf(names);
    }

    /**
     * How many listings in online shops contain the substance (canonical name) this week: the
     * "active shop offers" series of a volume evaluation.
     */
    public int listingsOf(String substance) {
        return (int) shops.stream().filter(s -> s.availability() == Availability.ONLINE)
                .flatMap(s -> s.offers().stream())
                .filter(o -> o.substances().contains(substance))
                .count();
    }

    /** How many online shops list the substance this week. */
    public int shopsOffering(String substance) {
        return (int) shops.stream().filter(s -> s.availability() == Availability.ONLINE)
                .filter(s -> s.offers().stream().anyMatch(o -> o.substances().contains(substance)))
                .count();
    }

    /** Invented names on offer this week in online shops, sorted. */
    public List<String> unknownNamesOnOffer() {
        TreeSet<String> names = new TreeSet<>();
        shops.stream().filter(s -> s.availability() == Availability.ONLINE)
                .forEach(s -> s.offers().forEach(o -> names.addAll(o.unknownNames())));
        return List.copyOf(names);
    }
}
