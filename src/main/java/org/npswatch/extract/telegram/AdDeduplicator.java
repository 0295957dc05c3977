package org.npswatch.extract.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clusters re-posted ads. The same ad is posted thousands of times with small edits (a price, an
 * emoji, a line added), so counts must be given as posts, unique ads and sellers. Each post is
 * compared with the first copy of every cluster seen so far: an exact match of the normalised
 * text is found by hash; a near match through MinHash signatures bucketed by locality-sensitive
 * hashing (16 bands of 4 rows) and confirmed when the estimated Jaccard similarity of character
 * 5-shingles reaches the threshold. Streaming and order-dependent by design: the first copy seen
 * is the cluster's id, as an analyst reading the chat would see it.
 *
 * <p>Memory grows with the number of unique ads, not of posts. Not thread-safe.
 */
public final class AdDeduplicator {
    /** Default similarity above which two ads are one: chosen on the labelled duplicate set. */
    public static final double DEFAULT_THRESHOLD = 0.55;
    /** Texts shorter than this (normalised) are never clustered: "ok", "dm", "??" are not ads. */
    public static final int MIN_LENGTH = 20;
    private static final int BANDS = 16;
    private static final int ROWS = MinHashSignature.SIZE / BANDS;

    private final double threshold;
    // 64-bit hash of the normalised text -> first copy; texts themselves are not kept
    private final Map<Long, String> exact = new HashMap<>();
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
    private final List<MinHashSignature> signatures = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Long> scopes = new ArrayList<>();

    public AdDeduplicator() {
        this(DEFAULT_THRESHOLD);
    }

    public AdDeduplicator(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /**
     * Assigns a post to a cluster.
     *
     * @return the key of the cluster's first copy, or empty when this post is a first copy (it
     *     then becomes the representative of a new cluster)
     */
    public Optional<String> assign(String postKey, String text) {
        return assign("", postKey, text);
    }

    /**
     * Assigns a post to a cluster within one advertiser's posts.
     *
     * @param advertiser who placed the ad (the pseudonym of the poster, the origin of a forward, or
     *     the channel): copies of one ad are clustered only within one advertiser, because sellers
     *     write their menus from the same few templates and two sellers' look-alike menus are two
     *     ads, not one
     * @return the key of the cluster's first copy, or empty when this post is a first copy
     */
    public Optional<String> assign(String advertiser, String postKey, String text) {
        String norm = AdText.normalise(text);
        if (norm.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        long scope = textHash(advertiser) * 0x9E3779B97F4A7C15L;
        long textHash = textHash(norm) ^ scope;
        String first = exact.get(textHash);
        if (first != null) {
            // a post analysed again (a re-import) is its own first copy, not a re-post of itself
            return first.equals(postKey) ? Optional.empty() : Optional.of(first);
        }
        MinHashSignature sig = MinHashSignature.of(norm);
        Optional<String> near = nearest(sig, scope).filter(k -> !k.equals(postKey));
        if (near.isPresent()) {
            exact.put(textHash, near.get());
            return near;
        }
        addRepresentative(postKey, textHash, sig, scope);
        return Optional.empty();
    }

    /** Number of clusters (unique ads) seen so far. */
    public int uniqueAds() {
        return keys.size();
    }

    private static long textHash(String norm) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < norm.length(); i++) {
            h = (h ^ norm.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 31) ^ ((long) norm.length() << 48);
    }

    private Optional<String> nearest(MinHashSignature sig, long scope) {
        int best = -1;
        double bestSim = threshold;
        for (int b = 0; b < BANDS; b++) {
            List<Integer> candidates = buckets.get(b).get(sig.bandKey(b, ROWS) ^ scope);
            if (candidates == null) {
                continue;
            }
            for (int c : candidates) {
                if (scopes.get(c) != scope) {
                    continue;
                }
                double sim = sig.similarity(signatures.get(c));
                if (sim > bestSim || sim == bestSim && (best < 0 || c < best)) {
                    best = c;
                    bestSim = sim;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(keys.get(best));
    }

    private void addRepresentative(String key, long textHash, MinHashSignature sig, long scope) {
        int id = keys.size();
        keys.add(key);
        scopes.add(scope);
        signatures.add(sig);
        exact.put(textHash, key);
        for (int b = 0; b < BANDS; b++) {
            buckets.get(b).computeIfAbsent(sig.bandKey(b, ROWS) ^ scope, k -> new ArrayList<>(1)).add(id);
        }
    }
}
