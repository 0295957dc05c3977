package org.npswatch.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Severity;

/**
 * NEW_SUBSTANCE: a lexicon substance offered in the week and in none of the {@code absenceWeeks}
 * weeks before it (so "for the first time", or "again after a long absence"). Flagged in the first
 * week that sees it. The first {@code warmupWeeks} of a history only set the scene: when monitoring
 * starts everything already on offer would otherwise look new.
 */
public record NewSubstanceDetector(int warmupWeeks, int absenceWeeks) implements Detector {
    public NewSubstanceDetector(DetectionConfig config) {
        this(config.warmupWeeks(), config.absenceWeeks());
    }

    @Override
    public FlagType type() {
        return FlagType.NEW_SUBSTANCE;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        if (t < warmupWeeks) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (SubstanceWeek s : history.get(t).substances().values()) {
            if (s.offered()) {
                lastOffered(history, s.substance(), t).ifPresentOrElse(
                        last -> {
                            if (t - last > absenceWeeks) {
                                flags.add(flag(s, week, Optional.of(history.get(last).week())));
                            }
                        },
                        () -> flags.add(flag(s, week, Optional.empty())));
            }
        }
        return flags;
    }

    /** The last week before t in which the substance was offered. */
    private static Optional<Integer> lastOffered(History history, String substance, int t) {
        for (int i = t - 1; i >= 0; i--) {
            if (history.get(i).substance(substance).filter(SubstanceWeek::offered).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Flag flag(SubstanceWeek s, IsoWeek week, Optional<IsoWeek> lastSeen) {
        String where = s.activeOffers() + " shop offer(s) in " + s.shopsOffering() + " shop(s), "
                + s.posts() + " Telegram post(s) from " + s.sellers() + " seller(s)";
        String explanation = lastSeen
                .map(last -> s.substance() + " is offered again after an absence since " + last + ": " + where)
                .orElse(s.substance() + " is offered for the first time in the monitored market: " + where);
        Severity severity = s.legalStatus().isScheduled() ? Severity.MEDIUM : Severity.HIGH;
        return Flags.open(FlagType.NEW_SUBSTANCE, s.substance(), Optional.empty(), week, severity, Optional.empty(),
                Optional.empty(), FlagNumbers.observedOnly((double) s.activeOffers() + s.posts(), "first-seen"),
                s.evidence(), Flags.key(FlagType.NEW_SUBSTANCE, s.substance(), week), explanation);
    }
}
