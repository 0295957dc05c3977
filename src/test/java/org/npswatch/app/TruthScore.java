package org.npswatch.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.npswatch.index.OfferIndex;
import org.npswatch.index.PostRecord;
import org.npswatch.model.Intent;

/**
 * Scores what an import left in the index against the generator's truth file: intent accuracy
 * and macro-F1 over every indexed post, and de-duplication as clustering quality over the posts
 * that truly are ads: unique ads found against true unique ads, and pairwise precision and recall
 * (two copies of the same ad put in one cluster is a true pair) from the contingency counts of
 * true ad by found cluster. Reads the index a week at a time so memory stays small.
 */
record TruthScore(long posts, long[][] confusion, long trueAds, long offerClusters, Pairs found, Pairs foundPerSeller,
        long postsWithoutTruth, long offerSellers) {
    /**
     * Contingency counts of true ad by found cluster over the posts that truly are ads.
     * {@code foundPerSeller} splits each found cluster by poster: what the clustering would score
     * if copies by different sellers were never merged (an ad belongs to one seller).
     */
    static final class Pairs {
        private final Map<Long, Long> cells = new HashMap<>();
        private final Map<Integer, Long> byTrueAd = new HashMap<>();
        private final Map<Integer, Long> byCluster = new HashMap<>();

        void add(int ad, int cluster) {
            cells.merge(((long) ad << 32) | cluster, 1L, Long::sum);
            byTrueAd.merge(ad, 1L, Long::sum);
            byCluster.merge(cluster, 1L, Long::sum);
        }

        long clusters() {
            return byCluster.size();
        }

        double precision() {
            long f = pairs(byCluster.values());
            return f == 0 ? 0 : (double) pairs(cells.values()) / f;
        }

        double recall() {
            long t = pairs(byTrueAd.values());
            return t == 0 ? 0 : (double) pairs(cells.values()) / t;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static final Intent[] INTENTS = {Intent.OFFER, Intent.REQUEST, Intent.OTHER};

    static TruthScore of(Path truthFile, OfferIndex index, Instant from, Instant to) throws IOException {
        int size;
        try (Stream<String> lines = Files.lines(truthFile)) {
            size = (int) lines.count() + 1;
        }
        byte[] truthIntent = new byte[size];
        int[] truthAd = new int[size];
        TelegramYearRun.readTruth(truthFile, truthIntent, truthAd);

        long[][] confusion = new long[3][3];
        Map<String, Integer> clusterIds = new HashMap<>();
        Map<String, Integer> sellerClusterIds = new HashMap<>();
        Pairs found = new Pairs();
        Pairs perSeller = new Pairs();
        Set<Integer> trueAds = new HashSet<>();
        Set<Integer> offerClusters = new HashSet<>();
        Set<String> sellers = new HashSet<>();
        long posts = 0;
        long unknown = 0;
        for (Instant week = from; week.isBefore(to); week = week.plus(Duration.ofDays(7))) {
            List<PostRecord> batch = index.posts(week, week.plus(Duration.ofDays(7)).isAfter(to) ? to : week.plus(Duration.ofDays(7)));
            for (PostRecord p : batch) {
                posts++;
                int id = Integer.parseInt(p.messageId());
                if (id <= 0 || id >= size || truthIntent[id] == 3) {
                    unknown++;
                    continue;
                }
                confusion[truthIntent[id]][ordinal(p.intent())]++;
                int cluster = clusterIds.computeIfAbsent(p.duplicateOf().orElse(p.key()), k -> clusterIds.size());
                if (p.intent() == Intent.OFFER) {
                    offerClusters.add(cluster);
                    p.authorPseudonym().ifPresent(sellers::add);
                }
                int ad = truthAd[id];
                if (ad >= 0) {
                    trueAds.add(ad);
                    found.add(ad, cluster);
                    String sellerCluster = cluster + "|" + p.authorPseudonym().orElse("");
                    perSeller.add(ad, sellerClusterIds.computeIfAbsent(sellerCluster, k -> sellerClusterIds.size()));
                }
            }
        }
        return new TruthScore(posts, confusion, trueAds.size(), offerClusters.size(), found, perSeller, unknown,
                sellers.size());
    }

    private static int ordinal(Intent intent) {
        for (int i = 0; i < INTENTS.length; i++) {
            if (INTENTS[i] == intent) {
                return i;
            }
        }
        throw new IllegalArgumentException("unexpected intent " + intent);
    }

    private static long pairs(Iterable<Long> counts) {
        long sum = 0;
        for (long n : counts) {
            sum += n * (n - 1) / 2;
        }
        return sum;
    }

    double accuracy() {
        long right = 0;
        long all = 0;
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 3; p++) {
                all += confusion[t][p];
                right += t == p ? confusion[t][p] : 0;
            }
        }
        return (double) right / all;
    }

    double macroF1() {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            sum += f1(c);
        }
        return sum / 3;
    }

    double f1(int c) {
        long tp = confusion[c][c];
        long predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
        long actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = actual == 0 ? 0 : (double) tp / actual;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    void into(Map<String, Object> out) {
        out.put("score_posts", posts);
        out.put("score_posts_without_truth", postsWithoutTruth);
        out.put("intent_accuracy", accuracy());
        out.put("intent_macro_f1", macroF1());
        for (int c = 0; c < 3; c++) {
            String name = INTENTS[c].name().toLowerCase(java.util.Locale.ROOT);
            out.put("intent_f1_" + name, f1(c));
            out.put("intent_confusion_" + name, confusion[c][0] + "," + confusion[c][1] + "," + confusion[c][2]);
        }
        out.put("dedup_true_unique_ads", trueAds);
        out.put("dedup_clusters_over_true_ads", found.clusters());
        out.put("dedup_offer_clusters", offerClusters);
        out.put("dedup_offer_sellers", offerSellers);
        out.put("dedup_pair_precision", found.precision());
        out.put("dedup_pair_recall", found.recall());
        out.put("dedup_pair_f1", found.f1());
        out.put("dedup_per_seller_clusters", foundPerSeller.clusters());
        out.put("dedup_per_seller_pair_precision", foundPerSeller.precision());
        out.put("dedup_per_seller_pair_recall", foundPerSeller.recall());
        out.put("dedup_per_seller_pair_f1", foundPerSeller.f1());
    }
}
