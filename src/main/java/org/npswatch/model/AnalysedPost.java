package org.npswatch.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post after understanding: intent, substances, tiers, delivery areas and its duplicate
 * cluster.
 *
 * @param duplicateOf key of the first post of the near-duplicate cluster this post belongs to;
 *     empty when this post is the first copy
 */
public record AnalysedPost(
        Post post,
        Intent intent,
        List<String> substances,
        List<String> unknownCandidates,
        List<PriceTier> tiers,
        boolean tradeQuantity,
        List<String> deliveryAreas,
        Optional<String> duplicateOf) {
    public AnalysedPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(intent, "intent");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        tiers = List.copyOf(tiers);
        deliveryAreas = List.copyOf(deliveryAreas);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
}
