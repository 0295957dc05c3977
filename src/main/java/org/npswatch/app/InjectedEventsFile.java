package org.npswatch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.npswatch.market.InjectedEvent;
import org.npswatch.market.MarketEvents;
import org.npswatch.market.MarketScenario;
import org.npswatch.model.FlagType;

/**
 * The answer key of a simulated history as JSON Lines ({@code simulation/injected-events.jsonl}),
 * one object per injected event, with the same key names and value forms as
 * {@code flags --format jsonl} where they mean the same thing, so an evaluator can join the two:
 *
 * <ul>
 *   <li>{@code type}: the {@link InjectedEvent.Type} (NEW_SUBSTANCE, NEW_UNKNOWN_NAME, VOLUME_UP, ...)
 *   <li>{@code flag_type}: the flag type that announces it (NEW_SUBSTANCE, UNKNOWN_NAME,
 *       VOLUME_CHANGE, PRICE_CHANGE, AVAILABILITY), null when no new flag is due (an invented
 *       name spreading to another shop)
 *   <li>{@code substance}: the lexicon's canonical name (as flags name it), or the invented name;
 *       null for shop events. {@code shop}: the shop's source id, or null
 *   <li>{@code week}: the ISO week ("2026-W12") whose crawl first shows the event, as flags
 *       count weeks; {@code market_week}: the same as a 0-based scenario week; {@code week_start}:
 *       that week's Monday
 *   <li>{@code direction} ("up"/"down") and {@code factor} for volume and price events
 *   <li>{@code shop_listings}, {@code telegram_posts}: expected weekly counts {@code {before,
 *       after}} for volume events and appearances (the substance's own listings, not kits)
 *   <li>{@code until_week}, {@code status} ("down"/"unavailable") for outages
 * </ul>
 * Keys are always present (null when they do not apply), in this order.
 */
final class InjectedEventsFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MarketScenario scenario;
    private final Function<String, Optional<String>> canonicalName;

    /**
     * @param canonicalName the lexicon's canonical name of a substance, so the key names substances as flags do
     */
    InjectedEventsFile(MarketScenario scenario, Function<String, Optional<String>> canonicalName) {
        this.scenario = scenario;
        this.canonicalName = canonicalName;
    }

    /** Writes the scenario's answer key (events within its weeks) atomically, creating the folder. */
    void write(Path file) {
        StringBuilder out = new StringBuilder();
        for (InjectedEvent e : scenario.injected()) {
            try {
                out.append(JSON.writeValueAsString(json(e))).append('\n');
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("an answer-key line cannot fail to serialise", ex);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the answer key " + file, ex);
        }
    }

    ObjectNode json(InjectedEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", e.type().name());
        o.put("flag_type", flagType(e.type()).map(FlagType::name).orElse(null));
        o.put("substance", e.substance().map(s -> e.type() == InjectedEvent.Type.NEW_UNKNOWN_NAME
                || e.type() == InjectedEvent.Type.UNKNOWN_NAME_SPREADS ? s : canonicalName.apply(s).orElse(s)).orElse(null));
        o.put("shop", e.shop().map(s -> s.value()).orElse(null));
        o.put("week", MarketCrawl.isoWeek(scenario.clock(), e.week()).toString());
        o.put("market_week", e.week());
        o.put("week_start", scenario.clock().weekStart(e.week()).toString());
        o.put("direction", direction(e.type()));
        o.put("factor", e.factor().orElse(null));
        levels(o, "shop_listings", e.expectedShopListings());
        levels(o, "telegram_posts", e.expectedTelegramPosts());
        Optional<MarketEvents.Outage> outage = e.type() == InjectedEvent.Type.SHOP_OUTAGE
                ? scenario.events().outages().stream()
                        .filter(x -> e.shop().equals(Optional.of(x.shop())) && x.fromWeek() == e.week()).findFirst()
                : Optional.empty();
        o.put("until_week", outage.map(x -> MarketCrawl.isoWeek(scenario.clock(), x.toWeek()).toString()).orElse(null));
        o.put("status", outage.map(x -> x.availability().name().toLowerCase(Locale.ROOT)).orElse(null));
        return o;
    }

    private static void levels(ObjectNode o, String key, Optional<InjectedEvent.Levels> levels) {
        if (levels.isEmpty()) {
            o.putNull(key);
            return;
        }
        ObjectNode l = o.putObject(key);
        l.put("before", levels.get().before());
        l.put("after", levels.get().after());
    }

    static Optional<FlagType> flagType(InjectedEvent.Type type) {
        return switch (type) {
            case NEW_SUBSTANCE -> Optional.of(FlagType.NEW_SUBSTANCE);
            case NEW_UNKNOWN_NAME -> Optional.of(FlagType.UNKNOWN_NAME);
            case UNKNOWN_NAME_SPREADS -> Optional.empty();
            case VOLUME_UP, VOLUME_DOWN -> Optional.of(FlagType.VOLUME_CHANGE);
            case PRICE_UP, PRICE_DOWN -> Optional.of(FlagType.PRICE_CHANGE);
            case SHOP_OUTAGE, SHOP_VANISHED -> Optional.of(FlagType.AVAILABILITY);
        };
    }

    private static String direction(InjectedEvent.Type type) {
        return switch (type) {
            case VOLUME_UP, PRICE_UP -> "up";
            case VOLUME_DOWN, PRICE_DOWN -> "down";
            default -> null;
        };
    }
}
