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
 * One flag per substance, naming every clearnet shop that offers it (early-warning staff want one
 * alarm per listed drug on the open web, not one per shop); announced again only when no clearnet
 * shop offered it for more than {@code absenceWeeks} and one offers it again. No warm-up: a shop
 * openly selling a listed drug is news on the first day of monitoring too.
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
            if (s.clearnetShops().isEmpty()) {
                continue;
            }
            Optional<Integer> last = lastOffered(history, s.substance(), t);
            if (last.isEmpty() || t - last.get() > absenceWeeks) {
                flags.add(flag(s, week));
            }
        }
        return flags;
    }

    private static Optional<Integer> lastOffered(History history, String substance, int t) {
        for (int i = t - 1; i >= 0; i--) {
            if (history.get(i).substance(substance).filter(w -> !w.clearnetShops().isEmpty()).isPresent()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Flag flag(SubstanceWeek s, IsoWeek week) {
        boolean listOne = s.legalStatus() == LegalStatus.OPIUM_ACT_LIST_I;
        String list = listOne ? "list I" : "list II";
        List<String> shops = s.clearnetShops().stream().map(SourceId::value).sorted().toList();
        Optional<SourceId> only = shops.size() == 1 ? Optional.of(SourceId.of(shops.getFirst())) : Optional.empty();
        return Flags.open(FlagType.SCHEDULED_STILL_OFFERED, s.substance(), only, week,
                listOne ? Severity.HIGH : Severity.MEDIUM, Optional.empty(), Optional.empty(),
                FlagNumbers.observedOnly(shops.size(), "legal-status"), s.evidence(),
                Flags.key(FlagType.SCHEDULED_STILL_OFFERED, s.substance(), week),
                s.substance() + " (Opium Act " + list + ") is offered in " + shops.size() + " clearnet shop(s): "
                        + String.join(", ", shops));
    }
}
