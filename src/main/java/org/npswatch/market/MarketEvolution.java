package org.npswatch.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.npswatch.model.StockStatus;

/**
 * Computes the market week by week from a seed. Every random choice of week {@code w} in shop
 * {@code i} comes from its own {@code Random(seed, w, i)}, so the market of any week is the same
 * in every run with the same seed, whatever was asked before.
 */
final class MarketEvolution {
    private static final int REPRICE_PERCENT = 12;
    private static final int STOCK_FLIP_PERCENT = 8;
    private static final int REMOVE_PERCENT = 20;
    private static final int ADD_PERCENT = 30;
    private static final int MIN_LISTINGS = 4;

    private final long seed;
    private final List<ShopSpec> specs;
    private final MarketEvents events;
    private final TrackedSubstances tracked;

    MarketEvolution(long seed, List<ShopSpec> specs, MarketEvents events) {
        this.seed = seed;
        this.specs = List.copyOf(specs);
        this.events = events;
        this.tracked = new TrackedSubstances(events);
    }

    List<ShopState> initial() {
        List<List<Listing>> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ShopSpec spec = specs.get(i);
            Random rng = random(0, i);
            List<CatalogueProduct> pool = new ArrayList<>(addable(spec, List.of()));
            java.util.Collections.shuffle(pool, rng);
            List<Listing> listings = new ArrayList<>();
            for (CatalogueProduct p : pool.subList(0, Math.min(spec.initialSize(), pool.size()))) {
                listings.add(newListing(spec, p, 0, rng));
            }
            all.add(listings);
        }
        return finish(all, 0);
    }

    /** Tracked substances, injected prices and availability of a week, applied to the listings. */
    private List<ShopState> finish(List<List<Listing>> all, int week) {
        applyTracked(all, week);
        applyPinned(all, week);
        List<ShopState> result = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ShopSpec spec = specs.get(i);
            List<Listing> priced = all.get(i).stream().map(l -> l.withMarketFactor(marketFactor(l.product(), week))).toList();
            result.add(new ShopState(spec, events.availability(spec.id(), week), sorted(priced)));
        }
        return List.copyOf(result);
    }

    /**
     * Draws each tracked substance's listing count for the week around its level and fills that
     * many slots, in the fixed slot order; listings of slots still filled keep their state.
     */
    private void applyTracked(List<List<Listing>> all, int week) {
        for (int t = 0; t < tracked.all().size(); t++) {
            TrackedSubstances.Tracked substance = tracked.all().get(t);
            List<Slot> slots = slots(substance, week);
            Random rng = random(week, 1000 + t);
            double mean = substance.shopListings() * events.volumeMultiplier(substance.substance(), week);
            int n = Math.min(slots.size(), Counts.draw(mean, events.noise(), rng));
            if (events.appearsIn(substance.substance(), week)) {
                n = Math.max(1, n);
            }
            List<Slot> active = slots.subList(0, n);
            for (int i = 0; i < specs.size(); i++) {
                int shop = i;
                List<Listing> listings = all.get(i);
                listings.removeIf(l -> substance.productKeys().contains(l.product().key())
                        && !active.contains(new Slot(shop, l.product().key())));
                for (Slot slot : active) {
                    if (slot.shop() == shop && listings.stream().noneMatch(l -> l.product().key().equals(slot.productKey()))) {
                        listings.add(newListing(specs.get(shop), substance.product(slot.productKey()).orElseThrow(), week, rng));
                    }
                }
            }
        }
    }

    private void applyPinned(List<List<Listing>> all, int week) {
        TrackedSubstances.PINNED.forEach((key, shopIds) -> {
            for (int i = 0; i < specs.size(); i++) {
                ShopSpec spec = specs.get(i);
                if (shopIds.contains(spec.id().value()) && all.get(i).stream().noneMatch(l -> l.product().key().equals(key))) {
                    all.get(i).add(newListing(spec, Catalogue.byKey(key).orElseThrow(), week, random(week, 2000 + i)));
                }
            }
        });
    }

    /** A shop that may list a tracked variant. */
    private record Slot(int shop, String productKey) {}

    /**
     * The slots of a tracked substance in fill order: the plain product in every shop that may
     * carry it first (shops in a seed-shuffled order), then each further variant, the extra
     * variants of {@link OnDemandVariants} last; vanished shops drop out.
     */
    private List<Slot> slots(TrackedSubstances.Tracked substance, int week) {
        List<Slot> slots = new ArrayList<>();
        for (CatalogueProduct product : substance.products()) {
            String key = product.key();
            List<Slot> variant = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                ShopSpec spec = specs.get(i);
                boolean vanished = events.vanishOf(spec.id()).map(v -> week >= v.week()).orElse(false);
                if (!vanished && OnDemandVariants.carries(spec, product)) {
                    variant.add(new Slot(i, key));
                }
            }
            java.util.Collections.shuffle(variant, Seeds.random(seed, 2, key.hashCode()));
            slots.addAll(variant);
        }
        return slots;
    }

    private BigDecimal marketFactor(CatalogueProduct p, int week) {
        BigDecimal f = BigDecimal.ONE;
        for (String substance : p.substances()) {
            f = f.multiply(events.priceFactor(substance, week));
        }
        return f;
    }

    /** The market one week after {@code shops}, which is the market of week {@code week - 1}. */
    List<ShopState> next(List<ShopState> shops, int week) {
        List<List<Listing>> all = new ArrayList<>();
        for (int i = 0; i < shops.size(); i++) {
            all.add(noise(shops.get(i), week, random(week, i)));
        }
        Random forced = random(week, -1);
        // Guarantee every kind of change at least once a week somewhere, so tests of change
        // detection never depend on luck.
        forceOnce(all, shops, week % shops.size(), l -> addOne(shops, all, l, week, forced));
        forceOnce(all, shops, (week + 3) % shops.size(), l -> removeOne(all.get(l), forced));
        forceOnce(all, shops, (week + 6) % shops.size(), l -> repriceOne(all.get(l), week));
        forceOnce(all, shops, (week + 8) % shops.size(), l -> flipOne(all.get(l), forced));
        for (MarketEvents.NovelAppearance a : events.appearingIn(week)) {
            for (int i = 0; i < shops.size(); i++) {
                if (shops.get(i).spec().id().equals(a.shop())) {
                    addNovel(shops.get(i).spec(), all.get(i), a.name(), events.novelIndex(a.name()), week);
                }
            }
        }
        return finish(all, week);
    }

    private List<Listing> noise(ShopState shop, int week, Random rng) {
        List<Listing> listings = new ArrayList<>();
        for (Listing l : shop.listings()) {
            Listing changed = l;
            if (rng.nextInt(100) < REPRICE_PERCENT) {
                BigDecimal step = BigDecimal.valueOf(85 + rng.nextInt(31), 2);
                changed = changed.withPriceFactor(clampFactor(changed.priceFactor().multiply(step)));
            }
            if (rng.nextInt(100) < STOCK_FLIP_PERCENT) {
                changed = changed.withStock(flip(changed.stock()));
            }
            listings.add(changed);
        }
        // Mean-reverting: a shop above its usual size removes more than it adds and vice versa,
        // so the number of listings is stationary over long runs.
        int surplus = (int) listings.stream().filter(l -> !l.product().isNovel() && !tracked.isTracked(l.product()))
                .count() - shop.spec().initialSize();
        if (rng.nextInt(100) < Math.clamp(REMOVE_PERCENT + 10L * surplus, 5, 90)) {
            removeOne(listings, rng);
        }
        if (rng.nextInt(100) < Math.clamp(ADD_PERCENT - 10L * surplus, 5, 90)) {
            List<CatalogueProduct> candidates = addable(shop.spec(), listings);
            if (!candidates.isEmpty()) {
                listings.add(newListing(shop.spec(), candidates.get(rng.nextInt(candidates.size())), week, rng));
            }
        }
        return listings;
    }

    private static void forceOnce(List<List<Listing>> all, List<ShopState> shops, int start, Predicate<Integer> change) {
        for (int k = 0; k < shops.size(); k++) {
            if (change.test((start + k) % shops.size())) {
                return;
            }
        }
    }

    private boolean addOne(List<ShopState> shops, List<List<Listing>> all, int shop, int week, Random rng) {
        ShopSpec spec = shops.get(shop).spec();
        List<CatalogueProduct> candidates = addable(spec, all.get(shop));
        if (candidates.isEmpty()) {
            return false;
        }
        all.get(shop).add(newListing(spec, candidates.get(rng.nextInt(candidates.size())), week, rng));
        return true;
    }

    private boolean removeOne(List<Listing> listings, Random rng) {
        List<Listing> removable = listings.stream()
                .filter(l -> !l.product().isNovel() && !tracked.isTracked(l.product()))
                .toList();
        if (listings.size() <= MIN_LISTINGS || removable.isEmpty()) {
            return false;
        }
        listings.remove(removable.get(rng.nextInt(removable.size())));
        return true;
    }

    private static boolean repriceOne(List<Listing> listings, int week) {
        if (listings.isEmpty()) {
            return false;
        }
        Listing l = listings.getFirst();
        BigDecimal step = week % 2 == 0 ? new BigDecimal("1.20") : new BigDecimal("0.80");
        listings.set(0, l.withPriceFactor(clampFactor(l.priceFactor().multiply(step))));
        return true;
    }

    private static boolean flipOne(List<Listing> listings, Random rng) {
        if (listings.isEmpty()) {
            return false;
        }
        int i = rng.nextInt(listings.size());
        listings.set(i, listings.get(i).withStock(flip(listings.get(i).stock())));
        return true;
    }

    private static void addNovel(ShopSpec spec, List<Listing> listings, String inventedName, int nameIndex, int week) {
        CatalogueProduct novel = Catalogue.novel(inventedName, nameIndex);
        if (listings.stream().noneMatch(l -> l.product().key().equals(novel.key()))) {
            String name = novel.spellings().get(Math.floorMod(spec.id().value().hashCode(), novel.spellings().size()));
            listings.add(new Listing(novel, name, Listing.slugOf(name), 5000L + nameIndex, BigDecimal.ONE,
                    StockStatus.IN_STOCK, week));
        }
    }

    private List<CatalogueProduct> addable(ShopSpec spec, List<Listing> listings) {
        return spec.eligibleProducts().stream()
                .filter(p -> !tracked.isTracked(p))
                .filter(p -> listings.stream().noneMatch(l -> l.product().key().equals(p.key())))
                .toList();
    }

    private static Listing newListing(ShopSpec spec, CatalogueProduct p, int week, Random rng) {
        String name = p.spellings().get(Math.floorMod((spec.id().value() + p.key()).hashCode(), p.spellings().size()));
        long id = OnDemandVariants.productId(p).orElseGet(() -> 1000L + 10L * Catalogue.products().indexOf(p));
        BigDecimal factor = BigDecimal.valueOf(90 + rng.nextInt(21), 2);
        StockStatus stock = rng.nextInt(100) < 88 ? StockStatus.IN_STOCK : StockStatus.OUT_OF_STOCK;
        return new Listing(p, name, Listing.slugOf(name), id, factor, stock, week);
    }

    private static BigDecimal clampFactor(BigDecimal f) {
        BigDecimal r = f.setScale(2, RoundingMode.HALF_UP);
        return r.max(new BigDecimal("0.60")).min(new BigDecimal("1.60"));
    }

    private static StockStatus flip(StockStatus s) {
        return s == StockStatus.IN_STOCK ? StockStatus.OUT_OF_STOCK : StockStatus.IN_STOCK;
    }

    private static List<Listing> sorted(List<Listing> listings) {
        return listings.stream().sorted(Comparator.comparingLong(Listing::productId)).toList();
    }

    private Random random(int week, int shop) {
        return Seeds.random(seed, 1, week, shop);
    }
}
