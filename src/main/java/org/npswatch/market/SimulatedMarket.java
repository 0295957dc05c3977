package org.npswatch.market;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.SourceConfigLoader;
import org.npswatch.config.TelegramConfig;
import org.npswatch.config.WebshopConfig;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/**
 * A market of simulated webshops served on loopback, one JDK HTTP server per shop on its own
 * port, that can move week by week. Everything it serves is a pure function of the seed, the
 * {@link MarketEvents} and the week, so tests can compare runs and the demo is reproducible.
 *
 * <pre>{@code
 * try (SimulatedMarket market = SimulatedMarket.start(42)) {
 *     List<WebshopConfig> configs = market.webshopConfigs(Path.of("simulated-market"));
 *     crawl(configs);                     // week 0
 *     market.advanceWeek();               // products come and go, prices move
 *     MarketTruth truth = market.truth(); // what a perfect crawler would find now
 * }
 * }</pre>
 *
 * <p>Thread-safe: week changes and truth reads are synchronized; servers keep answering while the
 * week changes and switch to the new content atomically per shop.
 */
public final class SimulatedMarket implements AutoCloseable {
    /** User agent of the demo configs; real configs name a contact URL the same way. */
    public static final String DEMO_USER_AGENT = "npswatch/0.1 (+https://npswatch.example/about; simulated market demo)";

    private static final Duration DEMO_POLITENESS = Duration.ofMillis(20);

    private final long seed;
    private final MarketEvents events;
    private final MarketClock clock;
    private final MarketEvolution evolution;
    private final TelegramTraffic traffic;
    private final List<ShopServer> servers;
    private final TelegramServer telegram;
    private List<ShopState> state;
    private List<ChannelHistory> channels;
    private int week;
    private MarketTruth truth;
    private TelegramTruth telegramTruth;

    private SimulatedMarket(long seed, MarketEvents events, MarketClock clock, List<ShopServer> servers, TelegramServer telegram) {
        this.seed = seed;
        this.events = events;
        this.clock = clock;
        this.evolution = new MarketEvolution(seed, Shops.ALL, events);
        this.traffic = new TelegramTraffic(seed, events, clock);
        this.servers = servers;
        this.telegram = telegram;
        reset();
    }

    /** Starts the standard market (standard events, ephemeral ports) at week 0. */
    public static SimulatedMarket start(long seed) {
        return start(seed, MarketEvents.standard(), 0);
    }

    /** Starts a market with these scheduled events on ephemeral ports. */
    public static SimulatedMarket start(long seed, MarketEvents events) {
        return start(seed, events, 0);
    }

    /**
     * Starts a market at week 0.
     *
     * @param basePort 0 for ephemeral ports; otherwise shop {@code i} (in {@link #shops()} order)
     *     listens on {@code basePort + i}, which gives stable URLs for a demo
     */
    public static SimulatedMarket start(long seed, MarketEvents events, int basePort) {
        return start(seed, events, MarketClock.STANDARD, basePort);
    }

    /**
     * Starts a scenario's market at week 0 (its seed, events and calendar); the caller decides how
     * many of its weeks to advance.
     *
     * @param basePort 0 for ephemeral ports, else the first of consecutive ports (see {@link #start(long, MarketEvents, int)})
     */
    public static SimulatedMarket start(MarketScenario scenario, int basePort) {
        return start(scenario.seed(), scenario.events(), scenario.clock(), basePort);
    }

    private static SimulatedMarket start(long seed, MarketEvents events, MarketClock clock, int basePort) {
        for (MarketEvents.Vanish v : events.vanishes()) {
            if (Shops.ALL.stream().noneMatch(s -> s.id().equals(v.shop()))) {
                throw new IllegalArgumentException("no simulated shop " + v.shop() + " to vanish");
            }
        }
        List<ShopServer> servers = new ArrayList<>();
        TelegramServer telegram = null;
        try {
            for (int i = 0; i < Shops.ALL.size(); i++) {
                servers.add(new ShopServer(Shops.ALL.get(i).id(), basePort == 0 ? 0 : basePort + i));
            }
            telegram = new TelegramServer(basePort == 0 ? 0 : basePort + Shops.ALL.size());
        } catch (RuntimeException e) {
            servers.forEach(ShopServer::close);
            throw e;
        }
        return new SimulatedMarket(seed, events, clock, List.copyOf(servers), telegram);
    }

    /** The current week, 0 for the first. */
    public synchronized int week() {
        return week;
    }

    /** Moves the whole market one week on. */
    public synchronized void advanceWeek() {
        week++;
        state = evolution.next(state, week);
        List<ChannelHistory> next = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            next.add(traffic.next(channels.get(i), week, i));
        }
        channels = List.copyOf(next);
        publish();
    }

    /**
     * Moves the market to week {@code n}, replaying every week from 0 so Last-Modified dates are
     * the same as if the market had advanced week by week.
     */
    public synchronized void atWeek(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("week must not be negative: " + n);
        }
        if (n < week) {
            servers.forEach(ShopServer::forget);
            reset();
        }
        while (week < n) {
            advanceWeek();
        }
    }

    /** The shops in a fixed order, with this week's availability. */
    public synchronized List<SimulatedShop> shops() {
        List<SimulatedShop> shops = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            ShopSpec spec = state.get(i).spec();
            Availability a = state.get(i).availability();
            shops.add(new SimulatedShop(spec.id(), spec.title(), spec.platform().displayName(), servers.get(i).baseUri(),
                    a == Availability.ONLINE, a));
        }
        return List.copyOf(shops);
    }

    /** The ground truth of the current week. */
    public synchronized MarketTruth truth() {
        return truth;
    }

    /** Requests a shop's server has seen since the market started, as "GET /path?query". */
    public synchronized List<String> requests(SourceId shop) {
        return servers.get(indexOf(shop)).requests();
    }

    /**
     * One crawl config per shop, as an operator would write them for these shops: seeds at the
     * shop's loopback URL (plus {@code /products.json} for Shopify), cart and account pages
     * skipped, a selector profile for the two custom-HTML shops.
     *
     * <p>The politeness delay is 20 ms so the demo finishes quickly; production configs use at
     * least 1 s per host.
     *
     * @param fileForMessages the file name configs report in messages (they come from no file)
     */
    public synchronized List<WebshopConfig> webshopConfigs(Path fileForMessages) {
        List<WebshopConfig> configs = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            ShopSpec spec = state.get(i).spec();
            URI base = servers.get(i).baseUri();
            List<URI> seeds = spec.platform() == Platform.SHOPIFY
                    ? List.of(base, base.resolve("/products.json"))
                    : List.of(base);
            configs.add(new WebshopConfig(spec.id(), seeds,
                    List.of(Pattern.compile(Pattern.quote(base.toString()) + ".*")),
                    List.of(Pattern.compile(".*[?&]add-to-cart=.*"),
                            Pattern.compile(".*/(cart|checkout|checkouts|account|my-account|winkelwagen|afrekenen|mijn-account"
                                    + "|koszyk|zamowienie|moje-konto|checkout/cart)(/.*)?"),
                            Pattern.compile(".*\\.(jpg|jpeg|png|gif|webp|css|js)(\\?.*)?")),
                    500, DEMO_POLITENESS, "0 0 6 ? * MON", DEMO_USER_AGENT, profile(spec), FetchLimits.DEFAULTS,
                    fileForMessages));
        }
        return List.copyOf(configs);
    }

    /**
     * Base URI of the simulated Telegram web preview ({@code http://127.0.0.1:PORT/}), standing in
     * for {@code https://t.me}: channel pages are at {@code /s/NAME}.
     */
    public URI telegramBase() {
        return telegram.baseUri();
    }

    /** The Telegram channels' messages so far with their answer key. */
    public synchronized TelegramTruth telegramTruth() {
        return telegramTruth;
    }

    /** The scheduled events this market runs with. */
    public MarketEvents events() {
        return events;
    }

    /** The market's calendar: the Monday of each week and when shops publish it. */
    public MarketClock clock() {
        return clock;
    }

    /** Every injected event (type, substance or shop, first week): the answer key for detection. */
    public List<InjectedEvent> injectedEvents() {
        return events.injected();
    }

    /** Requests the Telegram preview server has seen, as "GET /s/name?before=12". */
    public List<String> telegramRequests() {
        return telegram.requests();
    }

    /**
     * One config per simulated channel, read through the web preview at {@link #telegramBase()}:
     * the Dutch menu channel, the English channel, and the private group (whose preview is a join
     * page, which a reader must report). Politeness 20 ms for the demo; production uses seconds.
     *
     * @param fileForMessages the file name configs report in messages (they come from no file)
     */
    public List<TelegramConfig> telegramConfigs(Path fileForMessages) {
        return TelegramChannels.ALL.stream()
                .map(c -> new TelegramConfig(SourceId.of("tg-" + c.username()), SourceKind.TELEGRAM_CHANNEL, c.username(),
                        TelegramConfig.Via.PREVIEW, telegram.baseUri(), DEMO_POLITENESS, SourceConfigLoader.DEFAULT_MAX_MESSAGES,
                        "0 0 6 ? * MON", DEMO_USER_AGENT, fileForMessages))
                .toList();
    }

    /**
     * Writes a Telegram Desktop export ({@code result.json}) of a synthetic Dutch group covering
     * the market's first 12 weeks, and its truth ({@code truth.tsv}: id, intent, ad id or "-"),
     * into {@code dir}.
     *
     * @return the path of {@code result.json}
     */
    public Path writeSampleExport(Path dir) {
        Path export = dir.resolve("result.json");
        new TelegramExportGenerator(new TelegramExportGenerator.Spec(seed, 600, 60, 30, clock.publishedAt(0),
                Duration.ofDays(7L * 12))).write(export, dir.resolve("truth.tsv"));
        return export;
    }

    /** The selector profile of a custom-HTML shop; the selectors match {@link PriceListSite} and {@link TierTableSite}. */
    static Optional<ExtractionProfile> profile(ShopSpec spec) {
        Currency currency = spec.currency();
        return switch (spec.platform()) {
            case CUSTOM_PRICE_LIST -> Optional.of(new ExtractionProfile("div.product-card", ".product-title", ".prijslijst",
                    Optional.empty(), Optional.of(".voorraad"), ExtractionProfile.DEFAULT_OUT_OF_STOCK,
                    Optional.of(".omschrijving"), currency));
            case CUSTOM_TIER_TABLE -> Optional.of(new ExtractionProfile("div.item", "h2.item-name", "table.tiers td.tier-price",
                    Optional.of("table.tiers td.tier-qty"), Optional.of(".stock-status"), ExtractionProfile.DEFAULT_OUT_OF_STOCK,
                    Optional.of(".item-desc"), currency));
            default -> Optional.empty();
        };
    }

    /** Stops every shop's server and the Telegram preview server. */
    @Override
    public synchronized void close() {
        servers.forEach(ShopServer::close);
        telegram.close();
    }

    private int indexOf(SourceId shop) {
        for (int i = 0; i < state.size(); i++) {
            if (state.get(i).spec().id().equals(shop)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no simulated shop " + shop);
    }

    private void reset() {
        state = evolution.initial();
        List<ChannelHistory> first = new ArrayList<>();
        for (int i = 0; i < TelegramChannels.ALL.size(); i++) {
            first.add(traffic.next(ChannelHistory.empty(TelegramChannels.ALL.get(i)), 0, i));
        }
        channels = List.copyOf(first);
        week = 0;
        publish();
    }

    private void publish() {
        List<ShopTruth> shops = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            ShopState s = state.get(i);
            ShopServer server = servers.get(i);
            Site site = render(s, server.baseUri(), clock, week);
            server.publish(site, s.availability(), clock.publishedAt(week));
            List<ShownOffer> offers = s.listings().stream()
                    .map(l -> new ShownOffer(l.name(), l.product().substances(), l.product().unknownNames(),
                            l.tiers(s.spec().currency()), l.stock(), ShownOffer.Role.MAIN, l.product().key()))
                    .toList();
            shops.add(new ShopTruth(s.spec().id(), s.spec().platform(), server.baseUri(), s.availability(), offers,
                    s.availability() == Availability.ONLINE ? site.pages() : List.of()));
        }
        truth = new MarketTruth(week, clock.weekStart(week), shops);
        publishTelegram();
    }

    private void publishTelegram() {
        java.util.Map<String, ChannelHistory> byName = new java.util.LinkedHashMap<>();
        List<TelegramTruth.ChannelTruth> channelTruths = new ArrayList<>();
        for (ChannelHistory h : channels) {
            byName.put(h.spec().username(), h);
            channelTruths.add(new TelegramTruth.ChannelTruth(h.spec().username(), h.spec().title(), h.spec().publicChannel(),
                    h.posts().stream().map(ChannelPost::truth).toList()));
        }
        telegram.publish(new TelegramServer.Snapshot(byName, clock.weekStart(week + 1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        telegramTruth = new TelegramTruth(week, channelTruths);
    }

    /** A shop's site in a week of the standard calendar. */
    static Site render(ShopState shop, URI base, int week) {
        return render(shop, base, MarketClock.STANDARD, week);
    }

    static Site render(ShopState shop, URI base, MarketClock clock, int week) {
        ShopSite site = switch (shop.spec().platform()) {
            case WOOCOMMERCE, WOOCOMMERCE_YOAST -> new WooCommerceSite(shop, base, clock, week);
            case SHOPIFY -> new ShopifySite(shop, base, clock, week);
            case SHOPWARE, PRESTASHOP -> new MicrodataSite(shop, base, clock, week);
            case CUSTOM_PRICE_LIST -> new PriceListSite(shop, base, clock, week);
            case CUSTOM_TIER_TABLE -> new TierTableSite(shop, base, clock, week);
            case CONTACT_ONLY -> new ContactSite(shop, base, clock, week);
        };
        return site.render();
    }
}
