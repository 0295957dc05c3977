package org.npswatch.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Unit;

class UnitVocabularyTest {
    @Test
    void shippedVocabularyCoversEnglishDutchGermanAndPolishWords() {
        UnitVocabulary v = UnitVocabulary.shipped();
        assertEquals(Optional.of(Unit.GRAM), v.unit("Gramm"));
        assertEquals(Optional.of(Unit.TABLET), v.unit("pillen"));
        assertEquals(Optional.of(Unit.PIECE), v.unit("Stück"));
        assertEquals(Optional.of(Unit.PIECE), v.unit("szt."));
        assertEquals(Optional.of(Unit.BLOTTER), v.unit("blotters"));
        assertEquals(Optional.of(Unit.KILOGRAM), v.unit("kilo"));
        assertTrue(v.unit("mmc").isEmpty());
    }

    @Test
    void badLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("units.txt");
        Files.writeString(file, "# units\ngram | g\nbrick | brick\n");
        LexiconException e = assertThrows(LexiconException.class, () -> UnitVocabulary.load(file));
        assertTrue(e.getMessage().startsWith(file + ":3: unknown unit symbol 'brick'"), e.getMessage());
    }
}
