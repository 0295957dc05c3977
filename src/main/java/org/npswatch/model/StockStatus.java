package org.npswatch.model;

import java.util.Optional;

/** Whether an offer can be bought now, as far as the page says. */
public enum StockStatus {
    IN_STOCK,
    OUT_OF_STOCK,
    UNKNOWN;

    /** true, false, or empty when the page does not say. */
    public Optional<Boolean> asBoolean() {
        return switch (this) {
            case IN_STOCK -> Optional.of(true);
            case OUT_OF_STOCK -> Optional.of(false);
            case UNKNOWN -> Optional.empty();
        };
    }
}
