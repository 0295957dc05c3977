package org.npswatch.app;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagType;
import org.npswatch.notify.FlagTable;
import org.npswatch.store.FlagStore;
import org.npswatch.store.TriageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch flags [--state open] [--type T] [--format table|jsonl]}. */
@Command(name = "flags", description = "List flags.")
final class FlagsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--state", paramLabel = "S", description = "open, confirmed or dismissed")
    String state;

    @Option(names = "--type", paramLabel = "T", description = "NEW_SUBSTANCE, UNKNOWN_NAME, VOLUME_CHANGE, PRICE_CHANGE, AVAILABILITY, SCHEDULED_STILL_OFFERED")
    String type;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table or jsonl. Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() {
        Optional<FlagState> s = Optional.ofNullable(state).map(v -> parse(FlagState.class, v, "--state"));
        Optional<FlagType> t = Optional.ofNullable(type).map(v -> parse(FlagType.class, v, "--type"));
        FlagTable.Format f = parse(FlagTable.Format.class, format, "--format");
        try (FlagStore flags = FlagStore.open(main.existingDataDir("flags come from ./npswatch detect"))) {
            spec.commandLine().getOut().print(new FlagTable().render(flags.list(s, t), f));
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " '" + value + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** {@code npswatch flag confirm|dismiss|reopen ID [--note TEXT]}. */
    @Command(name = "flag", description = {"Triage a flag: confirm, dismiss or reopen it (kept in its audit trail).",
        "A confirmed or dismissed flag must be reopened before it changes again.",
        "'npswatch flags' lists the ids."})
    static final class Triage implements Callable<Integer> {
        @ParentCommand
        Main main;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ACTION", description = "confirm, dismiss or reopen")
        String action;

        @Parameters(index = "1", paramLabel = "ID", description = "The flag's id")
        String id;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why; kept in the audit trail")
        String note;

        @Option(names = "--by", paramLabel = "WHO", description = "Who triages (default: the login name)")
        String by;

        @Override
        public Integer call() {
            FlagState to = switch (action.strip().toLowerCase(Locale.ROOT)) {
                case "confirm" -> FlagState.CONFIRMED;
                case "dismiss" -> FlagState.DISMISSED;
                case "reopen" -> FlagState.OPEN;
                default -> throw new UserError("ACTION must be confirm, dismiss or reopen, not '" + action + "'");
            };
            String who = Optional.ofNullable(by).orElse(System.getProperty("user.name", "unknown"));
            if (id.isBlank()) {
                throw new UserError("the flag ID is empty; ./npswatch flags lists the ids");
            }
            try (FlagStore flags = FlagStore.open(main.existingDataDir("flags come from ./npswatch detect"))) {
                Flag f = flags.transition(id, to, who, Optional.ofNullable(note), java.time.Instant.now());
                spec.commandLine().getOut().printf("%s %s: %s %s (%s)%n", f.id(), to.wireName(), f.type(), f.subject(), f.week());
                if (to == FlagState.CONFIRMED && f.type() == FlagType.UNKNOWN_NAME) {
                    spec.commandLine().getOut().println("lexicon entry to review and complete: " + flags.lexiconAdditionsFile());
                }
            } catch (TriageException e) {
                throw new UserError(e.getMessage() + (e.getMessage().startsWith("no flag") ? " (./npswatch flags lists the ids)" : ""));
            }
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }
}
