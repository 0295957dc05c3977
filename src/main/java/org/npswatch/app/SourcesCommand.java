package org.npswatch.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.npswatch.config.ConfigException;
import org.npswatch.config.SourceConfig;
import org.npswatch.config.SourceConfigLoader;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch sources}: lists configured sources and every bad config file. */
@Command(name = "sources", description = {"List configured sources and report bad config files (file:line, key, problem).",
        "Exit 1 when a file is bad (the other sources still load)."})
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SourceConfigLoader.Result r = new SourceConfigLoader().loadDirectory(main.existingConfigDir());
        PrintWriter out = spec.commandLine().getOut();
        for (SourceConfig s : r.sources().stream().sorted(java.util.Comparator.comparing(SourceConfig::id)).toList()) {
            String where = switch (s) {
                case WebshopConfig w -> w.seeds().getFirst().toString();
                case TelegramConfig t -> "@" + t.username() + " via " + t.via().name().toLowerCase(java.util.Locale.ROOT);
            };
            out.printf("%-28s %-17s %-45s %s%n", s.id(), s.kind().name().toLowerCase(java.util.Locale.ROOT), where, s.schedule());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ConfigException e : r.errors()) {
            err.println("error: " + e.getMessage());
        }
        out.printf("%d source(s), %d bad file(s)%n", r.sources().size(), r.errors().size());
        if (r.sources().isEmpty() && r.errors().isEmpty()) {
            out.println("no source files (*.yaml) in " + main.configDir() + ": copy one of crawl-config/examples/ there"
                    + " (README: Adding a shop)");
        }
        out.flush();
        err.flush();
        return r.errors().isEmpty() ? Main.OK : Main.NOTHING_FOUND;
    }
}
