package org.npswatch.app;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.npswatch.detect.History;
import org.npswatch.detect.SubstanceWeek;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.SourceId;
import org.npswatch.store.RunLog;

/**
 * How far in time each Telegram source has been read: its latest successful run (for an imported
 * export, the newest message in it). Telegram counts are sums over a week's posts, so a week a
 * source was read only partly (an export taken on a Wednesday, a channel read this morning, an
 * export that ended weeks before another source's) holds only some of that week's posts: such a
 * week can show a rise, but a fall there means nothing. A shop crawl is a snapshot of the shop, so
 * shops never make a week partial.
 *
 * <p>A week counts as read in full when its reading reached Sunday noon: an export holds no record
 * of when it was taken, only its newest message, and the last hours of a Sunday night hold a few
 * percent of a week's posts, far less than the 30% a fall needs.
 */
final class ObservationCoverage {
    /** Weeks before a fall whose sources must have been read to its end: the baseline and guard. */
    private static final int LOOKBACK_WEEKS = 10;
    /** Series counted from shop crawls, which are snapshots: a fall in them stands in any week. */
    /** How much of a week's end may be unread for the week to count as read in full. */
    static final Duration GRACE = Duration.ofHours(12);
    private static final Set<Series> SHOP_SERIES = EnumSet.of(Series.ACTIVE_OFFERS, Series.SHOPS_OFFERING);

    private final Map<SourceId, Instant> readUntil;

    private ObservationCoverage(Map<SourceId, Instant> readUntil) {
        this.readUntil = Map.copyOf(readUntil);
    }

    static ObservationCoverage of(RunLog runLog) {
        Map<SourceId, Instant> until = new HashMap<>();
        for (RunLog.Run r : runLog.runs()) {
            if (r.reached() && r.kind().isTelegram()) {
                until.merge(r.source(), r.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new ObservationCoverage(until);
    }

    /**
     * The flags without volume falls of Telegram series (posts, unique ads, sellers) in weeks that a
     * Telegram source behind the substance (one with its offer posts in that week or the ten weeks
     * before it) was not read to the end of. Such a fall is announced, if it is one, once the week
     * has been read in full. Falls of shop series stand.
     */
    List<Flag> judgeable(List<Flag> flags, History history) {
        return flags.stream().filter(f -> !partialFall(f, history)).toList();
    }

    private boolean partialFall(Flag f, History history) {
        if (f.type() != FlagType.VOLUME_CHANGE || f.direction().filter(d -> d == Direction.DOWN).isEmpty()
                || f.series().filter(SHOP_SERIES::contains).isPresent()) {
            return false;
        }
        Optional<Integer> at = history.indexOf(f.week());
        if (at.isEmpty()) {
            return false;
        }
        Instant needed = end(f.week()).minus(GRACE);
        for (int i = Math.max(0, at.get() - LOOKBACK_WEEKS); i <= at.get(); i++) {
            Optional<SubstanceWeek> s = history.get(i).substance(f.subject());
            if (s.isPresent()) {
                for (SourceId source : s.get().countsBySource().keySet()) {
                    Instant until = readUntil.get(source);
                    if (until != null && until.isBefore(needed)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Instant end(IsoWeek week) {
        return week.monday().plusWeeks(1).atStartOfDay(MarketHistory.ZONE).toInstant();
    }
}
