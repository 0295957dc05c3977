package org.npswatch.model;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a unit, e.g. 5 g or 10 pellets. */
public record Quantity(BigDecimal amount, Unit unit) {
    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + amount);
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    /** This quantity in the base unit of its dimension (g, ml or pieces). */
    public BigDecimal inBaseUnits() {
        return amount.multiply(unit.toBase());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.symbol();
    }
}
