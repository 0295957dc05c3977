package org.npswatch.market;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Further products of a tracked substance, made when a scenario's level needs more listings than
 * the catalogue's own variants times the shops that carry them (its catalogue capacity, see
 * {@link TrackedSubstances#catalogueCapacity(String)}). Shops do this too: when a substance sells,
 * the same stock is listed again as a grade, a batch, a lot or a bulk pack.
 *
 * <p>The {@code n}-th extra variant is built from the substance's catalogue variant
 * {@code n % variants} (same form, unit, category and price), so every shop that sells that kind
 * of product may carry it and every shop platform renders it as it renders the original. Its
 * name is the original's spelling with a grade before it and a note after it ("Premium 3-MMC
 * Pellets 100mg (new batch)"): words no lexicon reads as a substance and no digits, so
 * extraction sees the same substance and pack sizes. Pack sizes vary: some variants drop the
 * smallest pack, some add a bulk pack of twice the largest.
 *
 * <p>Extra variants fill slots after every catalogue slot of the substance: a week whose drawn
 * count fits in the catalogue's slots shows exactly what it showed before they existed.
 */
final class OnDemandVariants {
    /** The highest expected listings a week a scenario may ask of one substance (after volume changes). */
    static final int MAX_LEVEL = 400;

    /** The most slots (extra and catalogue) built for one substance; counts drawn above are cut. */
    static final int MAX_SLOTS = 3 * MAX_LEVEL;

    private static final String KEY_MARK = "-od";
    private static final long ID_BASE = 100_000;

    private static final List<String> GRADES = List.of(
            "Premium", "Lab Grade", "Select", "Classic", "Research Grade", "Superior", "Reference", "Prime", "Fresh",
            "Original");
    private static final List<String> NOTES = List.of(
            "new batch", "restock", "lab tested", "EU stock", "tested batch", "discreet shipping");
    private static final String LOTS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private OnDemandVariants() {}

    /**
     * The extra variants a substance needs so that counts drawn around {@code highestLevel} are
     * cut only in the far tail (more than five standard deviations above), empty when its
     * catalogue capacity already covers that.
     *
     * @param highestLevel the highest expected listings a week over the scenario
     * @param noise how weekly counts scatter (Poisson or negative binomial)
     */
    static List<CatalogueProduct> needed(String substance, double highestLevel, MarketEvents.Noise noise) {
        int wanted = slotsWanted(highestLevel, noise);
        int capacity = TrackedSubstances.catalogueCapacity(substance);
        List<String> bases = TrackedSubstances.variantKeys(substance);
        List<CatalogueProduct> extras = new ArrayList<>();
        if (bases.stream().allMatch(k -> shopsCarrying(k) == 0)) {
            return extras;
        }
        while (capacity < wanted && capacity < MAX_SLOTS) {
            CatalogueProduct extra = variant(substance, extras.size());
            extras.add(extra);
            capacity += shopsCarrying(baseKey(extra.key()).orElseThrow());
        }
        return List.copyOf(extras);
    }

    /** Slots wanted for a level: the level plus five standard deviations of its noise, at most {@link #MAX_SLOTS}. */
    static int slotsWanted(double level, MarketEvents.Noise noise) {
        double variance = level + (noise.negativeBinomialSize() > 0 ? level * level / noise.negativeBinomialSize() : 0);
        return (int) Math.min(MAX_SLOTS, Math.ceil(level + 5 * Math.sqrt(variance)));
    }

    /** The {@code n}-th extra variant of a substance (0-based). */
    static CatalogueProduct variant(String substance, int n) {
        List<String> bases = TrackedSubstances.variantKeys(substance);
        CatalogueProduct base = Catalogue.byKey(bases.get(n % bases.size())).orElseThrow();
        int m = n / bases.size();
        String grade = GRADES.get(m % GRADES.size());
        String note = NOTES.get(m / GRADES.size() % NOTES.size());
        int lot = m / (GRADES.size() * NOTES.size());
        String suffix = " (" + note + (lot == 0 ? "" : ", lot " + lotName(lot)) + ")";
        List<String> spellings = base.spellings().stream().map(s -> grade + " " + s + suffix).toList();
        String blurb = grade + " grade of our " + base.spellings().getFirst() + ", " + note + ". " + base.blurb();
        return new CatalogueProduct(base.key() + KEY_MARK + n, spellings, base.substances(), List.of(), base.category(),
                base.unit(), base.eurPerUnit(), packs(base.tierAmounts(), n / bases.size()), blurb);
    }

    /**
     * The shop's product id of an extra variant, clear of catalogue ids (1000 + 10 × index) and
     * invented substances (5000 + index); empty for a product that is no extra variant.
     */
    static Optional<Long> productId(CatalogueProduct p) {
        return baseKey(p.key()).map(base -> {
            int n = Integer.parseInt(p.key().substring(base.length() + KEY_MARK.length()));
            int baseIndex = Catalogue.products().indexOf(Catalogue.byKey(base).orElseThrow());
            return ID_BASE + 10L * (baseIndex * (long) MAX_SLOTS + n);
        });
    }

    /** The catalogue key an extra variant's key was made from. */
    static Optional<String> baseKey(String key) {
        int at = key.lastIndexOf(KEY_MARK);
        if (at <= 0 || !key.substring(at + KEY_MARK.length()).chars().allMatch(Character::isDigit)
                || key.length() == at + KEY_MARK.length()) {
            return Optional.empty();
        }
        return Catalogue.byKey(key.substring(0, at)).map(CatalogueProduct::key);
    }

    /** Whether a shop may list a product: a catalogue product it is eligible for, or an extra variant of one. */
    static boolean carries(ShopSpec spec, CatalogueProduct p) {
        String key = baseKey(p.key()).orElse(p.key());
        return spec.eligibleProducts().stream().anyMatch(e -> e.key().equals(key));
    }

    private static int shopsCarrying(String catalogueKey) {
        return (int) Shops.ALL.stream().filter(s -> s.eligibleProducts().stream().anyMatch(p -> p.key().equals(catalogueKey)))
                .count();
    }

    /** Pack sizes: as the original, without its smallest pack, or with a bulk pack of twice its largest. */
    private static List<BigDecimal> packs(List<BigDecimal> amounts, int m) {
        return switch (m % 3) {
            case 1 -> amounts.size() > 1 ? amounts.subList(1, amounts.size()) : amounts;
            case 2 -> {
                List<BigDecimal> more = new ArrayList<>(amounts);
                more.add(amounts.getLast().multiply(BigDecimal.TWO));
                yield List.copyOf(more);
            }
            default -> amounts;
        };
    }

    private static String lotName(int lot) {
        StringBuilder b = new StringBuilder();
        int k = lot - 1;
        do {
            b.insert(0, LOTS.charAt(k % LOTS.length()));
            k = k / LOTS.length() - 1;
        } while (k >= 0);
        return b.toString();
    }
}
