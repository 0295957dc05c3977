package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.npswatch.model.Quantity;
import org.npswatch.model.Unit;

class QuantityParserTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
        "1g; 1; g", "1 gram; 1; g", "5 grams; 5; g", "0.5g; 0.5; g", "0,5 gram; 0.5; g", "500mg; 500; mg",
        "1 kilo; 1; kg", "1kg; 1; kg", "10ml; 10; ml", "10 x blotters; 10; blotter", "10x blotters; 10; blotter",
        "20 pellets; 20; pellet", "10 pillen; 10; tab", "100 stuks; 100; pcs", "1000 pills; 1000; tab",
        "1.000 pillen; 1000; tab", "5 tabs; 5; tab", "per gram; 1; g", "1 Stück; 1; pcs", "1 szt.; 1; pcs",
        "5-gram; 5; g", "0-5-gram; 0.5; g", "1/2 gram; 0.5; g", "25 Gramm; 25; g", "10 Kapseln; 10; caps",
        "150µg; 150; ug", "1 oz; 1; oz", "2 sztuki; 2; pcs", "pro Gramm; 1; g", "50 tabletten; 50; tab",
        "Pack of 5 blotters; 5; blotter", "GBL 1 liter; 1; l",
    })
    void readsQuantities(String text, String amount, String symbol) {
        assertEquals(Optional.of(Quantity.of(amount, Unit.fromSymbol(symbol).orElseThrow())), QuantityParser.parse(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"3-MMC", "2C-B Kristal", "Default Title", "5F-ADB", "MDMA 84%", "4-FA"})
    void findsNoQuantityInNamesWithoutOne(String text) {
        assertEquals(Optional.empty(), QuantityParser.parse(text), text);
    }

    @Test
    void packSizePrefersTheCountOverTheStrengthOfOnePill() {
        assertEquals(Optional.of(Quantity.of("10", Unit.TABLET)), QuantityParser.packSize("Pink Tesla 270mg - 10 pillen"));
        assertEquals(Optional.of(Quantity.of("1", Unit.GRAM)), QuantityParser.packSize("MDMA kristal 84% 1g"));
        assertEquals(Optional.empty(), QuantityParser.packSize("3-MMC"));
    }

    @Test
    void findsEveryQuantityInOrder() {
        assertEquals(List.of(Quantity.of("1", Unit.GRAM), Quantity.of("5", Unit.GRAM)), QuantityParser.findAll("1g or 5g"));
    }
}
