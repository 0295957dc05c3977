package org.npswatch.extract.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.TelegramConfig;
import org.npswatch.fetch.telegram.LastSeenStore;
import org.npswatch.fetch.telegram.PreviewFetcher;
import org.npswatch.fetch.telegram.PreviewRun;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramSourceException;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/** The preview fetcher with the real page parser against a local WireMock "t.me". */
class PreviewFetcherTest {
    private static final String CHANNEL = "snowexpress_nl";
    private static final SourceId SOURCE = SourceId.of("snowexpress-nl");
    private static final Duration POLITENESS = Duration.ofSeconds(2);
    /** The ids of channel-newest, channel-before-27 and channel-before-8 that are posts (1, 2, 5 are service). */
    private static final List<String> FIRST_RUN_IDS = Stream.of(3, 4, 6, 7, 8, 11, 12, 13, 14, 15, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35, 36, 39, 40, 41, 42, 46, 47, 48)
            .map(String::valueOf).toList();

    @TempDir
    Path dataDir;

    private WireMockServer server;
    private final List<Duration> sleeps = new ArrayList<>();
    private final Pseudonymiser pseudonymiser = new Pseudonymiser("test-key-0123456789abcdef");
    private LastSeenStore lastSeen;
    private PreviewFetcher fetcher;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().jettyAcceptors(1));
        server.start();
        lastSeen = new LastSeenStore(dataDir);
        fetcher = new PreviewFetcher(new PreviewPageParser(), lastSeen, FetchLimits.DEFAULTS, pseudonymiser, sleeps::add);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private TelegramConfig config(String username, int maxMessages) {
        return new TelegramConfig(SOURCE, SourceKind.TELEGRAM_CHANNEL, username, TelegramConfig.Via.PREVIEW,
                URI.create(server.baseUrl()), POLITENESS, maxMessages, "0 0 */6 * * ?", "npswatch-test/0.1",
                Path.of("crawl-config/telegram/snowexpress.yaml"));
    }

    private void stubPage(String url, String fixture) {
        server.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(PreviewFixtures.page(fixture))));
    }

    private void stubWholeChannel() {
        stubPage("/s/" + CHANNEL, "channel-newest.html");
        stubPage("/s/" + CHANNEL + "?before=27", "channel-before-27.html");
        stubPage("/s/" + CHANNEL + "?before=8", "channel-before-8.html");
    }

    private int requestsTo(String url) {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(url)).build()).getCount();
    }

    @Test
    void pagesBackwardsWithBeforeUntilTheChannelsFirstMessage() {
        stubWholeChannel();

        List<Post> posts = fetcher.fetchNew(config(CHANNEL, 500));

        assertEquals(FIRST_RUN_IDS, posts.stream().map(Post::messageId).toList());
        assertEquals(3, server.getAllServeEvents().size());
        assertEquals(1, requestsTo("/s/" + CHANNEL));
        assertEquals(1, requestsTo("/s/" + CHANNEL + "?before=27"));
        assertEquals(1, requestsTo("/s/" + CHANNEL + "?before=8"));
        server.verify(3, getRequestedFor(urlPathEqualTo("/s/" + CHANNEL))
                .withHeader("User-Agent", equalTo("npswatch-test/0.1")));
        assertEquals(List.of(POLITENESS, POLITENESS), sleeps);
        assertEquals(OptionalLong.of(48), lastSeen.lastSeen(SOURCE));
    }

    @Test
    void mapsMessagesToPostsWithPseudonymisedSignaturesAndForwards() {
        stubWholeChannel();

        List<Post> posts = fetcher.fetchNew(config(CHANNEL, 500));
        Post menu = post(posts, "48");
        Post signed = post(posts, "34");
        Post fromPerson = post(posts, "20");
        Post fromChannel = post(posts, "47");

        assertEquals(SOURCE, menu.source());
        assertEquals("snowexpress-nl/48", menu.key());
        assertEquals(Instant.parse("2026-02-21T11:00:00Z"), menu.postedAt());
        assertTrue(menu.text().startsWith("📋 MENU 📋\n\n❄️ Cocaine 1g - 55 | 5g - 260\n💊 XTC pillen"), menu.text());
        assertEquals(Optional.of(2900), menu.views());
        assertEquals(Optional.empty(), menu.authorPseudonym());
        assertEquals(Optional.empty(), menu.editedAt());
        assertEquals(Optional.of(pseudonymiser.pseudonym("signature:Mo")), signed.authorPseudonym());
        assertEquals(Optional.of(pseudonymiser.pseudonym("name:Rico")), fromPerson.forwardedFrom());
        assertFalse(fromPerson.forwardedFrom().orElseThrow().contains("Rico"));
        assertEquals(Optional.of("@pillenwaarschuwing"), fromChannel.forwardedFrom());
    }

    private static Post post(List<Post> posts, String id) {
        return posts.stream().filter(p -> p.messageId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void stopsAtTheLastSeenMessageOnTheNextRun() {
        stubWholeChannel();
        fetcher.fetchNew(config(CHANNEL, 500));
        server.resetAll();
        sleeps.clear();
        stubPage("/s/" + CHANNEL, "channel-newest-later.html");

        List<Post> second = new ArrayList<>();
        PreviewRun run = fetcher.read(config(CHANNEL, 500), second::addAll);

        assertEquals(List.of("49", "50", "51", "52", "53", "55", "56", "57"),
                second.stream().map(Post::messageId).toList());
        assertEquals(1, server.getAllServeEvents().size());
        assertEquals(List.of(), sleeps);
        assertTrue(run.reachedLastSeen());
        assertFalse(run.stoppedAtLimit());
        assertEquals(1, run.serviceMessagesSkipped());
        assertEquals(1, run.pagesRead());
        assertEquals(8, run.postsDelivered());
        assertEquals(OptionalLong.of(57), lastSeen.lastSeen(SOURCE));
    }

    @Test
    void stopsAtMaxMessagesPerRunKeepingTheNewest() {
        stubWholeChannel();

        List<Post> posts = new ArrayList<>();
        PreviewRun run = fetcher.read(config(CHANNEL, 20), posts::addAll);

        // The newest 20 messages are 23..48 (album members and deleted ids take no place); none is a service message.
        assertEquals(FIRST_RUN_IDS.subList(FIRST_RUN_IDS.indexOf("23"), FIRST_RUN_IDS.size()),
                posts.stream().map(Post::messageId).toList());
        assertEquals(2, server.getAllServeEvents().size());
        assertEquals(0, requestsTo("/s/" + CHANNEL + "?before=8"));
        assertTrue(run.stoppedAtLimit());
        assertEquals(OptionalLong.of(48), lastSeen.lastSeen(SOURCE));
    }

    @Test
    void remembersNothingWhenTheSinkFails() {
        stubWholeChannel();

        assertThrows(IllegalStateException.class, () -> fetcher.read(config(CHANNEL, 500), posts -> {
            throw new IllegalStateException("index full");
        }));

        assertEquals(OptionalLong.empty(), lastSeen.lastSeen(SOURCE));
        assertEquals(FIRST_RUN_IDS, fetcher.fetchNew(config(CHANNEL, 500)).stream().map(Post::messageId).toList());
    }

    @Test
    void waitsTheRetryAfterTimeOn429AndThenReadsThePage() {
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL)).inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("calm"));
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL)).inScenario("rate limit").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withBody(PreviewFixtures.page("channel-newest.html"))));

        List<Post> posts = fetcher.fetchNew(config(CHANNEL, 16));

        assertEquals(16, posts.size());
        assertEquals(2, requestsTo("/s/" + CHANNEL));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void givesUpWhenRetryAfterIsLongerThanAllowed() {
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        TelegramSourceException e =
                assertThrows(TelegramSourceException.class, () -> fetcher.fetchNew(config(CHANNEL, 500)));

        assertTrue(e.getMessage().contains("Retry-After 3600 s"), e.getMessage());
        assertEquals(1, requestsTo("/s/" + CHANNEL));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void retriesServerErrorsWithBackOffThenFailsNamingTheUrl() {
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL)).willReturn(aResponse().withStatus(503)));

        TelegramSourceException e =
                assertThrows(TelegramSourceException.class, () -> fetcher.fetchNew(config(CHANNEL, 500)));

        String url = server.baseUrl() + "/s/" + CHANNEL;
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertEquals(Optional.of(URI.create(url)), e.url());
        assertEquals(CHANNEL, e.channel());
        assertEquals(4, requestsTo("/s/" + CHANNEL));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeps);
        assertEquals(OptionalLong.empty(), lastSeen.lastSeen(SOURCE));
    }

    @Test
    void recoversFromOneServerError() {
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL)).inScenario("hiccup").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("fine"));
        server.stubFor(get(urlEqualTo("/s/" + CHANNEL)).inScenario("hiccup").whenScenarioStateIs("fine")
                .willReturn(aResponse().withStatus(200).withBody(PreviewFixtures.page("channel-newest.html"))));

        assertEquals(16, fetcher.fetchNew(config(CHANNEL, 16)).size());
        assertEquals(2, requestsTo("/s/" + CHANNEL));
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void reportsTheJoinPageOfAGroupAsAnErrorNamingChannelAndUrl() {
        server.stubFor(get(urlEqualTo("/s/xtc_groep_utrecht"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/xtc_groep_utrecht")));
        stubPage("/xtc_groep_utrecht", "group-join-page.html");

        TelegramSourceException e = assertThrows(TelegramSourceException.class,
                () -> fetcher.fetchNew(config("xtc_groep_utrecht", 500)));

        assertTrue(e.getMessage().contains("'xtc_groep_utrecht'"), e.getMessage());
        assertTrue(e.getMessage().contains(server.baseUrl() + "/s/xtc_groep_utrecht"), e.getMessage());
        assertTrue(e.getMessage().contains("not a public channel"), e.getMessage());
        assertEquals(1, requestsTo("/s/xtc_groep_utrecht"));
        assertEquals(1, requestsTo("/xtc_groep_utrecht"));
        assertEquals(OptionalLong.empty(), lastSeen.lastSeen(SOURCE));
    }

    @Test
    void refusesAPageThatIsNotATelegramChannelPage() {
        stubPage("/s/" + CHANNEL, "unrecognised-error-page.html");

        TelegramSourceException e =
                assertThrows(TelegramSourceException.class, () -> fetcher.fetchNew(config(CHANNEL, 500)));

        assertTrue(e.getMessage().contains("not a channel page"), e.getMessage());
        assertEquals(1, server.getAllServeEvents().size());
    }

    @Test
    void readsAnEmptyChannelAsNoPostsAndRemembersNothing() throws Exception {
        stubPage("/s/ketakoerier020", "empty-channel.html");

        List<Post> posts = new ArrayList<>();
        PreviewRun run = fetcher.read(config("ketakoerier020", 500), posts::addAll);

        assertEquals(List.of(), posts);
        assertEquals(1, run.pagesRead());
        assertEquals(OptionalLong.empty(), run.newestId());
        assertEquals(1, server.getAllServeEvents().size());
        assertFalse(Files.exists(dataDir.resolve("telegram-preview").resolve("snowexpress-nl.last-seen")));
    }
}
