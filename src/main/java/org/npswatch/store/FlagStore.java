package org.npswatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagStateChange;
import org.npswatch.model.FlagType;

/**
 * The flags found so far and their triage state, kept in {@code dataDir/flags/journal.jsonl}.
 *
 * <p>The journal is append-only: one line per new flag and one per state change, forced to disk
 * before a call returns. Replaying it rebuilds the state, so the same event (the same
 * de-duplication key) is announced once across restarts, and the audit trail is the journal
 * itself. Several processes may open the same store (the service records flags while a person
 * triages from the command line): each call locks the file and first reads what the others
 * appended. Thread-safe.
 *
 * <p>Triage follows a small state machine: an open flag may be confirmed or dismissed; a confirmed
 * or dismissed flag may only be reopened. Confirming an {@link FlagType#UNKNOWN_NAME} flag appends
 * a reviewable lexicon line to {@code dataDir/lexicon-additions.txt} (see {@link LexiconAdditions}).
 */
public final class FlagStore implements AutoCloseable {
    private static final Map<FlagState, Set<FlagState>> ALLOWED = Map.of(
            FlagState.OPEN, Set.of(FlagState.CONFIRMED, FlagState.DISMISSED),
            FlagState.CONFIRMED, Set.of(FlagState.OPEN),
            FlagState.DISMISSED, Set.of(FlagState.OPEN));

    private final Journal journal;
    private final LexiconAdditions lexiconAdditions;
    private final Clock clock;
    /** Current flags by id, in the order they were recorded. */
    private final Map<String, Flag> flags = new LinkedHashMap<>();
    private final Map<String, Instant> recordedAt = new HashMap<>();
    private final Map<String, List<FlagStateChange>> history = new HashMap<>();

    private FlagStore(Path dataDir, Clock clock) {
        this.journal = new Journal(dataDir.resolve("flags").resolve("journal.jsonl"));
        this.lexiconAdditions = new LexiconAdditions(dataDir.resolve("lexicon-additions.txt"));
        this.clock = clock;
    }

    /** Opens (creating if needed) the store in {@code dataDir}, replaying its journal. */
    public static FlagStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps when flags were recorded. */
    public static FlagStore open(Path dataDir, Clock clock) {
        FlagStore store = new FlagStore(dataDir, clock);
        store.journal.locked(store::apply, () -> null);
        return store;
    }

    /**
     * Records detected flags whose de-duplication key is new, as open flags, and returns those in
     * the order given. Flags already known (from this or an earlier run) are left as they are, so
     * each event is announced once.
     */
    public List<Flag> record(List<Flag> detected) {
        return journal.locked(this::apply, () -> {
            Instant now = clock.instant();
            List<Flag> fresh = new ArrayList<>();
            List<ObjectNode> entries = new ArrayList<>();
            Set<String> batch = new HashSet<>();
            for (Flag f : detected) {
                if (!flags.containsKey(f.id()) && batch.add(f.id())) {
                    Flag open = f.withState(FlagState.OPEN);
                    fresh.add(open);
                    ObjectNode e = JsonNodeFactory.instance.objectNode();
                    e.put("op", "flag").put("at", now.toString()).set("flag", FlagCodec.encode(open));
                    entries.add(e);
                }
            }
            journal.append(entries);
            for (Flag f : fresh) {
                put(f, now);
            }
            return List.copyOf(fresh);
        });
    }

    /** Flags in the order they were recorded, optionally only those in a state and/or of a type. */
    public List<Flag> list(Optional<FlagState> state, Optional<FlagType> type) {
        return journal.locked(this::apply, () -> flags.values().stream()
                .filter(f -> state.isEmpty() || f.state() == state.get())
                .filter(f -> type.isEmpty() || f.type() == type.get())
                .toList());
    }

    /** The flag with this id, in its current state. */
    public Optional<Flag> get(String id) {
        return journal.locked(this::apply, () -> Optional.ofNullable(flags.get(id)));
    }

    /** When the flag was first recorded (the moment it was announced). */
    public Optional<Instant> recordedAt(String id) {
        return journal.locked(this::apply, () -> Optional.ofNullable(recordedAt.get(id)));
    }

    /** The flag's triage audit trail, oldest first; empty for an unknown id. */
    public List<FlagStateChange> history(String id) {
        return journal.locked(this::apply, () -> List.copyOf(history.getOrDefault(id, List.of())));
    }

    /**
     * Moves a flag to another triage state on behalf of {@code who}. Confirming an unknown name also
     * writes its lexicon line to {@code lexicon-additions.txt} (once, however often it is confirmed).
     *
     * @return the flag in its new state
     * @throws TriageException if no flag has this id or the change is not allowed from its state
     */
    public Flag transition(String id, FlagState to, String who, Optional<String> note, Instant at) {
        Objects.requireNonNull(to, "to");
        return journal.locked(this::apply, () -> {
            Flag flag = flags.get(id);
            if (flag == null) {
                throw TriageException.unknownFlag(id);
            }
            if (!ALLOWED.get(flag.state()).contains(to)) {
                throw TriageException.impossible(id, flag.state(), to);
            }
            FlagStateChange change = new FlagStateChange(id, flag.state(), to, who, at,
                    note.map(String::strip).filter(n -> !n.isEmpty()));
            if (to == FlagState.CONFIRMED && flag.type() == FlagType.UNKNOWN_NAME) {
                // Written before the state change: a crash in between leaves the flag open with the
                // line already there, and confirming again does not write it twice.
                lexiconAdditions.add(flag, change);
            }
            ObjectNode e = JsonNodeFactory.instance.objectNode();
            e.put("op", "state").set("change", FlagCodec.encode(change));
            journal.append(List.of(e));
            applyChange(change);
            return flags.get(id);
        });
    }

    /** The file where confirmed unknown names wait for review: {@code dataDir/lexicon-additions.txt}. */
    public Path lexiconAdditionsFile() {
        return lexiconAdditions.file();
    }

    /** The journal file, for messages and backups. */
    public Path journalFile() {
        return journal.file();
    }

    private void apply(JsonNode entry, int line) {
        // line numbers are added to errors by the journal
        String op = entry.path("op").asText();
        switch (op) {
            case "flag" -> {
                Flag f = FlagCodec.decodeFlag(entry.path("flag"));
                put(f, Instant.parse(entry.path("at").asText()));
            }
            case "state" -> applyChange(FlagCodec.decodeChange(entry.path("change")));
            default -> throw new IllegalArgumentException("unknown op '" + op + "'");
        }
    }

    private void put(Flag f, Instant at) {
        if (flags.putIfAbsent(f.id(), f) == null) {
            recordedAt.put(f.id(), at);
        }
    }

    private void applyChange(FlagStateChange change) {
        Flag f = flags.get(change.flagId());
        if (f == null) {
            throw new IllegalArgumentException("state change of flag " + change.flagId() + " recorded before the flag");
        }
        flags.put(f.id(), f.withState(change.to()));
        history.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(change);
    }

    @Override
    public void close() {
        journal.close();
    }
}
