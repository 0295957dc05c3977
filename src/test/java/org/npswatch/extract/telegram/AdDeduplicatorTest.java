package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdDeduplicatorTest {
    private record Labelled(String key, String cluster, String text) {}

    @Test
    void clustersRepostedAdsOfTheFixtureWithPairwiseF1AboveNinety() throws IOException {
        List<Labelled> posts = load();
        AdDeduplicator dedup = new AdDeduplicator();
        List<String> assigned = new ArrayList<>();
        for (Labelled p : posts) {
            assigned.add(dedup.assign(p.key(), p.text()).orElse(p.key()));
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < posts.size(); i++) {
            for (int j = i + 1; j < posts.size(); j++) {
                boolean truth = posts.get(i).cluster().equals(posts.get(j).cluster());
                boolean predicted = assigned.get(i).equals(assigned.get(j));
                if (truth && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (truth) {
                    fn++;
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("dedup fixture: precision %.3f recall %.3f F1 %.3f%n", precision, recall, f1);
        assertTrue(f1 >= 0.90, String.format("pairwise precision %.3f recall %.3f F1 %.3f", precision, recall, f1));
        assertEquals(0, fp, "look-alike ads of other sellers must stay apart");
        long clusters = posts.stream().map(Labelled::cluster).distinct().count();
        assertEquals(clusters, dedup.uniqueAds(), "unique ads");
    }

    @Test
    void firstCopyIsTheClusterIdAndRepostsPointAtIt() throws IOException {
        List<Labelled> posts = load().stream().filter(p -> p.cluster().equals("coke-menu-amsterdam")).toList();
        AdDeduplicator dedup = new AdDeduplicator();
        assertEquals(Optional.empty(), dedup.assign(posts.get(0).key(), posts.get(0).text()));
        for (Labelled p : posts.subList(1, posts.size())) {
            assertEquals(Optional.of(posts.get(0).key()), dedup.assign(p.key(), p.text()), p.text());
        }
    }

    @Test
    void shortChatterIsNeverClustered() {
        AdDeduplicator dedup = new AdDeduplicator();
        assertEquals(Optional.empty(), dedup.assign("g/1", "dm me"));
        assertEquals(Optional.empty(), dedup.assign("g/2", "dm me"));
        assertEquals(0, dedup.uniqueAds());
    }

    private static List<Labelled> load() throws IOException {
        List<Labelled> out = new ArrayList<>();
        String cluster = null;
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/extract/telegram-dedup/reposts.txt"))) {
            if (line.startsWith("## ")) {
                cluster = line.substring(3).strip();
            } else if (!line.isBlank()) {
                n++;
                out.add(new Labelled("group/" + n, cluster, line.replace("\\n", "\n")));
            }
        }
        return out;
    }
}
