package org.npswatch.lexicon;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.npswatch.model.Quantity;

/** A piece of a price text that matters for price lists: an amount of money or a quantity. */
sealed interface PriceToken permits PriceToken.Amount, PriceToken.Measure {
    int start();

    int end();

    /** A number that is no quantity: a price, with its currency when the text names one. */
    record Amount(BigDecimal value, Optional<Currency> currency, int start, int end) implements PriceToken {}

    /** A quantity ("5g", "10 pillen", "per gram"). */
    record Measure(Quantity quantity, int start, int end) implements PriceToken {}
}
