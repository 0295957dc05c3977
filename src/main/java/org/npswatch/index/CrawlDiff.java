package org.npswatch.index;

import java.util.List;

/**
 * What one crawl changed in a source's listings, as listing keys.
 *
 * @param added listings never seen before
 * @param changed listings whose price tiers, stock, product name or substances changed
 * @param unchanged listings seen again as they were
 * @param gone listings of this source seen before but not in this crawl (kept, marked gone)
 * @param returned listings marked gone earlier and seen again in this crawl
 */
public record CrawlDiff(
        List<String> added, List<String> changed, List<String> unchanged, List<String> gone, List<String> returned) {
    public CrawlDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        gone = List.copyOf(gone);
        returned = List.copyOf(returned);
    }

    /** Listings seen in this crawl. */
    public int seen() {
        return added.size() + changed.size() + unchanged.size() + returned.size();
    }

    @Override
    public String toString() {
        return "new " + added.size() + ", changed " + changed.size() + ", unchanged " + unchanged.size()
                + ", gone " + gone.size() + ", back " + returned.size();
    }
}
