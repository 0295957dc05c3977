package org.npswatch.market;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.npswatch.model.Intent;
import org.npswatch.model.PriceTier;

/**
 * Writes one week of messages of a simulated channel. Menus are re-posted at a stationary rate
 * with small edits (a price moved, an emoji swapped, a line added); single-substance ads of
 * tracked substances come at a rate drawn around the substance's level times its volume
 * multiplier, from a pool of sellers that grows and shrinks with it (in the channel's own style,
 * or for a substance it has none for in one made from the catalogue,
 * {@link TelegramChannels#adStyle}); requests, chatter, warnings,
 * link posts, photos, stickers and service messages fill the rest. Week {@code w}'s messages are
 * dated in the seven days from {@link MarketClock#weekStart(int)}; all randomness comes from
 * {@code Random(seed, week, channel)}.
 */
final class TelegramTraffic {
    private static final int SELLERS_AT_BASE_LEVEL = 3;
    private static final double[] PRICE_STEPS = {0.95, 1.0, 1.0, 1.05};

    private final long seed;
    private final MarketEvents events;
    private final TrackedSubstances tracked;
    private final MarketClock clock;

    TelegramTraffic(long seed, MarketEvents events, MarketClock clock) {
        this.seed = seed;
        this.events = events;
        this.tracked = new TrackedSubstances(events);
        this.clock = clock;
    }

    /** A message before it has an id and a time. */
    private record Draft(
            TelegramMessageTruth.Kind kind, Intent intent, String text, List<String> substances, List<PriceTier> tiers,
            boolean trade, Optional<String> adId, Optional<String> seller, int mediaCount,
            Optional<ChannelSpec.LinkPost> link) {
        static Draft other(TelegramMessageTruth.Kind kind, String text, List<String> substances, int media) {
            return new Draft(kind, Intent.OTHER, text, substances, List.of(), false, Optional.empty(), Optional.empty(), media,
                    Optional.empty());
        }
    }

    /** The channel with week {@code week}'s messages appended. */
    ChannelHistory next(ChannelHistory history, int week, int channelIndex) {
        ChannelSpec spec = history.spec();
        if (!spec.publicChannel()) {
            return history;
        }
        Random rng = Seeds.random(seed, 7, week, channelIndex);
        List<Draft> drafts = new ArrayList<>();
        for (TelegramAd ad : spec.menuAds()) {
            int copies = Counts.draw(ad.repostsPerWeek(), events.noise(), rng);
            for (int i = 0; i < copies; i++) {
                drafts.add(menuPost(ad, week, rng));
            }
        }
        spec.trackedAds().keySet().stream().sorted()
                .forEach(s -> trackedPosts(spec, s, spec.trackedAds().get(s), week, rng, drafts));
        // substances a scenario gave a Telegram level here without a hand-written style: after the
        // others, so a channel without such levels draws exactly what it drew before
        tracked.all().stream().filter(t -> t.posts(spec.username()) > 0 && !spec.trackedAds().containsKey(t.substance()))
                .forEach(t -> trackedPosts(spec, t.substance(), TelegramChannels.adStyle(spec, t.substance()), week, rng, drafts));
        repeat(1.0, rng, () -> {
            ChannelSpec.Phrase p = spec.requests().get(rng.nextInt(spec.requests().size()));
            drafts.add(new Draft(TelegramMessageTruth.Kind.TEXT, Intent.REQUEST, p.text(), p.substances(), List.of(), false,
                    Optional.empty(), Optional.empty(), 0, Optional.empty()));
        });
        repeat(2.0, rng, () -> {
            ChannelSpec.Phrase p = spec.chatter().get(rng.nextInt(spec.chatter().size()));
            drafts.add(Draft.other(TelegramMessageTruth.Kind.TEXT, p.text(), p.substances(), 0));
        });
        repeat(0.5, rng, () -> {
            ChannelSpec.LinkPost l = spec.links().get(rng.nextInt(spec.links().size()));
            drafts.add(new Draft(TelegramMessageTruth.Kind.LINK_PREVIEW, Intent.OTHER, l.text(), List.of(), List.of(), false,
                    Optional.empty(), Optional.empty(), 0, Optional.of(l)));
        });
        repeat(0.7, rng, () -> drafts.add(Draft.other(TelegramMessageTruth.Kind.PHOTO_ONLY, "", List.of(), 1)));
        repeat(0.4, rng, () -> drafts.add(Draft.other(TelegramMessageTruth.Kind.STICKER, "", List.of(), 1)));
        Collections.shuffle(drafts, rng);
        List<Draft> ordered = new ArrayList<>();
        if (week == 0) {
            ordered.add(Draft.other(TelegramMessageTruth.Kind.SERVICE, "Channel created", List.of(), 0));
            ordered.add(Draft.other(TelegramMessageTruth.Kind.SERVICE, "Channel photo updated", List.of(), 0));
        }
        ordered.addAll(drafts);
        if (week % 4 == 3) {
            pinOneMenu(spec, ordered, rng);
        }
        return assign(history, ordered, week, rng);
    }

    private void trackedPosts(
            ChannelSpec spec, String substance, ChannelSpec.TrackedAdStyle style, int week, Random rng, List<Draft> drafts) {
        double multiplier = events.volumeMultiplier(substance, week);
        double level = tracked.find(substance).map(t -> t.posts(spec.username())).orElse(0.0);
        int count = Counts.draw(level * multiplier, events.noise(), rng);
        if (count == 0 && level > 0 && events.appearsIn(substance, week)) {
            count = 1;
        }
        int sellers = Math.max(1, (int) Math.round(SELLERS_AT_BASE_LEVEL * multiplier));
        for (int i = 0; i < count; i++) {
            int seller = rng.nextInt(sellers);
            MenuLine line = style.line(seller, substance);
            List<PriceTier> tiers = line.tiers(priceStep(rng) * events.priceFactor(substance, week).doubleValue());
            List<String> lines = new ArrayList<>();
            lines.add(line.text(tiers, rng.nextInt(100) < 25 ? line.altEmoji() : line.emoji()));
            lines.add(style.footers().get(seller % style.footers().size()));
            lines.add("\ud83d\udcf2 @" + style.handle(seller));
            boolean photo = rng.nextInt(100) < 15;
            drafts.add(new Draft(photo ? TelegramMessageTruth.Kind.PHOTO_WITH_CAPTION : TelegramMessageTruth.Kind.TEXT,
                    Intent.OFFER, String.join("\n", lines), List.of(substance), tiers, line.trade(),
                    Optional.of(spec.username() + ":" + substance + ":" + seller), Optional.of(style.handle(seller)),
                    photo ? 1 : 0, Optional.empty()));
        }
    }

    private Draft menuPost(TelegramAd ad, int week, Random rng) {
        List<String> lines = new ArrayList<>();
        if (!ad.opener().isEmpty()) {
            lines.add(rng.nextInt(100) < 20 ? ad.opener().replace("\ud83d\udd25", "\ud83d\udca5") : ad.opener());
        }
        List<PriceTier> tiers = new ArrayList<>();
        List<String> substances = new ArrayList<>();
        for (MenuLine line : ad.lines()) {
            List<PriceTier> lineTiers = line.tiers(priceStep(rng) * events.priceFactor(line.substance(), week).doubleValue());
            tiers.addAll(lineTiers);
            lines.add(line.text(lineTiers, rng.nextInt(100) < 30 ? line.altEmoji() : line.emoji()));
            if (!substances.contains(line.substance())) {
                substances.add(line.substance());
            }
        }
        lines.addAll(ad.footer());
        lines.add("\ud83d\udcf2 @" + ad.seller());
        if (rng.nextInt(100) < 15) {
            lines.add(ad.lines().getFirst().euroSign() ? "\u23f0 Same day dispatch!" : "\u23f0 Vandaag nog geleverd!");
        }
        int roll = rng.nextInt(100);
        TelegramMessageTruth.Kind kind = roll < 20 ? TelegramMessageTruth.Kind.ALBUM
                : roll < 40 ? TelegramMessageTruth.Kind.PHOTO_WITH_CAPTION : TelegramMessageTruth.Kind.TEXT;
        int media = switch (kind) {
            case ALBUM -> 2 + rng.nextInt(3);
            case PHOTO_WITH_CAPTION -> 1;
            default -> 0;
        };
        return new Draft(kind, Intent.OFFER, String.join("\n", lines), substances, tiers, ad.trade(), Optional.of(ad.adId()),
                Optional.of(ad.seller()), media, Optional.empty());
    }

    /** A pin service message quoting the start of a menu: its text names substances but offers nothing. */
    private static void pinOneMenu(ChannelSpec spec, List<Draft> ordered, Random rng) {
        ordered.stream().filter(d -> d.intent() == Intent.OFFER).findFirst().ifPresent(menu -> {
            String quoted = menu.text().lines().limit(2).reduce((a, b) -> a + " " + b).orElse("");
            String text = spec.title() + " pinned \u00ab" + quoted + "\u00bb";
            ordered.add(Math.min(ordered.size(), ordered.indexOf(menu) + 1 + rng.nextInt(2)),
                    Draft.other(TelegramMessageTruth.Kind.SERVICE, text, List.of(), 0));
        });
    }

    private ChannelHistory assign(ChannelHistory history, List<Draft> drafts, int week, Random rng) {
        ChannelSpec spec = history.spec();
        Instant start = clock.weekStart(week).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC);
        long span = Duration.ofDays(7).minusHours(9).toSeconds();
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            offsets.add((long) (rng.nextDouble() * span) / 60 * 60);
        }
        Collections.sort(offsets);
        List<ChannelPost> posts = new ArrayList<>(history.posts());
        Map<String, String> firstCopies = new HashMap<>(history.firstCopies());
        long id = history.nextId();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String post = spec.username() + "/" + id;
            Optional<String> duplicateOf = d.adId().map(ad -> firstCopies.putIfAbsent(ad, post));
            TelegramMessageTruth truth = new TelegramMessageTruth(post, id, week, start.plusSeconds(offsets.get(i)), d.kind(),
                    d.intent(), d.substances(), d.tiers(), d.trade(), d.adId(), duplicateOf,
                    d.seller(), d.text(), d.mediaCount());
            int views = (int) (spec.subscribers() * (0.15 + 0.7 * rng.nextDouble()));
            boolean edited = d.intent() == Intent.OFFER && rng.nextInt(100) < 5;
            posts.add(new ChannelPost(truth, d.link(), views, edited));
            id += Math.max(1, d.kind() == TelegramMessageTruth.Kind.ALBUM ? d.mediaCount() : 1);
        }
        return new ChannelHistory(spec, posts, id, firstCopies);
    }

    private static double priceStep(Random rng) {
        return PRICE_STEPS[rng.nextInt(PRICE_STEPS.length)];
    }

    private static void repeat(double mean, Random rng, Runnable action) {
        int n = Counts.poisson(mean, rng);
        for (int i = 0; i < n; i++) {
            action.run();
        }
    }
}
