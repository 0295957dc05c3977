package org.npswatch.market;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.npswatch.model.Unit;

/**
 * One product kind the simulated market can sell, independent of any shop: the names shops give
 * it, what it really is, and how it is priced.
 *
 * @param key stable id, used in SKUs and to make per-shop choices deterministic
 * @param spellings names shops write for it; each shop picks one (shops spell differently)
 * @param substances canonical names of the substances the product is (empty for accessories and
 *     for invented substances)
 * @param unknownNames names of invented substances no lexicon knows (the "new NPS" of a week)
 * @param category which kinds of shop sell it
 * @param unit the unit tiers are counted in
 * @param eurPerUnit price of one unit in euro before volume discount
 * @param tierAmounts quantities offered, smallest first
 * @param blurb one-sentence description, written as shops write them
 */
public record CatalogueProduct(
        String key,
        List<String> spellings,
        List<String> substances,
        List<String> unknownNames,
        Category category,
        Unit unit,
        BigDecimal eurPerUnit,
        List<BigDecimal> tierAmounts,
        String blurb) {
    /** Which kinds of shop carry a product. */
    public enum Category {
        RC_STIMULANT,
        RC_PSYCHEDELIC,
        RC_DISSOCIATIVE,
        RC_BENZO,
        RC_CANNABINOID,
        RC_OPIOID,
        SEMI_SYNTHETIC_CANNABINOID,
        PHARMACY,
        PARTY,
        ACCESSORY
    }

    public CatalogueProduct {
        Objects.requireNonNull(key, "key");
        spellings = List.copyOf(spellings);
        if (spellings.isEmpty()) {
            throw new IllegalArgumentException("product " + key + " needs a name");
        }
        substances = List.copyOf(substances);
        unknownNames = List.copyOf(unknownNames);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(eurPerUnit, "eurPerUnit");
        tierAmounts = List.copyOf(tierAmounts);
        if (tierAmounts.isEmpty()) {
            throw new IllegalArgumentException("product " + key + " needs at least one tier");
        }
        Objects.requireNonNull(blurb, "blurb");
    }

    /** True for an invented substance: the truth has no canonical name, only an unknown name. */
    public boolean isNovel() {
        return !unknownNames.isEmpty();
    }
}
