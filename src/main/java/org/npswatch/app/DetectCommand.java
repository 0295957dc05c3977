package org.npswatch.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.npswatch.index.OfferIndex;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagType;
import org.npswatch.store.FlagStore;
import org.npswatch.store.RunLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code npswatch detect [--replay]}: flags from the stored history. */
@Command(name = "detect", description = {"Detect new substances, unknown names, volume, price and availability changes from the stored history.",
        "Looks at the latest week and the week before it; settings: crawl-config/detection.yaml (volume.alpha, volume.method)."})
final class DetectCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--replay", description = "Recompute week by week over all history, as if run live at the end of each week")
    boolean replay;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(main.dataDir().resolve(OfferIndex.INDEX_DIR))) {
            throw new UserError("no index in " + main.dataDir() + ": run ./npswatch demo, crawl or import first, or pass --data DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        Detection detection;
        try {
            detection = new Detection(DetectionSettingsFile.load(main.configDir()));
        } catch (org.npswatch.config.ConfigException e) {
            throw new UserError(e.getMessage());
        }
        try (OfferIndex index = OfferIndex.openReadOnly(main.dataDir(), main.lexicon());
                FlagStore flags = FlagStore.open(main.dataDir())) {
            Detection.Result r = detection.run(index, RunLog.open(main.dataDir()), main.lexicon(), flags, replay);
            Map<FlagType, Integer> byType = new TreeMap<>();
            r.recorded().forEach(f -> byType.merge(f.type(), 1, Integer::sum));
            out.printf("%d weeks of history%s: %d flags detected, %d new%s%n", r.history().size(),
                    r.history().size() == 0 ? "" : " (" + r.history().get(0).week() + " .. " + r.history().get(r.history().size() - 1).week() + ")",
                    r.detected().size(), r.recorded().size(), byType.isEmpty() ? "" : " " + byType);
            for (Flag f : r.recorded()) {
                out.printf("  %s %-22s %-8s %-30s %s%n", f.id(), f.type(), f.week(), f.subject(), f.explanation());
            }
            Delivery delivery = Delivery.configured(main.configDir(), main.dataDir(), flags);
            if (delivery.enabled() && !replay) {
                delivery.newFlags(r.recorded(), java.time.Instant.now());
            }
        }
        out.flush();
        return Main.OK;
    }
}
