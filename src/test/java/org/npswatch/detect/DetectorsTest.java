package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.npswatch.detect.Weeks.history;
import static org.npswatch.detect.Weeks.week;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Series;
import org.npswatch.model.SourceId;

class DetectorsTest {
    private static final DetectionConfig CONFIG = DetectionConfig.defaults();

    private static List<List<Object>> weeks(int n) {
        List<List<Object>> weeks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            weeks.add(new ArrayList<>());
        }
        return weeks;
    }

    @Test
    void newSubstanceFiresInItsFirstWeekAndAgainOnlyAfterTheAbsence() {
        List<List<Object>> w = weeks(16);
        w.get(0).add(Weeks.posts("mdma", 5)); // present when monitoring starts: warm-up, no flag
        w.get(2).add(Weeks.posts("3-mmc", 1));
        w.get(5).add(Weeks.posts("3-mmc", 2)); // absent 2 weeks: not new again
        w.get(15).add(Weeks.posts("3-mmc", 1)); // absent 9 weeks (> 8): new again
        History h = history(w);
        NewSubstanceDetector d = new NewSubstanceDetector(CONFIG);
        assertEquals(List.of(), d.detect(h, week(0)));
        assertEquals(List.of("3-mmc"), d.detect(h, week(2)).stream().map(Flag::subject).toList());
        assertEquals(List.of(), d.detect(h, week(5)));
        List<Flag> again = d.detect(h, week(15));
        assertEquals(1, again.size());
        assertEquals("3-mmc is offered again after an absence since 2026-W06: 0 shop offer(s) in 0 shop(s), "
                + "1 Telegram post(s) from 1 seller(s)", again.getFirst().explanation());
        assertEquals(List.of("tg/3-mmc"), again.getFirst().evidence());
    }

    @Test
    void unknownNamesAreGroupedAcrossGreekAndLatinSpellings() {
        List<List<Object>> w = weeks(2);
        w.get(0).add(new UnknownSighting("α-PHiP", SourceId.of("shop-a"), "urn:uuid:1"));
        w.get(0).add(new UnknownSighting("alpha-PHiP", SourceId.of("chan-b"), "chan-b/7"));
        w.get(0).add(new UnknownSighting("a-phip", SourceId.of("shop-a"), "urn:uuid:2"));
        w.get(0).add(new UnknownSighting("alpha-PHiP", SourceId.of("shop-c"), "urn:uuid:3"));
        w.get(0).add(new UnknownSighting("4F-MPH X", SourceId.of("shop-c"), "urn:uuid:4"));
        w.get(1).add(new UnknownSighting("A PHiP", SourceId.of("shop-d"), "urn:uuid:5"));
        History h = history(w);
        List<Flag> flags = new UnknownNameDetector().detect(h, week(0));
        assertEquals(List.of("4F-MPH X", "alpha-PHiP"), flags.stream().map(Flag::subject).toList());
        Flag phip = flags.get(1);
        assertEquals("UNKNOWN_NAME|alphaphip", phip.dedupKey());
        assertEquals(List.of("urn:uuid:1", "chan-b/7", "urn:uuid:2", "urn:uuid:3"), phip.evidence());
        assertEquals("unknown substance-like name alpha-PHiP (spellings: a-phip, alpha-PHiP, α-PHiP) seen 4 time(s) in "
                + "chan-b, shop-a, shop-c", phip.explanation());
        assertEquals(List.of(), new UnknownNameDetector().detect(h, week(1)), "same group next week is not new");
    }

    @Test
    void scheduledSubstanceInClearnetShopsIsFlaggedOncePerSubstanceNamingTheShops() {
        List<List<Object>> w = weeks(4);
        w.get(0).add(Weeks.inShop("mdma", LegalStatus.OPIUM_ACT_LIST_I, "pharma-nl"));
        w.get(1).add(Weeks.inShop("mdma", LegalStatus.OPIUM_ACT_LIST_I, "pharma-nl", "apotheek-x"));
        w.get(2).add(Weeks.inShop("3-mmc", LegalStatus.OPIUM_ACT_LIST_II, "rc-shop"));
        w.get(3).add(Weeks.inShop("2-fma", LegalStatus.UNLISTED, "rc-shop"));
        History h = history(w);
        ScheduledStillOfferedDetector d = new ScheduledStillOfferedDetector(CONFIG);
        Flag mdma = d.detect(h, week(0)).getFirst();
        assertEquals("pharma-nl", mdma.source().orElseThrow().value());
        assertEquals("mdma (Opium Act list I) is offered in 1 clearnet shop(s): pharma-nl", mdma.explanation());
        assertEquals(List.of(), d.detect(h, week(1)), "a second shop selling mdma is evidence, not a new alarm");
        assertEquals("3-mmc (Opium Act list II) is offered in 1 clearnet shop(s): rc-shop",
                d.detect(h, week(2)).getFirst().explanation());
        assertEquals(List.of(), d.detect(h, week(3)));
    }

    @Test
    void priceDropBeyondThresholdIsFlaggedButThinWeeksAreIgnored() {
        List<List<Object>> w = weeks(7);
        String[] medians = {"20.00", "21.00", "19.00", "20.50", "14.00", "9.00", "14.00"};
        int[] offers = {5, 5, 5, 5, 5, 2, 5};
        for (int i = 0; i < 7; i++) {
            w.get(i).add(Weeks.priced("4-mmc", medians[i], offers[i]));
        }
        History h = history(w);
        PriceChangeDetector d = new PriceChangeDetector(CONFIG.price());
        assertEquals(List.of(), d.detect(h, week(3)));
        Flag drop = d.detect(h, week(4)).getFirst();
        assertEquals(Optional.of(Direction.DOWN), drop.direction());
        assertEquals(Optional.of(Series.MEDIAN_PRICE_PER_GRAM), drop.series());
        assertEquals("20.25", drop.numbers().expected().orElseThrow().toPlainString());
        assertEquals("-0.3086", drop.numbers().statistic().orElseThrow().toPlainString());
        assertEquals(List.of(), d.detect(h, week(5)), "2 priced offers are below the minimum of 3");
        assertEquals(drop.dedupKey(), d.detect(h, week(6)).getFirst().dedupKey(), "still low: same episode");
    }

    @Test
    void oneFailedCrawlIsNoFlagButTwoAreAVanishedShop() {
        List<List<Object>> w = weeks(7);
        boolean[][] runs = {{true}, {true}, {false}, {true}, {false, false}, {false}, {true, true}};
        for (int i = 0; i < runs.length; i++) {
            w.get(i).add(Weeks.shop("shop-x", runs[i]));
        }
        w.get(3).add(Weeks.shop("new-shop", true));
        History h = history(w);
        AvailabilityDetector d = new AvailabilityDetector(CONFIG);
        assertEquals(List.of(), d.detect(h, week(0)), "monitoring start is warm-up");
        assertEquals(List.of(), d.detect(h, week(2)), "a single failed run");
        assertEquals(List.of("AVAILABILITY|new-shop|appeared|2026-W04"), keys(d.detect(h, week(3))));
        assertEquals(List.of("AVAILABILITY|shop-x|vanished|2026-W05"), keys(d.detect(h, week(4))));
        assertEquals(List.of(), d.detect(h, week(5)));
        assertEquals(List.of("AVAILABILITY|shop-x|back|2026-W07"), keys(d.detect(h, week(6))));
    }

    @Test
    void outOfStockWaveIsFlaggedOnceAgainstTheWeekBeforeAndTheShopsUsualTurnover() {
        List<List<Object>> w = weeks(6);
        int[] outOfStock = {2, 1, 2, 2, 10, 11};
        for (int i = 0; i < 6; i++) {
            w.get(i).add(Weeks.stock("shop-y", 20, outOfStock[i]));
        }
        History h = history(w);
        AvailabilityDetector d = new AvailabilityDetector(CONFIG);
        assertEquals(List.of(), d.detect(h, week(3)));
        Flag wave = d.detect(h, week(4)).getFirst();
        assertEquals("shop-y: 10 of 20 offers out of stock (50%) against 10% the week before", wave.explanation());
        assertEquals(List.of(), d.detect(h, week(5)), "a wave that stays is announced in its first week only");
    }

    @Test
    void aSmallShopsOrdinaryStockFlipsAreNoWave() {
        // 14 listings; 4 go out of stock in week 3 and 4 more in week 4: each a jump of 29 points,
        // but 4 of 13 (then of 9) in-stock listings in a week is within a small shop's turnover
        List<List<Object>> w = weeks(5);
        int[] outOfStock = {1, 2, 1, 5, 9};
        for (int i = 0; i < 5; i++) {
            w.get(i).add(Weeks.stock("shop-z", 14, outOfStock[i]));
        }
        History h = history(w);
        AvailabilityDetector d = new AvailabilityDetector(CONFIG);
        assertEquals(List.of(), d.detect(h, week(3)));
        assertEquals(List.of(), d.detect(h, week(4)));
    }

    @Test
    void volumeRiseIsFlaggedOnceWithTheStrongestSeriesAndItsEpisodeStart() {
        List<List<Object>> w = weeks(14);
        long[] posts = {30, 28, 33, 29, 31, 27, 30, 32, 29, 31, 30, 75, 80, 78};
        for (int i = 0; i < posts.length; i++) {
            w.get(i).add(Weeks.posts("3-cmc", (int) posts[i]));
        }
        History h = history(w);
        DetectionEngine engine = new DetectionEngine(List.of(new VolumeChangeDetector(CONFIG.volume())));
        List<Flag> flags = engine.replay(h);
        assertEquals(1, flags.size(), flags.toString());
        Flag rise = flags.getFirst();
        assertEquals(week(11), rise.week());
        assertEquals("VOLUME_CHANGE|3-cmc|up|2026-W12", rise.dedupKey());
        assertEquals(Optional.of(Direction.UP), rise.direction());
        assertEquals("75", rise.numbers().observed().orElseThrow().toPlainString());
        // the baseline: all ten weeks before the guard week (one level, so the window is not cut)
        assertEquals("30", rise.numbers().expected().orElseThrow().toPlainString());
        assertEquals("negbin", rise.numbers().method());
    }

    @Test
    void aDoublingBackAfterAHalvingIsFlaggedAsARiseAgainstTheHalvedLevel() {
        List<List<Object>> w = weeks(20);
        long[] posts = {30, 28, 33, 29, 31, 27, 30, 32, 29, 31, 15, 14, 16, 13, 15, 16, 14, 31, 29, 30};
        for (int i = 0; i < posts.length; i++) {
            w.get(i).add(Weeks.posts("3-mmc", (int) posts[i]));
        }
        List<Flag> flags = new DetectionEngine(List.of(new VolumeChangeDetector(CONFIG.volume()))).replay(history(w));
        // the halving from W11 is caught by the two-week test in W12; the doubling back from W18 at once
        assertEquals(List.of("VOLUME_CHANGE|3-mmc|down|2026-W12", "VOLUME_CHANGE|3-mmc|up|2026-W18"), keys(flags));
        // once the halved level has four weeks it is the baseline the rise is measured against
        assertEquals(15.0, flags.get(1).numbers().expected().orElseThrow().doubleValue(), 1.0);
    }

    @Test
    void aLastingRiseWhoseAlarmsFlickerIsAnnouncedOnce() {
        List<List<Object>> w = weeks(18);
        long[] posts = {20, 22, 19, 21, 18, 20, 23, 19, 20, 21, 40, 27, 26, 41, 27, 26, 40, 42};
        for (int i = 0; i < posts.length; i++) {
            w.get(i).add(Weeks.posts("4-mmc", (int) posts[i]));
        }
        DetectionConfig.Volume noBridge = CONFIG.volume().withEpisodeGapWeeks(0);
        List<Flag> flickering = new DetectionEngine(List.of(new VolumeChangeDetector(noBridge))).replay(history(w));
        assertTrue(flickering.size() > 1, "without bridging, each burst is a new episode: " + keys(flickering));
        List<Flag> flags = new DetectionEngine(List.of(new VolumeChangeDetector(CONFIG.volume()))).replay(history(w));
        assertEquals(List.of("VOLUME_CHANGE|4-mmc|up|2026-W11"), keys(flags));
    }

    @Test
    void smallCountsNeverRaiseVolumeFlags() {
        List<List<Object>> w = weeks(14);
        long[] posts = {0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 4, 4, 0};
        for (int i = 0; i < posts.length; i++) {
            w.get(i).add(Weeks.posts("dox", (int) posts[i]));
        }
        assertEquals(List.of(), new DetectionEngine(List.of(new VolumeChangeDetector(CONFIG.volume()))).replay(history(w)));
    }

    private static List<String> keys(List<Flag> flags) {
        return flags.stream().map(Flag::dedupKey).toList();
    }
}
