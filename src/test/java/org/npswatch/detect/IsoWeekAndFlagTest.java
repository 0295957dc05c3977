package org.npswatch.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Severity;

class IsoWeekAndFlagTest {
    @Test
    void isoWeeksFollowTheWeekBasedYear() {
        assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2026, 12, 31)).toString());
        assertEquals("2027-W01", IsoWeek.parse("2026-W53").plusWeeks(1).toString());
        assertEquals(LocalDate.of(2026, 3, 30), IsoWeek.parse("2026-W14").monday());
        assertEquals(-2, IsoWeek.parse("2026-W14").weeksUntil(IsoWeek.parse("2026-W12")));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53"));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-14"));
    }

    @Test
    void flagIdIsDerivedFromTheKeyAndChecked() {
        String key = "NEW_SUBSTANCE|3-MMC|2026-W14";
        assertEquals(Flag.idFor(key), Flag.idFor(key));
        assertEquals(17, Flag.idFor(key).length());
        Flag flag = Flags.open(FlagType.NEW_SUBSTANCE, "3-MMC", Optional.empty(), IsoWeek.parse("2026-W14"),
                Severity.HIGH, Optional.empty(), Optional.empty(), FlagNumbers.observedOnly(2, "first-seen"),
                List.of("urn:uuid:1"), key, "x");
        assertEquals(FlagState.DISMISSED, flag.withState(FlagState.DISMISSED).state());
        assertEquals(flag.id(), flag.withState(FlagState.CONFIRMED).id());
        assertThrows(IllegalArgumentException.class, () -> new Flag("f0", flag.type(), flag.subject(), flag.source(),
                flag.week(), flag.severity(), flag.direction(), flag.series(), flag.numbers(), flag.evidence(),
                flag.dedupKey(), flag.state(), flag.explanation()));
    }

    @Test
    void historyRejectsGapsBetweenWeeks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new History(List.of(
                MarketWeek.empty(IsoWeek.parse("2026-W01")), MarketWeek.empty(IsoWeek.parse("2026-W03")))));
        assertEquals(true, e.getMessage().contains("2026-W01 is followed by 2026-W03"));
    }
}
