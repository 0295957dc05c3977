package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;

/** The whole engine replayed over the synthetic market with its injected events. */
class DetectionEngineTest {
    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionConfig.defaults());

    private static List<Flag> replay(long seed, Noise noise, double failedRuns) {
        return ENGINE.replay(new SyntheticMarket(noise, 10, seed, failedRuns).generate());
    }

    private static List<Flag> of(List<Flag> flags, FlagType type, String subject) {
        return flags.stream().filter(f -> f.type() == type && f.subject().equals(subject)).toList();
    }

    private static int index(IsoWeek week) {
        return (int) SyntheticMarket.FIRST.weeksUntil(week);
    }

    @Test
    void everyInjectedEventIsFlaggedInTheWeekItFires() {
        List<Flag> flags = replay(7, Noise.POISSON, 0.0);
        assertEquals(List.of(SyntheticMarket.NEW_WEEK),
                of(flags, FlagType.NEW_SUBSTANCE, SyntheticMarket.NEW_SUBSTANCE).stream().map(f -> index(f.week())).toList());
        assertEquals(List.of(SyntheticMarket.UNKNOWN_WEEK),
                flags.stream().filter(f -> f.type() == FlagType.UNKNOWN_NAME).map(f -> index(f.week())).toList());
        assertEquals(List.of(0), of(flags, FlagType.SCHEDULED_STILL_OFFERED, "mdma").stream().map(f -> index(f.week())).toList());
        assertEquals(List.of(SyntheticMarket.VANISH_WEEK + 1),
                of(flags, FlagType.AVAILABILITY, SyntheticMarket.VANISHING_SHOP).stream().map(f -> index(f.week())).toList());
        List<Flag> price = of(flags, FlagType.PRICE_CHANGE, SyntheticMarket.PRICE_DROP);
        assertEquals(List.of(SyntheticMarket.PRICE_WEEK), price.stream().map(f -> index(f.week())).toList());
        assertEquals(Optional.of(Direction.DOWN), price.getFirst().direction());
        List<Flag> rise = of(flags, FlagType.VOLUME_CHANGE, SyntheticMarket.DOUBLING);
        assertEquals(1, rise.size(), rise.toString());
        assertTrue(index(rise.getFirst().week()) - SyntheticMarket.CHANGE_WEEK <= 1, rise.toString());
        assertEquals(Optional.of(Direction.UP), rise.getFirst().direction());
        List<Flag> fall = of(flags, FlagType.VOLUME_CHANGE, SyntheticMarket.HALVING);
        assertEquals(1, fall.size(), fall.toString());
        assertTrue(index(fall.getFirst().week()) - SyntheticMarket.CHANGE_WEEK <= 3, fall.toString());
        assertEquals(Optional.of(Direction.DOWN), fall.getFirst().direction());
    }

    @Test
    void replayAnnouncesEachKeyOnceAndLiveDetectionAgreesWithIt() {
        History history = new SyntheticMarket(Noise.POISSON, 10, 11, 0.03).generate();
        List<Flag> replayed = ENGINE.replay(history);
        Set<String> keys = new HashSet<>();
        replayed.forEach(f -> assertTrue(keys.add(f.dedupKey()), "announced twice: " + f.dedupKey()));
        Set<String> announced = new HashSet<>();
        int live = 0;
        for (MarketWeek week : history.weeks()) {
            for (Flag f : ENGINE.detect(history, week.week(), announced)) {
                announced.add(f.dedupKey());
                live++;
            }
        }
        assertEquals(replayed.size(), live);
        assertEquals(keys, announced);
    }

    @Test
    void falseVolumeFlagsStayBelowOnePerHundredSubstanceWeeks() {
        for (Noise noise : List.of(Noise.POISSON, Noise.NEGBIN_2)) {
            long falseFlags = 0;
            long substanceWeeks = 0;
            for (long seed = 100; seed < 106; seed++) {
                SyntheticMarket market = new SyntheticMarket(noise, 10, seed, 0.03);
                falseFlags += ENGINE.replay(market.generate()).stream()
                        .filter(f -> f.type() == FlagType.VOLUME_CHANGE)
                        .filter(f -> !SyntheticMarket.EVENT_SUBSTANCES.contains(f.subject()))
                        .count();
                substanceWeeks += (long) market.quietSubstances() * (SyntheticMarket.WEEKS - 5);
            }
            double per100 = 100.0 * falseFlags / substanceWeeks;
            assertTrue(per100 <= 1.0, noise.name() + ": " + per100 + " false volume flags per 100 substance-weeks");
        }
    }
}
