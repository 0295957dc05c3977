package org.npswatch.market;

import java.util.List;
import java.util.Objects;

/** A shop in one week: its definition, whether it answers, and what it lists. */
record ShopState(ShopSpec spec, Availability availability, List<Listing> listings) {
    ShopState {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(availability, "availability");
        listings = List.copyOf(listings);
    }
}
