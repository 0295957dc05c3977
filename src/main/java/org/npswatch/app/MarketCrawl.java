package org.npswatch.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import org.npswatch.fetch.CrawlProgress;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.market.MarketClock;
import org.npswatch.market.SimulatedMarket;
import org.npswatch.model.IsoWeek;

/**
 * Crawls a simulated market as the scheduled service would crawl real sources: once per simulated
 * week every shop is crawled and every Telegram channel's web preview read, all recorded as seen
 * {@link #AFTER_PUBLICATION} after the shops published the week. {@code demo}, {@code simulate}
 * and the detection tests' harness share it, so the same scenario gives them the same history.
 */
final class MarketCrawl {
    /** How long after the shops publish a week (06:00 UTC on its Monday) the week's crawl is recorded. */
    static final Duration AFTER_PUBLICATION = Duration.ofHours(3);

    /** Called after each simulated week's crawl, with the market still at that week. */
    @FunctionalInterface
    interface WeekListener {
        void crawled(Week week, SimulatedMarket market);
    }

    /**
     * What one simulated week's crawl found.
     *
     * @param unreachable shops that answered no page, and channels that could not be read (with why)
     */
    record Week(int week, LocalDate start, Instant seenAt, List<WebshopMonitor.Outcome> shops,
            List<TelegramMonitor.Outcome> channels, List<String> unreachable) {
        Week {
            shops = List.copyOf(shops);
            channels = List.copyOf(channels);
            unreachable = List.copyOf(unreachable);
        }

        /** Unknown substance-like names the shops' pages carried this week. */
        List<String> unknownCandidates() {
            return shops.stream().flatMap(o -> o.unknownCandidates().stream()).toList();
        }

        /** One line of progress: pages, offers and posts of the week, and what could not be reached. */
        String progressLine() {
            int fetched = 0;
            int unchanged = 0;
            int failed = 0;
            int offers = 0;
            int added = 0;
            int changed = 0;
            int gone = 0;
            for (WebshopMonitor.Outcome o : shops) {
                fetched += o.report().pagesFetched();
                unchanged += o.report().pagesNotModified();
                failed += o.report().pagesFailed();
                offers += o.offers();
                added += o.diff().added().size() + o.diff().returned().size();
                changed += o.diff().changed().size();
                gone += o.diff().gone().size();
            }
            long posts = channels.stream().mapToLong(TelegramMonitor.Outcome::posts).sum();
            long postOffers = channels.stream().mapToLong(TelegramMonitor.Outcome::offers).sum();
            long reposts = channels.stream().mapToLong(TelegramMonitor.Outcome::duplicates).sum();
            return String.format(java.util.Locale.ROOT,
                    "week %2d (%s): %3d pages, %3d unchanged, %2d failed | offers %3d: %3d new, %3d changed, %3d gone"
                            + " | posts %3d (%d offers, %d re-posts) | %s",
                    week, start, fetched, unchanged, failed, offers, added, changed, gone, posts, postOffers, reposts,
                    unreachable.isEmpty() ? "all sources reached" : "unreachable: " + String.join(", ", unreachable));
        }
    }

    private final SimulatedMarket market;
    private final WebshopMonitor shops;
    private final TelegramMonitor telegram;
    private final List<WebshopConfig> shopConfigs;
    private final List<TelegramConfig> channelConfigs;

    /**
     * @param sources the file name the market's generated source configs report in messages
     */
    MarketCrawl(SimulatedMarket market, WebshopMonitor shops, TelegramMonitor telegram, Path sources) {
        this.market = market;
        this.shops = shops;
        this.telegram = telegram;
        this.shopConfigs = market.webshopConfigs(sources);
        this.channelConfigs = market.telegramConfigs(sources);
    }

    List<WebshopConfig> shopConfigs() {
        return shopConfigs;
    }

    List<TelegramConfig> channelConfigs() {
        return channelConfigs;
    }

    /**
     * Crawls weeks 0 to {@code weeks - 1}, advancing the market (which must be at week 0) before
     * each week after the first.
     */
    void run(int weeks, WeekListener listener) {
        for (int w = 0; w < weeks; w++) {
            if (w > 0) {
                market.advanceWeek();
            }
            listener.crawled(crawlWeek(w), market);
        }
    }

    private Week crawlWeek(int w) {
        Instant seenAt = seenAt(market.clock(), w);
        List<WebshopMonitor.Outcome> shopOutcomes = new ArrayList<>();
        List<TelegramMonitor.Outcome> channelOutcomes = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (WebshopConfig shop : shopConfigs) {
            WebshopMonitor.Outcome o = shops.crawl(shop, seenAt, CrawlProgress.NONE);
            shopOutcomes.add(o);
            if (o.report().pagesFetched() + o.report().pagesNotModified() == 0) {
                unreachable.add(o.report().source().value());
            }
        }
        for (TelegramConfig channel : channelConfigs) {
            try {
                channelOutcomes.add(telegram.readPreview(channel, FetchLimits.DEFAULTS, seenAt));
            } catch (TelegramSourceException e) {
                // the private group answers with a join page every week: a failed run, reported here
                unreachable.add("@" + channel.username() + " (" + shortReason(e) + ")");
            }
        }
        return new Week(w, market.clock().weekStart(w), seenAt, shopOutcomes, channelOutcomes, unreachable);
    }

    /** When the crawl of a simulated week is recorded. */
    static Instant seenAt(MarketClock clock, int week) {
        return clock.publishedAt(week).plus(AFTER_PUBLICATION);
    }

    /** The ISO week in which the history (and so every flag) places a simulated week's crawl. */
    static IsoWeek isoWeek(MarketClock clock, int week) {
        return MarketHistory.week(seenAt(clock, week));
    }

    private static String shortReason(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.contains("not a public channel") ? "not a public channel" : m.length() > 60 ? m.substring(0, 60) + "…" : m;
    }
}
