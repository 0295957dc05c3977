package org.npswatch.market;

import java.util.List;
import java.util.Objects;

/**
 * Everything that fixes a simulated market history: how many weeks, the seed of its noise, its
 * calendar and its scheduled events. Read from a scenario file by {@link ScenarioLoader}; the
 * standard one ships as {@code market/standard.yaml}.
 *
 * @param weeks simulated weeks, week 0 being the first crawl; 1 to {@link #MAX_WEEKS}
 * @param seed the seed of every random choice (same seed and same events: same market)
 * @param clock the calendar (the Monday of week 0)
 * @param events scheduled events, noise and base levels
 */
public record MarketScenario(int weeks, long seed, MarketClock clock, MarketEvents events) {
    /** The longest history a scenario may describe: three years. */
    public static final int MAX_WEEKS = 156;

    /** The classpath resource of the standard scenario. */
    public static final String STANDARD_RESOURCE = "market/standard.yaml";

    public MarketScenario {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be between 1 and " + MAX_WEEKS + ": " + weeks);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
    }

    /** The standard scenario: 26 weeks from Monday 2026-01-05, seed 42, {@link MarketEvents#standard()}'s events. */
    public static MarketScenario standard() {
        return Standard.SCENARIO;
    }

    /** The same scenario over another number of weeks; events from week {@code n} on then never happen. */
    public MarketScenario withWeeks(int n) {
        return new MarketScenario(n, seed, clock, events);
    }

    /** The same scenario with another seed. */
    public MarketScenario withSeed(long otherSeed) {
        return new MarketScenario(weeks, otherSeed, clock, events);
    }

    /** The injected events that take effect within the scenario's weeks, in order of week: the answer key. */
    public List<InjectedEvent> injected() {
        return events.injected().stream().filter(e -> e.week() < weeks).toList();
    }

    /** The events scheduled at or after {@link #weeks()}, which this history does not reach. */
    public List<InjectedEvent> beyondLastWeek() {
        return events.injected().stream().filter(e -> e.week() >= weeks).toList();
    }

    /** Read once, on first use: a broken resource is a build defect, which the scenario tests catch. */
    private static final class Standard {
        static final MarketScenario SCENARIO = ScenarioLoader.exactNames().fromClasspath(STANDARD_RESOURCE);
    }
}
