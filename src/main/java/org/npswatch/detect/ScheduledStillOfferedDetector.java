package org.npswatch.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/**
 * SCHEDULED_STILL_OFFERED: a substance on Opium Act list I or II offered in a clearnet shop.
 * One flag per substance and shop; announced again only when the shop stopped offering it for more
 * than {@code absenceWeeks} and then offers it again. No warm-up: a shop openly selling a listed
 * drug is news on the first day of monitoring too.
 */
public record ScheduledStillOfferedDetector(int absenceWeeks) implements Detector {
    public ScheduledStillOfferedDetector(DetectionConfig config) {
        this(config.absenceWeeks());
    }

    @Override
    public FlagType type() {
        return FlagType.SCHEDULED_STILL_OFFERED;
    }

    @Override
    public List<Flag> detect(History history, IsoWeek week) {
        int t = history.require(week);
        List<Flag> flags = new ArrayList<>();
        for (SubstanceWeek s : history.get(t).substances().values()) {
            if (!s.legalStatus().isScheduled()) {
                continue;
            }
            for (SourceId shop : s.clearnetShops()) {
                Optional<Integer> last = lastOffered(history, s.substance(), shop, t);
                if (last.isEmpty() || t - last.get() > absenceWeeks) {
                    flags.add(flag(s, shop, week));
                }
            }
        }
        return flags;
    }

    private static Optional<Integer> lastOffered(History history, String substance, SourceId shop, int t) {
        for (int i = t - 1; i >= 0; i--) {
            if (history.get(i).substance(substance).filter(w -> w.clearnetShops().contains(shop)).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Flag flag(SubstanceWeek s, SourceId shop, IsoWeek week) {
        boolean listOne = s.legalStatus() == LegalStatus.OPIUM_ACT_LIST_I;
        String list = listOne ? "list I" : "list II";
        List<String> evidence = s.evidence().stream().filter(e -> e.contains(shop.value())).toList();
        return Flags.open(FlagType.SCHEDULED_STILL_OFFERED, s.substance(), Optional.of(shop), week,
                listOne ? Severity.HIGH : Severity.MEDIUM, Optional.empty(), Optional.empty(),
                FlagNumbers.observedOnly(1, "legal-status"), evidence.isEmpty() ? s.evidence() : evidence,
                Flags.key(FlagType.SCHEDULED_STILL_OFFERED, s.substance(), shop, week),
                s.substance() + " (Opium Act " + list + ") is offered in clearnet shop " + shop);
    }
}
