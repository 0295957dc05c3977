package org.npswatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An early-warning flag: one event worth a person's attention, with the numbers and evidence behind
 * it. Channel-neutral: {@code notify} and {@code web} render and escape it.
 *
 * @param id derived from {@code dedupKey} (see {@link #idFor}), so the same event always gets the
 *     same id, in a live run and in a replay
 * @param subject canonical substance name, the unknown name (as first written), or the source id
 *     for availability flags
 * @param source the shop or channel concerned, when the flag is about one (availability,
 *     scheduled-still-offered)
 * @param week the ISO week whose observations raised the flag (the week it fired)
 * @param direction up or down, for volume, price and some availability flags
 * @param series the weekly series that moved, for volume and price flags
 * @param evidence references to the evidence: WARC record ids or archived URLs, post keys
 * @param dedupKey the same event yields the same key, so it is announced once
 * @param explanation one plain-text sentence saying why the flag fired (not escaped, not markup)
 */
public record Flag(
        String id,
        FlagType type,
        String subject,
        Optional<SourceId> source,
        IsoWeek week,
        Severity severity,
        Optional<Direction> direction,
        Optional<Series> series,
        FlagNumbers numbers,
        List<String> evidence,
        String dedupKey,
        FlagState state,
        String explanation) {
    public Flag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(numbers, "numbers");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(explanation, "explanation");
        if (!idFor(dedupKey).equals(id)) {
            throw new IllegalArgumentException("flag id " + id + " is not derived from its key " + dedupKey);
        }
    }

    /** The flag id for a de-duplication key: "f" and the first 16 hex digits of its SHA-256. */
    public static String idFor(String dedupKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "f" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** This flag in another triage state (the audit trail is kept separately). */
    public Flag withState(FlagState newState) {
        return new Flag(id, type, subject, source, week, severity, direction, series, numbers, evidence,
                dedupKey, newState, explanation);
    }
}
