package org.npswatch.app;

import java.util.concurrent.Callable;
import org.npswatch.model.Substance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code npswatch lexicon lookup TERM}: the canonical name a term denotes. */
@Command(name = "lexicon", description = "Query the substance lexicon.", subcommands = LexiconCommand.Lookup.class)
final class LexiconCommand {
    @ParentCommand
    Main main;

    @Command(name = "lookup", description = "Print the canonical name of the substance TERM denotes; exit 1 when it is no known substance.")
    static final class Lookup implements Callable<Integer> {
        @ParentCommand
        LexiconCommand parent;

        @Parameters(paramLabel = "TERM", description = "A name, spelling or street name, e.g. 3mmc, keta, α-PHP")
        String term;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return parent.main.lexicon().lookup(term).map(Substance::canonicalName).map(name -> {
                spec.commandLine().getOut().println(name);
                return 0;
            }).orElseGet(() -> {
                spec.commandLine().getErr().println("not a known substance: " + term);
                return 1;
            });
        }
    }
}
