package org.npswatch.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.config.TelegramConfig;
import org.npswatch.model.Intent;
import org.npswatch.model.SourceKind;

/** The simulated t.me/s/ preview over real loopback HTTP: paging, join page, markup quirks, weekly growth. */
class TelegramPreviewTest {
    private static final String DUTCH = TelegramChannels.DUTCH;
    private static SimulatedMarket market;
    private final MarketHttp http = new MarketHttp();

    @BeforeAll
    static void start() {
        market = SimulatedMarket.start(42);
        market.atWeek(3);
    }

    @AfterAll
    static void stop() {
        market.close();
    }

    private static TelegramTruth.ChannelTruth channel(String name) {
        return market.telegramTruth().channel(name).orElseThrow();
    }

    private URI page(String name, String query) {
        return market.telegramBase().resolve("/s/" + name + query);
    }

    private static List<Long> ids(Document doc) {
        return doc.select("div.tgme_widget_message_wrap > div.tgme_widget_message[data-post]").stream()
                .map(e -> Long.parseLong(e.attr("data-post").substring(e.attr("data-post").indexOf('/') + 1)))
                .toList();
    }

    /** The page on which message {@code id} is the newest, and its block. */
    private Element block(TelegramMessageTruth m) {
        Document doc = Jsoup.parse(http.body(page(m.channel(), "?before=" + (m.id() + 1))));
        return doc.selectFirst("div.tgme_widget_message[data-post=" + m.post() + "]");
    }

    private static TelegramMessageTruth first(String name, TelegramMessageTruth.Kind kind) {
        return channel(name).messages().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void newestPageShowsTheLastTwentyMessagesWithABeforeLink() {
        List<TelegramMessageTruth> all = channel(DUTCH).messages();
        Document doc = Jsoup.parse(http.body(page(DUTCH, "")));
        List<Long> expected = all.subList(all.size() - 20, all.size()).stream().map(TelegramMessageTruth::id).toList();
        assertEquals(expected, ids(doc));
        assertEquals("Snel Bezorgd NL \ud83d\ude97\ud83d\udca8", doc.selectFirst("div.tgme_channel_info_header_title").text());
        assertEquals("@" + DUTCH, doc.selectFirst("div.tgme_channel_info_header_username").text());
        assertEquals(String.valueOf(expected.getFirst()), doc.selectFirst("a.js-messages_more").attr("data-before"));
        assertEquals("/s/" + DUTCH + "?before=" + expected.getFirst(), doc.selectFirst("a.js-messages_more").attr("href"));
    }

    @Test
    void pagingBackwardsWithBeforeReachesEveryMessageOnceAndStopsAtTheFirst() {
        String name = TelegramChannels.ENGLISH;
        int requestsBefore = market.telegramRequests().size();
        List<Long> seen = new ArrayList<>();
        String query = "";
        int pages = 0;
        while (true) {
            Document doc = Jsoup.parse(http.body(page(name, query)));
            pages++;
            List<Long> ids = ids(doc);
            assertTrue(ids.size() <= 20);
            seen.addAll(0, ids);
            Element more = doc.selectFirst("a.js-messages_more[data-before]");
            if (more == null) {
                break;
            }
            query = "?before=" + more.attr("data-before");
        }
        List<Long> truth = channel(name).messages().stream().map(TelegramMessageTruth::id).toList();
        assertEquals(truth, seen);
        assertEquals((truth.size() + 19) / 20, pages);
        assertEquals(1L, seen.getFirst());
        assertEquals(requestsBefore + pages, market.telegramRequests().size());
        assertEquals("GET /s/" + name + "?before=" + truth.get(truth.size() % 20 == 0 ? 20 : truth.size() % 20),
                market.telegramRequests().getLast());
    }

    @Test
    void beforeAnyIdGivesTheTwentyMessagesBeforeIt() {
        List<TelegramMessageTruth> all = channel(DUTCH).messages();
        TelegramMessageTruth pivot = all.get(30);
        List<Long> expected = all.subList(10, 30).stream().map(TelegramMessageTruth::id).toList();
        assertEquals(expected, ids(Jsoup.parse(http.body(page(DUTCH, "?before=" + pivot.id())))));
        List<Long> after = all.subList(31, 51).stream().map(TelegramMessageTruth::id).toList();
        assertEquals(after, ids(Jsoup.parse(http.body(page(DUTCH, "?after=" + pivot.id())))));
    }

    @Test
    void aPrivateGroupAndAMissingNameAnswerWithAJoinPageWithoutMessages() throws IOException {
        HttpResponse<String> redirect = http.get(page(TelegramChannels.PRIVATE, ""));
        assertEquals(302, redirect.statusCode());
        assertEquals("/" + TelegramChannels.PRIVATE, redirect.headers().firstValue("Location").orElseThrow());
        Document join = Jsoup.parse(http.body(market.telegramBase().resolve("/" + TelegramChannels.PRIVATE)));
        assertEquals("View in Telegram", join.selectFirst("div.tgme_page_action a").text());
        assertEquals("2 345 members, 195 online", join.selectFirst("div.tgme_page_extra").text());
        assertTrue(join.select(".tgme_widget_message, .tgme_channel_info, .tgme_channel_history").isEmpty());
        assertEquals(List.of(), channel(TelegramChannels.PRIVATE).messages());

        HttpResponse<String> missing = http.get(page("no_such_channel", ""));
        assertEquals(302, missing.statusCode());
        Document contact = Jsoup.parse(http.body(market.telegramBase().resolve("/no_such_channel")));
        assertEquals("Telegram: Contact @no_such_channel", contact.title());
        assertTrue(contact.select(".tgme_widget_message").isEmpty());
        assertEquals(404, http.get(market.telegramBase().resolve("/file/avatar.jpg")).statusCode());
    }

    @Test
    void menuTextUsesTelegramsEmojiMarkupAndBrLineBreaks() {
        TelegramMessageTruth menu = channel(DUTCH).messages().stream()
                .filter(m -> m.kind() == TelegramMessageTruth.Kind.TEXT && m.text().contains("\u2744\ufe0f Coke 1g - "))
                .findFirst().orElseThrow();
        Element text = block(menu).selectFirst("div.tgme_widget_message_text");
        String html = text.html();
        assertTrue(html.contains("<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/E29D84EFB88F.png')\">"
                + "<b>\u2744\ufe0f</b></i> Coke 1g - "), html);
        assertTrue(html.contains("<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/F09F928A.png')\">"
                + "<b>\ud83d\udc8a</b></i> XTC pillen 10 - ") || html.contains("F09F8DAC.png"), html);
        assertEquals(menu.text().lines().count() - 1, text.select("br").size());
        assertEquals(menu.text(), plainText(text));
        assertEquals(List.of("cocaine", "MDMA", "ketamine"), menu.substances());
        assertEquals(Intent.OFFER, menu.intent());
    }

    @Test
    void anAlbumIsOneMessageUnderItsFirstIdWithTheCaptionInTwoNestedIdenticalTextDivs() {
        TelegramMessageTruth album = first(DUTCH, TelegramMessageTruth.Kind.ALBUM);
        Element block = block(album);
        assertEquals(album.mediaCount(), block.select("a.tgme_widget_message_photo_wrap.grouped_media_wrap").size());
        Element outer = block.selectFirst("div.tgme_widget_message_bubble > div.tgme_widget_message_text");
        Element inner = outer.selectFirst("> div.tgme_widget_message_text");
        assertEquals(outer.text(), inner.text());
        assertEquals(album.text(), plainText(inner));
        List<TelegramMessageTruth> all = channel(DUTCH).messages();
        TelegramMessageTruth next = all.get(all.indexOf(album) + 1);
        assertEquals(album.id() + album.mediaCount(), next.id(), "the album's other ids are not messages");
    }

    @Test
    void stickersPhotosLinkPreviewsAndServiceMessagesLookAsOnTelegram() {
        Element sticker = block(first(DUTCH, TelegramMessageTruth.Kind.STICKER));
        assertTrue(sticker.selectFirst("i.tgme_widget_message_sticker") != null);
        assertTrue(sticker.select("div.tgme_widget_message_text").isEmpty());
        Element photo = block(first(DUTCH, TelegramMessageTruth.Kind.PHOTO_ONLY));
        assertTrue(photo.selectFirst("a.tgme_widget_message_photo_wrap") != null);
        assertTrue(photo.select("div.tgme_widget_message_text").isEmpty());

        TelegramMessageTruth linked = channel(DUTCH).messages().stream()
                .filter(m -> m.kind() == TelegramMessageTruth.Kind.LINK_PREVIEW).findFirst().orElseThrow();
        Element link = block(linked);
        Element preview = link.selectFirst("a.tgme_widget_message_link_preview");
        assertFalse(preview.text().isEmpty());
        assertFalse(linked.text().contains(preview.selectFirst(".link_preview_description").text()));
        assertEquals(linked.text(), plainText(link.selectFirst("div.tgme_widget_message_text")));
        assertEquals(List.of(), linked.substances());

        TelegramMessageTruth created = channel(DUTCH).messages().getFirst();
        assertEquals("Channel created", created.text());
        Element service = block(created);
        assertTrue(service.hasClass("service_message"));
        assertTrue(service.select(".tgme_widget_message_views").isEmpty());
        TelegramMessageTruth pin = channel(DUTCH).messages().stream()
                .filter(m -> m.kind() == TelegramMessageTruth.Kind.SERVICE && m.text().contains(" pinned \u00ab"))
                .findFirst().orElseThrow();
        assertEquals(Intent.OTHER, pin.intent());
        assertTrue(block(pin).hasClass("service_message"));
    }

    @Test
    void everyMessageHasItsDateAndNonServiceMessagesAbbreviatedViews() {
        Document doc = Jsoup.parse(http.body(page(DUTCH, "")));
        for (Element m : doc.select("div.tgme_widget_message")) {
            TelegramMessageTruth truth = market.telegramTruth().message(m.attr("data-post")).orElseThrow();
            String expected = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
                    .format(truth.postedAt().atOffset(java.time.ZoneOffset.UTC));
            assertEquals(expected, m.selectFirst("a.tgme_widget_message_date > time[datetime]").attr("datetime"));
            if (!m.hasClass("service_message")) {
                assertTrue(m.selectFirst("span.tgme_widget_message_views").text().matches("\\d{1,3}|\\d(\\.\\d)?K|\\d{2,3}K"));
            }
        }
        assertEquals("950", PreviewPages.count(950));
        assertEquals("1.2K", PreviewPages.count(1_249));
        assertEquals("3K", PreviewPages.count(3_020));
        assertEquals("12K", PreviewPages.count(12_800));
        assertEquals("2.5M", PreviewPages.count(2_500_000));
    }

    @Test
    void eachWeekAddsOnlyNewMessagesAfterTheLastSeenId() {
        long lastSeen = channel(DUTCH).messages().getLast().id();
        Map<String, String> before = texts(channel(DUTCH).messages());
        market.advanceWeek();
        try {
            List<Long> fresh = new ArrayList<>();
            String query = "";
            boolean reached = false;
            while (!reached) {
                Document doc = Jsoup.parse(http.body(page(DUTCH, query)));
                List<Long> ids = ids(doc);
                ids.stream().filter(id -> id > lastSeen).forEach(id -> fresh.add(0, id));
                reached = ids.getFirst() <= lastSeen;
                query = "?before=" + ids.getFirst();
            }
            fresh.sort(null);
            List<TelegramMessageTruth> week4 = channel(DUTCH).inWeek(4);
            assertFalse(week4.isEmpty());
            assertEquals(week4.stream().map(TelegramMessageTruth::id).toList(), fresh);
            assertEquals(week4, channel(DUTCH).after(lastSeen));
            assertTrue(week4.stream().allMatch(m -> m.postedAt().isAfter(MarketClock.STANDARD.publishedAt(4).minusSeconds(6 * 3600))));
            assertEquals(before, texts(channel(DUTCH).messages().stream().filter(m -> m.id() <= lastSeen).toList()),
                    "old messages do not change");
        } finally {
            market.atWeek(3);
        }
    }

    private static Map<String, String> texts(List<TelegramMessageTruth> messages) {
        Map<String, String> map = new HashMap<>();
        messages.forEach(m -> map.put(m.post(), m.text()));
        return map;
    }

    @Test
    void repostedAdsPointToTheirFirstCopyWithSmallEdits() {
        List<TelegramMessageTruth> offers = channel(DUTCH).messages().stream().filter(m -> m.intent() == Intent.OFFER).toList();
        Map<String, TelegramMessageTruth> firsts = new HashMap<>();
        int edited = 0;
        for (TelegramMessageTruth m : offers) {
            String ad = m.adId().orElseThrow();
            if (m.duplicateOf().isEmpty()) {
                assertFalse(firsts.containsKey(ad), "one first copy per ad: " + ad);
                firsts.put(ad, m);
            } else {
                TelegramMessageTruth first = firsts.get(ad);
                assertEquals(first.post(), m.duplicateOf().orElseThrow());
                edited += first.text().equals(m.text()) ? 0 : 1;
            }
            assertEquals(m.seller().orElseThrow(), m.text().lines().filter(l -> l.startsWith("\ud83d\udcf2 @")).findFirst()
                    .orElseThrow().substring(4));
            assertFalse(m.tiers().isEmpty());
        }
        assertTrue(firsts.size() >= 5 && firsts.size() < offers.size() / 2, "unique ads " + firsts.size() + " of " + offers.size());
        assertTrue(edited > offers.size() / 3, "re-posts differ from the first copy: " + edited);
        assertTrue(offers.stream().anyMatch(TelegramMessageTruth::tradeQuantity), "trade quantities (1kg, 1000 pillen)");
        assertTrue(offers.stream().anyMatch(m -> m.text().contains("1kg - ")));
    }

    @Test
    void configsReadEveryChannelThroughThePreviewOnLoopback(@TempDir Path dir) {
        List<TelegramConfig> configs = market.telegramConfigs(dir.resolve("simulated.yaml"));
        assertEquals(List.of(DUTCH, TelegramChannels.ENGLISH, TelegramChannels.PRIVATE),
                configs.stream().map(TelegramConfig::username).toList());
        for (TelegramConfig c : configs) {
            assertEquals(SourceKind.TELEGRAM_CHANNEL, c.kind());
            assertEquals(TelegramConfig.Via.PREVIEW, c.via());
            assertEquals(market.telegramBase(), c.previewBase());
            assertEquals(20, c.politenessDelay().toMillis());
            assertTrue(c.userAgent().contains("+https://"));
        }
    }

    @Test
    void writesASampleExportOfADutchGroupWithItsTruth(@TempDir Path dir) throws IOException {
        Path export = market.writeSampleExport(dir);
        JsonNode root = new ObjectMapper().readTree(export.toFile());
        assertEquals(600, root.get("messages").size());
        assertEquals(600, Files.readAllLines(dir.resolve("truth.tsv")).size());
        assertTrue(root.get("messages").get(0).get("date").asText().startsWith("2026-01-05T"));
    }

    @Test
    void theSameSeedServesTheSameBytes() throws IOException {
        try (SimulatedMarket twin = SimulatedMarket.start(42)) {
            twin.atWeek(3);
            for (String q : List.of("", "?before=40")) {
                String a = http.body(page(DUTCH, q)).replace(market.telegramBase().toString(), "BASE/");
                String b = http.body(twin.telegramBase().resolve("/s/" + DUTCH + q)).replace(twin.telegramBase().toString(), "BASE/");
                assertEquals(a, b);
            }
            assertEquals(market.telegramTruth(), twin.telegramTruth());
        }
    }

    /** Text as a reader should extract it: emoji images as their characters, {@code <br>} as newlines. */
    private static String plainText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element el && el.tagName().equals("br")) {
                b.append('\n');
            } else if (n instanceof Element el) {
                b.append(plainText(el));
            }
        }
        return b.toString();
    }
}
