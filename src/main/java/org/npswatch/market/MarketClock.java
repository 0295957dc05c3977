package org.npswatch.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The simulated calendar: week 0 starts on Monday 5 January 2026. Simulated dates appear in
 * Last-Modified headers, sitemaps and JSON timestamps; they never depend on the real clock, so
 * the same seed and week give the same bytes.
 */
public final class MarketClock {
    /** The Monday of week 0. */
    public static final LocalDate WEEK_ZERO = LocalDate.of(2026, 1, 5);

    private MarketClock() {}

    public static LocalDate weekStart(int week) {
        return WEEK_ZERO.plusWeeks(week);
    }

    /** 06:00 UTC on the Monday of the week: when the shops publish that week's changes. */
    public static Instant publishedAt(int week) {
        return weekStart(week).atTime(6, 0).toInstant(ZoneOffset.UTC);
    }
}
