package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

class TierListParserTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    /** "1 g 12.5 EUR, 5 g 50 EUR" style expectations: quantity unit price currency, comma separated. */
    private static List<PriceTier> tiers(String spec) {
        return Arrays.stream(spec.split(",")).map(String::strip).map(t -> t.split(" "))
                .map(f -> new PriceTier(Quantity.of(f[0], Unit.fromSymbol(f[1]).orElseThrow()), Money.of(f[2], f[3])))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "1g 12,50 | 5g 50 | 10g 90; 1 g 12.5 EUR, 5 g 50 EUR, 10 g 90 EUR",
        "'1g - €50\n5g - €220'; 1 g 50 EUR, 5 g 220 EUR",
        "10 pillen 40; 10 tab 40 EUR",
        "1g: 12.50€ / 5g: 50€; 1 g 12.5 EUR, 5 g 50 EUR",
        "5 gram €50,00; 5 g 50 EUR",
        "100 stuks € 150; 100 pcs 150 EUR",
        "'Pink Tesla 270mg\n10 pillen 40\n50 pillen 150\n100 pillen 250\n1000 pillen 1.800'; 10 tab 40 EUR, 50 tab 150 EUR, 100 tab 250 EUR, 1000 tab 1800 EUR",
        "'1 g\t€ 12,50\n5 g\t€ 49,95\n10 g\t€ 1.250,00'; 1 g 12.5 EUR, 5 g 49.95 EUR, 10 g 1250 EUR",
        "€50 per gram, €220 for 5 grams; 1 g 50 EUR, 5 g 220 EUR",
        "1 gram = £10 | 3.5 grams = £30 | 28 grams = £200; 1 g 10 GBP, 3.5 g 30 GBP, 28 g 200 GBP",
        "1 szt. 45 zł, 10 szt. 400 zł; 1 pcs 45 PLN, 10 pcs 400 PLN",
        "1g 45,00 zł / 5g 200,00 zł; 1 g 45 PLN, 5 g 200 PLN",
        "5 Gramm: 49,90 €  10 Gramm: 89,90 €; 5 g 49.9 EUR, 10 g 89.9 EUR",
        "10 x blotters $60; 10 blotter 60 USD",
        "3-MMC 1g 12,50 | 5g 50; 1 g 12.5 EUR, 5 g 50 EUR",
        "MDMA 84% 1g 30 5g 120; 1 g 30 EUR, 5 g 120 EUR",
        "1kg 2.500 | 500g 1.400; 500 g 1400 EUR, 1 kg 2500 EUR",
        "20 pellets CHF 30.- 50 pellets CHF 65.-; 20 pellet 30 CHF, 50 pellet 65 CHF",
        "10ml 15 | 10ml 18; 10 ml 15 EUR",
        "'2-FDCK\n1g ➡️ 20\n5g ➡️ 80'; 1 g 20 EUR, 5 g 80 EUR",
    })
    void readsRealisticPriceLists(String text, String expected) {
        assertEquals(tiers(expected), TierListParser.parse(text, EUR), text);
    }

    @Test
    void withoutDefaultCurrencyBareAmountsTakeTheTextsCurrency() {
        assertEquals(tiers("1 g 50 EUR, 5 g 220 EUR"),
                TierListParser.parse("1g €50 | 5g 220", Optional.empty(), MoneyParser.DecimalMark.UNKNOWN));
    }

    @Test
    void withoutAnyCurrencyThereAreNoTiers() {
        assertEquals(List.of(), TierListParser.parse("1g 50 | 5g 220", Optional.empty(), MoneyParser.DecimalMark.UNKNOWN));
    }

    @Test
    void textWithoutPricesHasNoTiers() {
        assertEquals(List.of(), TierListParser.parse("3-MMC is a cathinone, take 100mg at most.", EUR));
        assertEquals(List.of(), TierListParser.parse("€12,50 – €90,00", EUR));
    }
}
