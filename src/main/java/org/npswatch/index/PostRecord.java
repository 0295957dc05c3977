package org.npswatch.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.LegalStatus;
import org.npswatch.model.Money;
import org.npswatch.model.PriceTier;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;
import org.npswatch.model.SubstanceClass;
import org.npswatch.model.Unit;

/**
 * One Telegram post as stored in its POST document.
 *
 * @param key {@code Post.key()}: "source/messageId"
 * @param duplicateOf key of the first post of its near-duplicate cluster; empty for a first copy
 * @param authorPseudonym keyed hash of the poster, never the id or name
 * @param substanceTiers in a menu of several substances, the tiers each has on its own lines
 *     ({@code AnalysedPost#substanceTiers}); empty otherwise, and for posts indexed before it was kept
 */
public record PostRecord(
        String key,
        SourceId source,
        SourceKind kind,
        String messageId,
        Instant postedAt,
        String text,
        Intent intent,
        List<String> substances,
        List<String> unknownCandidates,
        List<SubstanceClass> classes,
        List<LegalStatus> legalStatuses,
        List<PriceTier> tiers,
        boolean tradeQuantity,
        List<String> deliveryAreas,
        Optional<String> duplicateOf,
        Optional<String> authorPseudonym,
        Map<String, List<PriceTier>> substanceTiers)
        implements Hit {
    public PostRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        substances = List.copyOf(substances);
        unknownCandidates = List.copyOf(unknownCandidates);
        classes = List.copyOf(classes);
        legalStatuses = List.copyOf(legalStatuses);
        tiers = List.copyOf(tiers);
        deliveryAreas = List.copyOf(deliveryAreas);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(authorPseudonym, "authorPseudonym");
        substanceTiers = AnalysedPost.copyOf(substanceTiers);
    }

    /** A post without tiers of its own per substance. */
    public PostRecord(String key, SourceId source, SourceKind kind, String messageId, Instant postedAt, String text, Intent intent,
            List<String> substances, List<String> unknownCandidates, List<SubstanceClass> classes, List<LegalStatus> legalStatuses,
            List<PriceTier> tiers, boolean tradeQuantity, List<String> deliveryAreas, Optional<String> duplicateOf,
            Optional<String> authorPseudonym) {
        this(key, source, kind, messageId, postedAt, text, intent, substances, unknownCandidates, classes, legalStatuses, tiers,
                tradeQuantity, deliveryAreas, duplicateOf, authorPseudonym, Map.of());
    }

    /**
     * The tiers that price one substance of the post: all of them when the post offers only that
     * substance, else the substance's own lines of the menu (none when it has none).
     */
    public List<PriceTier> tiersOf(String substance) {
        if (substances.size() == 1) {
            return substances.getFirst().equals(substance) ? tiers : List.of();
        }
        return substanceTiers.getOrDefault(substance, List.of());
    }

    @Override
    public Instant time() {
        return postedAt;
    }

    public Optional<Money> bestPricePerGram() {
        return UnitPrices.best(tiers, Unit.Dimension.MASS);
    }

    public Optional<Money> bestPricePerUnit() {
        return UnitPrices.best(tiers, Unit.Dimension.COUNT);
    }

    /** Best price per base unit of the primary dimension (g, else ml, else piece). */
    public Optional<Money> pricePerBaseUnit() {
        return UnitPrices.primaryDimension(tiers).flatMap(d -> UnitPrices.best(tiers, d));
    }
}
