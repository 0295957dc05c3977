package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LevelShiftTest {
    private static final double Z = 3.0;

    @Test
    void aStationaryWindowIsKeptWhole() {
        long[] counts = {30, 28, 33, 29, 31, 27, 30, 32, 29, 31, 30, 28, 34, 29, 31, 30};
        assertEquals(Optional.of(new LevelShift.Segment(0, 16)), LevelShift.baseline(counts, 0, 16, 4, 1.0, Z));
    }

    @Test
    void afterADoublingTheBaselineIsTheNewLevelOnceItHasEnoughWeeks() {
        long[] counts = {15, 14, 16, 15, 13, 17, 15, 14, 30, 31, 29, 32, 28};
        assertEquals(Optional.of(new LevelShift.Segment(8, 13)), LevelShift.baseline(counts, 0, 13, 4, 1.0, Z));
    }

    @Test
    void untilTheNewLevelHasEnoughWeeksTheBaselineIsTheOldOne() {
        long[] counts = {15, 14, 16, 15, 13, 17, 15, 14, 30, 31, 29};
        assertEquals(Optional.of(new LevelShift.Segment(0, 8)), LevelShift.baseline(counts, 0, 11, 4, 1.0, Z));
    }

    @Test
    void aShiftTheDispersionExplainsIsNoShift() {
        long[] counts = {15, 14, 16, 15, 13, 17, 15, 14, 24, 25, 23, 26, 22};
        assertEquals(Optional.of(new LevelShift.Segment(8, 13)), LevelShift.baseline(counts, 0, 13, 4, 1.0, Z),
                "+60% is a shift for Poisson counts");
        assertEquals(Optional.of(new LevelShift.Segment(0, 13)), LevelShift.baseline(counts, 0, 13, 4, 4.0, Z),
                "but not for counts four times as variable");
    }

    @Test
    void aYoungSeriesThatHasNotSettledHasNoBaseline() {
        long[] counts = {2, 3, 2, 20, 22, 21};
        assertEquals(Optional.empty(), LevelShift.baseline(counts, 0, 6, 4, 1.0, Z));
    }
}
