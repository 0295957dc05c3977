package org.npswatch.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** One line of a price list: this quantity costs this much ("5g 50"). */
public record PriceTier(Quantity quantity, Money price) {
    public PriceTier {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
    }

    /** Price per base unit (per gram, per ml or per piece), rounded to 4 decimals. */
    public Money pricePerBaseUnit() {
        BigDecimal per = price.amount()
                .divide(quantity.inBaseUnits(), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_UP);
        return new Money(per, price.currency());
    }

    @Override
    public String toString() {
        return quantity + " " + price;
    }
}
