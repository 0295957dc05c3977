package org.npswatch.source;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Decides whether a job missed a run while the service was down. A job whose last start is
 * older than the latest fire time its cron had before now missed at least one run: it runs once
 * on start-up, however many fire times were missed (never a burst of catch-up runs). A job with
 * no recorded run runs at its next fire time, not at once. A run that started and never
 * completed (the service was killed mid-run) is resumed once on start-up.
 */
public final class MissedRuns {
    private MissedRuns() {}

    public static boolean missed(String cron, ZoneId zone, Optional<ScheduleLedger.Entry> last, Instant now) {
        if (last.isEmpty()) {
            return false;
        }
        if (last.get().lastCompleted().isEmpty()) {
            return true;
        }
        CronExpression e;
        try {
            e = new CronExpression(cron);
        } catch (ParseException ex) {
            throw new IllegalArgumentException("not a cron expression: " + cron, ex);
        }
        e.setTimeZone(TimeZone.getTimeZone(zone));
        Date next = e.getTimeAfter(Date.from(last.get().lastStarted()));
        return next != null && !next.toInstant().isAfter(now);
    }
}
