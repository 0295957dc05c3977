package org.npswatch.index;

import java.io.IOException;
import java.nio.file.Path;
import org.npswatch.model.SourceKind;

/**
 * Run in a child JVM by {@link OfferIndexCrashTest}: stages week 2 of the chem shop crawl,
 * flushes the uncommitted segments to disk, and halts the JVM like a kill -9 would, without
 * closing the index, the writer or its lock.
 */
public final class CrashingCrawl {
    private CrashingCrawl() {}

    public static void main(String[] args) throws IOException {
        OfferIndex index = OfferIndex.open(Path.of(args[0]), TestLexicon.load());
        index.stageCrawl(Market.CHEMSHOP, SourceKind.WEBSHOP, Market.crawlId(Market.CHEMSHOP, 2), Market.WEEK2,
                Market.chemshop(2), Market.evidence(Market.chemshop(2), 2));
        index.flushUncommitted();
        System.out.println("staged");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
