package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {
    private final PlaceGazetteer places = PlaceGazetteer.load(Path.of("lexicons/places.txt"));

    @Test
    void findsCitiesRegionsAndAreaCodesInMenus() {
        assertEquals(List.of("Amsterdam", "Amstelveen", "Diemen"),
                places.find("❄️ TOP COKE ❄️\n1g - 60\n📦 Bezorging Amsterdam, Amstelveen & Diemen\n📲 DM @snowman020"));
        assertEquals(List.of("Utrecht"), places.find("Keta shards 1g €30 | Utrecht + 030 regio, snelle levering"));
        assertEquals(List.of("Rotterdam"), places.find("Verkoop van cocaine in regio Rotterdam 010. Snelle service"));
        assertEquals(List.of("Den Haag", "Rijswijk", "Delft"), places.find("Den Haag, Rijswijk, Delft 🚗💨"));
        assertEquals(List.of("Nederland"), places.find("Verzending heel NL (PostNL, discreet)"));
        assertEquals(List.of("Den Bosch"), places.find("hey, iemand hier die 4mmc heeft? regio 's-Hertogenbosch"));
        assertEquals(List.of("Noord-Brabant", "Nederland"), places.find("Nieuw drugslab in Brabant, heel Nederland geschrokken"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), places.find("1g 60 | 5g 275 | 10g 500 | bestel 24/7 via dm, online sinds 2020"));
        assertEquals(List.of(), places.find("Mandy MDMA kristallen, snelle service"));
        assertEquals(List.of(), places.find("Ik ben in de buurt, wie kan er nu langs komen? Be quick, 02:30 is te laat"));
    }

    @Test
    void badLineNamesFileAndLine() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> PlaceGazetteer.parse("places.txt", "# c\nAmsterdam | town | 020\n"));
        assertEquals("places.txt:2: kind must be city, region or country, got 'town'", e.getMessage());
    }
}
