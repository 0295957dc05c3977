package org.npswatch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code npswatch demo}: runs the whole pipeline on the embedded simulated market. */
@Command(name = "demo", description = "Start the simulated market on loopback, crawl it, index, and print a summary.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--no-serve", description = "Exit when the work is done instead of serving the web UI.")
    boolean noServe;

    @Override
    public Integer call() {
        throw new UserError("the demo is being assembled: simulated market, crawl and index land in this issue");
    }
}
