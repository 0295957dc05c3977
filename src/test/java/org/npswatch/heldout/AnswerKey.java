package org.npswatch.heldout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a held-out history truly contains, written beside its exports as {@code answer-key.json}:
 * the injected events, and per substance the offer posts per week as an outsider who wrote the
 * posts counts them (every offer post that names the substance, re-posts included, in every
 * group). Weeks are indices from 0 with their ISO labels in {@link #isoWeeks}.
 *
 * @param seed the history's seed
 * @param noise the count noise
 * @param isoWeeks the label of every week, e.g. 2026-W14
 * @param exports the exports, relative to the key's folder
 * @param substances every substance and novel name offered in the history
 * @param events the injected events
 */
public record AnswerKey(long seed, String noise, List<String> isoWeeks, List<Export> exports, List<SubstanceTruth> substances,
        List<Event> events) {
    public static final String FILE = "answer-key.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One export file and the group it comes from. */
    public record Export(String file, String groupName, long messages) {}

    /** How a subject enters the history. */
    public enum Role {
        PRESENT,
        NEW,
        NOVEL_NAME
    }

    /**
     * One substance (canonical lexicon name) or novel name.
     *
     * @param level its usual expected offer posts per week before any event
     * @param offerPosts offer posts that name it, per week
     */
    public record SubstanceTruth(String name, Role role, double level, List<Integer> offerPosts) {}

    /** What was injected. */
    public enum EventType {
        NEW_SUBSTANCE,
        NOVEL_NAME,
        DOUBLING,
        HALVING,
        PRICE_DROP
    }

    /**
     * One injected event.
     *
     * @param week the first week it shows (index)
     * @param level the subject's expected weekly offer posts before it
     * @param factor the multiplier of posts (doubling, halving) or prices (price drop); 1 otherwise
     */
    public record Event(EventType type, String subject, int week, double level, double factor) {}

    public int weeks() {
        return isoWeeks.size();
    }

    public Optional<SubstanceTruth> substance(String name) {
        return substances.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Offer posts of a subject in a week; 0 for anything the history does not offer. */
    public int offerPosts(String name, int week) {
        return substance(name).map(s -> s.offerPosts().get(week)).orElse(0);
    }

    /** Week index of an ISO label, or -1 when the history does not contain it. */
    public int weekIndex(String isoWeek) {
        return isoWeeks.indexOf(isoWeek);
    }

    public void write(Path dir) {
        try {
            JSON.writeValue(dir.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    public static AnswerKey read(Path dir) {
        try {
            return JSON.readValue(dir.resolve(FILE).toFile(), AnswerKey.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(FILE), e);
        }
    }
}
