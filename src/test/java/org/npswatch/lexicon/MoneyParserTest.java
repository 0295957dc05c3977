package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.npswatch.lexicon.MoneyParser.DecimalMark;
import org.npswatch.model.Money;

class MoneyParserTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
        "€12,50; 12.5; EUR",
        "€ 12,50; 12.5; EUR",
        "12.50 EUR; 12.5; EUR",
        "12,50 €; 12.5; EUR",
        "12,50\u00A0€; 12.5; EUR",
        "EUR 1.250,00; 1250; EUR",
        "€1,250.00; 1250; EUR",
        "1 250,00 zł; 1250; PLN",
        "1\u00A0250,00 €; 1250; EUR",
        "£9.99; 9.99; GBP",
        "45 zł; 45; PLN",
        "45,00 PLN; 45; PLN",
        "45 zl; 45; PLN",
        "$20; 20; USD",
        "US$ 20.00; 20; USD",
        "CHF 30.-; 30; CHF",
        "30,- CHF; 30; CHF",
        "Fr. 1'250.50; 1250.5; CHF",
        "Prijs: € 1.250; 1250; EUR",
        "Preis: 12,50 € inkl. MwSt.; 12.5; EUR",
        "Cena: 89,99 zł brutto; 89.99; PLN",
        "from €0.50; 0.5; EUR",
        "EUR12,50; 12.5; EUR",
        "12.5 euro; 12.5; EUR",
    })
    void readsPricesWithTheirCurrency(String text, String amount, String currency) {
        Optional<Money> money = MoneyParser.parse(text);
        assertEquals(Optional.of(new Money(new BigDecimal(amount), Currency.getInstance(currency))), money, text);
    }

    @Test
    void bareNumberTakesTheDefaultCurrency() {
        assertEquals(Optional.of(Money.of("12.5", "EUR")), MoneyParser.parse("12,5", EUR));
        assertEquals(Optional.of(Money.of("40", "EUR")), MoneyParser.parse("10 pillen 40", EUR));
    }

    @Test
    void bareNumberWithoutDefaultCurrencyIsNoPrice() {
        assertEquals(Optional.empty(), MoneyParser.parse("12,5"));
    }

    @Test
    void markedAmountWinsOverEarlierBareNumber() {
        assertEquals(Optional.of(Money.of("45", "GBP")), MoneyParser.parse("Only 3 left: £45", EUR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "3-MMC kristallen", "2C-B", "5F-ADB", "MDMB-4en-PINACA", "MDMA 84%", "12.05.2024", "open 10:30",
        "1g", "4-FA 100mg",
    })
    void numbersInNamesDatesAndQuantitiesAreNoPrices(String text) {
        assertEquals(Optional.empty(), MoneyParser.parse(text, EUR), text);
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "1.250; UNKNOWN; 1250",
        "1.250; COMMA; 1250",
        "1.250; DOT; 1.25",
        "1,250; UNKNOWN; 1250",
        "1,250; DOT; 1250",
        "1,250; COMMA; 1.25",
        "1.25; UNKNOWN; 1.25",
        "1,25; UNKNOWN; 1.25",
        "1.000; DOT; 1000",
        "0.125; UNKNOWN; 0.125",
        "1.250.000; UNKNOWN; 1250000",
        "1,250,000.50; UNKNOWN; 1250000.50",
        "1.250.000,50; UNKNOWN; 1250000.50",
        "12,-; UNKNOWN; 12",
        "30.-; UNKNOWN; 30",
    })
    void resolvesSeparatorsByStructureAndHint(String number, DecimalMark hint, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(MoneyParser.parseAmount(number, hint).orElseThrow()), number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"12.05.2024", "1,2,3", "12.5.0", "1.25.000"})
    void rejectsMalformedNumbers(String number) {
        assertTrue(MoneyParser.parseAmount(number, DecimalMark.UNKNOWN).isEmpty(), number);
    }

    @Test
    void guessesTheDecimalMarkFromUnambiguousAmounts() {
        assertEquals(DecimalMark.COMMA, DecimalMark.guess("1g 12,50 5g 49,95 10g 1.250"));
        assertEquals(DecimalMark.DOT, DecimalMark.guess("1g 12.50 5g 49.95"));
        assertEquals(DecimalMark.UNKNOWN, DecimalMark.guess("1g 50 5g 220"));
        assertEquals(DecimalMark.COMMA, DecimalMark.forLocale(Locale.forLanguageTag("nl-NL")));
        assertEquals(DecimalMark.DOT, DecimalMark.forLocale(Locale.UK));
    }

    @Test
    void ambiguousThousandsFollowTheDecimalMarkOfTheRestOfTheText() {
        assertEquals(Optional.of(Money.of("1.25", "EUR")), MoneyParser.parse("€1.250 or €12.50"));
        assertEquals(Optional.of(Money.of("1250", "EUR")), MoneyParser.parse("€1.250 of €12,50"));
    }

    @Test
    void knowsCurrencyMarks() {
        assertEquals(Optional.of(Currency.getInstance("PLN")), MoneyParser.currency("zł"));
        assertEquals(Optional.of(Currency.getInstance("CHF")), MoneyParser.currency("Fr."));
        assertEquals(Optional.of(Currency.getInstance("EUR")), MoneyParser.findCurrency("Prijs vanaf € 12"));
        assertEquals(Optional.empty(), MoneyParser.findCurrency("no price here"));
    }
}
