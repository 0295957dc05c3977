package org.npswatch.detect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/** Small builders for hand-made histories in detector tests. */
final class Weeks {
    static final IsoWeek W1 = IsoWeek.parse("2026-W01");

    private Weeks() {}

    static SubstanceWeek posts(String substance, int posts) {
        return new SubstanceWeek(substance, LegalStatus.UNLISTED, 0, 0, posts, posts, posts, Optional.empty(), 0,
                Set.of(), List.of("tg/" + substance));
    }

    static SubstanceWeek priced(String substance, String median, int pricedOffers) {
        return new SubstanceWeek(substance, LegalStatus.UNLISTED, pricedOffers, 1, 0, 0, 0,
                Optional.of(new BigDecimal(median)), pricedOffers, Set.of(), List.of());
    }

    static SubstanceWeek inShop(String substance, LegalStatus status, String... shops) {
        Set<SourceId> ids = new java.util.TreeSet<>();
        for (String s : shops) {
            ids.add(SourceId.of(s));
        }
        return new SubstanceWeek(substance, status, shops.length, shops.length, 0, 0, 0, Optional.empty(), 0, ids,
                List.of("urn:uuid:" + substance));
    }

    static SourceWeek shop(String id, boolean... runs) {
        List<Boolean> list = new ArrayList<>();
        for (boolean r : runs) {
            list.add(r);
        }
        return new SourceWeek(SourceId.of(id), SourceKind.WEBSHOP, list, 10, 0, List.of());
    }

    static SourceWeek stock(String id, int offers, int outOfStock) {
        return new SourceWeek(SourceId.of(id), SourceKind.WEBSHOP, List.of(true), offers, outOfStock, List.of());
    }

    /** One MarketWeek per element, starting at 2026-W01; each element holds that week's records. */
    static History history(List<List<Object>> perWeek) {
        List<MarketWeek> weeks = new ArrayList<>();
        for (int i = 0; i < perWeek.size(); i++) {
            List<SubstanceWeek> subs = new ArrayList<>();
            List<SourceWeek> srcs = new ArrayList<>();
            List<UnknownSighting> unknown = new ArrayList<>();
            for (Object o : perWeek.get(i)) {
                switch (o) {
                    case SubstanceWeek s -> subs.add(s);
                    case SourceWeek s -> srcs.add(s);
                    case UnknownSighting u -> unknown.add(u);
                    default -> throw new IllegalArgumentException("not a week record: " + o);
                }
            }
            weeks.add(MarketWeek.of(W1.plusWeeks(i), subs, srcs, unknown));
        }
        return new History(weeks);
    }

    static IsoWeek week(int index) {
        return W1.plusWeeks(index);
    }
}
