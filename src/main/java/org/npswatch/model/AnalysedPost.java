package org.npswatch.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A post after understanding: intent, substances, tiers, delivery areas and its duplicate
 * cluster.
 *
 * @param tiers every price tier in the text
 * @param duplicateOf key of the first post of the near-duplicate cluster this post belongs to;
 *     empty when this post is the first copy
 * @param substanceTiers in a menu of several substances, the tiers of each substance that has its
 *     own lines ("3-MMC 1g 15 | 5g 60" on one line, or a "2C-B" line over "10 pillen 50" lines);
 *     empty for a post of one substance, whose tiers are all its own
 */
public record AnalysedPost(
        Post post,
        Intent intent,
        List<String> substances,
        List<String> unknownCandidates,
        List<PriceTier> tiers,
        boolean tradeQuantity,
        List<String> deliveryAreas,
        Optional<String> duplicateOf,
        Map<String, List<PriceTier>> substanceTiers) {
    public AnalysedPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(intent, "intent");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        tiers = List.copyOf(tiers);
        deliveryAreas = List.copyOf(deliveryAreas);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        substanceTiers = copyOf(substanceTiers);
    }

    /** A post without tiers of its own per substance. */
    public AnalysedPost(Post post, Intent intent, List<String> substances, List<String> unknownCandidates, List<PriceTier> tiers,
            boolean tradeQuantity, List<String> deliveryAreas, Optional<String> duplicateOf) {
        this(post, intent, substances, unknownCandidates, tiers, tradeQuantity, deliveryAreas, duplicateOf, Map.of());
    }

    /** An immutable copy, keeping the order of the substances. */
    public static Map<String, List<PriceTier>> copyOf(Map<String, List<PriceTier>> bySubstance) {
        Map<String, List<PriceTier>> copy = new LinkedHashMap<>();
        bySubstance.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "substance"), List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
