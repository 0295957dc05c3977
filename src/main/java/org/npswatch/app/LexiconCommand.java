package org.npswatch.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.model.Substance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch lexicon lookup TERM}: the canonical name a term denotes. */
@Command(name = "lexicon", description = "Query the substance lexicon.", subcommands = LexiconCommand.Lookup.class)
final class LexiconCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UserError("lexicon needs a subcommand: lexicon lookup TERM");
    }

    @Command(name = "lookup", description = {
        "Print the canonical name of the substance TERM denotes and exit 0; exit 1 when it is no known substance.",
        "Several words are one term: lexicon lookup alpha pvp"})
    static final class Lookup implements Callable<Integer> {
        @ParentCommand
        LexiconCommand parent;

        @Parameters(arity = "1..*", paramLabel = "TERM", description = "A name, spelling or street name, e.g. 3mmc, keta, α-PHP")
        List<String> words;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String term = String.join(" ", words);
            Lexicon lexicon = parent.main.lexicon();
            Optional<Substance> found = lexicon.lookup(term);
            if (found.isPresent()) {
                spec.commandLine().getOut().println(found.get().canonicalName());
                spec.commandLine().getOut().flush();
                return Main.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("not a known substance: '" + term + "'" + (term.isBlank() ? " (empty)" : candidateNote(lexicon, term)));
            err.flush();
            return Main.NOTHING_FOUND;
        }

        /** Says when the term looks like a substance name, since that is how new substances show up. */
        private static String candidateNote(Lexicon lexicon, String term) {
            List<String> candidates = lexicon.recognise(term).unknownCandidates();
            return candidates.isEmpty() ? "" : " (it looks like a substance name: a candidate for the lexicon)";
        }
    }
}
