package org.npswatch.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The simulated calendar: week 0 starts on a Monday ({@link #STANDARD}: Monday 5 January 2026, or
 * a scenario's {@code start}). Simulated dates appear in Last-Modified headers, sitemaps and JSON
 * timestamps; they never depend on the real clock, so the same seed and week give the same bytes.
 *
 * @param weekZero the Monday of week 0
 */
public record MarketClock(LocalDate weekZero) {
    /** The Monday of week 0 of the standard calendar. */
    public static final LocalDate WEEK_ZERO = LocalDate.of(2026, 1, 5);

    /** Week 0 on Monday 2026-01-05: the calendar of the demo, the tests and the standard scenario. */
    public static final MarketClock STANDARD = new MarketClock(WEEK_ZERO);

    public MarketClock {
        Objects.requireNonNull(weekZero, "weekZero");
        if (weekZero.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("week 0 must start on a Monday, " + weekZero + " is a " + weekZero.getDayOfWeek());
        }
    }

    /** The Monday of a week. */
    public LocalDate weekStart(int week) {
        return weekZero.plusWeeks(week);
    }

    /** 06:00 UTC on the Monday of the week: when the shops publish that week's changes. */
    public Instant publishedAt(int week) {
        return weekStart(week).atTime(6, 0).toInstant(ZoneOffset.UTC);
    }
}
