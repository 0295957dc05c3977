package org.npswatch.detect;

import java.util.List;
import java.util.Objects;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * One monitored source (shop or Telegram chat) in one ISO week.
 *
 * @param runs outcome of each scheduled crawl of the source in the week, in time order: true when
 *     the run reached the source and read it, false when the source was not reachable or gone
 *     (a missing page, DNS failure, "join" page); empty when no run was scheduled that week
 * @param offers offers (shops) or offer posts (Telegram) seen in the week
 * @param outOfStock how many of those offers were marked out of stock
 */
public record SourceWeek(
        SourceId source, SourceKind kind, List<Boolean> runs, int offers, int outOfStock, List<String> evidence) {
    public SourceWeek {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        runs = List.copyOf(runs);
        if (offers < 0 || outOfStock < 0 || outOfStock > offers) {
            throw new IllegalArgumentException(
                    "source " + source + ": need 0 <= outOfStock (" + outOfStock + ") <= offers (" + offers + ")");
        }
        evidence = List.copyOf(evidence);
    }

    /** Whether any run of the week reached the source. */
    public boolean seen() {
        return runs.contains(Boolean.TRUE);
    }
}
