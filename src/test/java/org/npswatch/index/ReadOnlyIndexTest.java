package org.npswatch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Money;
import org.npswatch.model.Offer;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Quantity;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.StockStatus;
import org.npswatch.model.Unit;

/** Searching while the service holds the index open for writing. */
class ReadOnlyIndexTest {
    @TempDir
    Path data;

    private final Lexicon lexicon = Lexicon.fromClasspath();

    @Test
    void aReaderSearchesWhileTheWriterIsOpenAndCannotWrite() {
        SourceId shop = SourceId.of("rc-shop");
        Offer mmc = new Offer(shop, URI.create("https://rc-shop.example/product/3-mmc/"), "3-MMC Crystal 5g",
                List.of("3-MMC"), List.of(), List.of(new PriceTier(new Quantity(new BigDecimal("5"), Unit.GRAM),
                        Money.of("45.00", "EUR"))), StockStatus.IN_STOCK, Optional.empty());
        try (OfferIndex writer = OfferIndex.open(data, lexicon)) {
            writer.recordCrawl(shop, SourceKind.WEBSHOP, "c1", Instant.parse("2026-03-02T03:00:00Z"), List.of(mmc), Map.of());
            // a second writer is refused while the service writes ...
            IndexException busy = assertThrows(IndexException.class, () -> OfferIndex.open(data, lexicon));
            assertTrue(busy.getMessage().contains("in use by another npswatch process"), busy.getMessage());
            // ... but a reader opens and finds what was committed
            try (OfferIndex reader = OfferIndex.openReadOnly(data, lexicon)) {
                assertEquals(1, reader.search(SearchRequest.all(10).withSubstance("3mmc")).totalHits());
                IndexException readOnly = assertThrows(IndexException.class, () -> reader.recordCrawl(shop,
                        SourceKind.WEBSHOP, "c2", Instant.parse("2026-03-09T03:00:00Z"), List.of(mmc), Map.of()));
                assertTrue(readOnly.getMessage().contains("read-only"), readOnly.getMessage());
            }
        }
    }

    @Test
    void readingADataDirectoryWithoutAnIndexSaysSo() {
        IndexException e = assertThrows(IndexException.class, () -> OfferIndex.openReadOnly(data, lexicon));
        assertTrue(e.getMessage().contains("no index here yet"), e.getMessage());
    }
}
