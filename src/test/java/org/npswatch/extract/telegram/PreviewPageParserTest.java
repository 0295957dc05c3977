package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npswatch.fetch.telegram.PreviewMessage;
import org.npswatch.fetch.telegram.PreviewMessage.ForwardOrigin;
import org.npswatch.fetch.telegram.PreviewPage;

class PreviewPageParserTest {
    private static final URI NEWEST = URI.create("https://t.me/s/snowexpress_nl");
    private final PreviewPageParser parser = new PreviewPageParser();

    private Map<Long, PreviewMessage> byId(String fixture, URI url) {
        PreviewPage page = parser.parse(PreviewFixtures.page(fixture), url);
        return page.messages().stream().collect(Collectors.toMap(PreviewMessage::id, Function.identity()));
    }

    @Test
    void readsEveryMessageOfTheNewestPageWithChannelAndOldestId() {
        PreviewPage page = parser.parse(PreviewFixtures.page("channel-newest.html"), NEWEST);

        assertEquals(PreviewPage.Kind.NORMAL, page.kind());
        assertEquals("snowexpress_nl", page.channel());
        assertEquals(Optional.of("SnowExpress NL"), page.title());
        assertEquals(List.of(27L, 28L, 29L, 31L, 32L, 33L, 34L, 35L, 36L, 39L, 40L, 41L, 42L, 46L, 47L, 48L),
                page.messages().stream().map(PreviewMessage::id).toList());
        assertEquals(OptionalLong.of(27), page.oldestId());
        assertEquals(OptionalLong.of(48), page.newestId());
    }

    @Test
    void turnsBreaksIntoNewlinesAndEmojiMarkupIntoCharacters() {
        PreviewMessage menu = byId("channel-newest.html", NEWEST).get(48L);

        assertEquals("""
                📋 MENU 📋

                ❄️ Cocaine 1g - 55 | 5g - 260
                💊 XTC pillen 10 - 35 | 50 - 140
                💎 MDMA kristal 1g - 25 | 5g - 100
                🍄 Truffels 15g - 25
                🌿 Wiet Amnesia 5g - 50

                🚚 Bezorging Amsterdam / Utrecht / Den Haag
                📲 Bestellen: @snowexpress_bestel""", menu.text());
        assertEquals(Optional.of(Instant.parse("2026-02-21T11:00:00Z")), menu.postedAt());
        assertEquals(Optional.of(2900), menu.views());
        assertFalse(menu.hasMedia());
        assertFalse(menu.service());
    }

    @Test
    void readsAnAlbumAsOneMessageUnderItsFirstIdWithTheCaptionOnce() {
        Map<Long, PreviewMessage> messages = byId("channel-newest.html", NEWEST);

        PreviewMessage album = messages.get(42L);
        assertEquals("Weekend deal 🔥\n❄️ 5g - 250\n💊 50 pillen - 130\n🍄 Truffels 30g - 40", album.text());
        assertTrue(album.hasMedia());
        assertEquals(Optional.of(6200), album.views());
        for (long inAlbum = 43; inAlbum <= 45; inAlbum++) {
            assertFalse(messages.containsKey(inAlbum), "album member " + inAlbum + " is not a message of its own");
        }
    }

    @Test
    void leavesTextOfStickersAndCaptionlessVideoEmptyButMarksMedia() {
        Map<Long, PreviewMessage> messages = byId("channel-newest.html", NEWEST);

        assertEquals("", messages.get(27L).text());
        assertTrue(messages.get(27L).hasMedia());
        assertEquals(Optional.of(1200), messages.get(27L).views());
        assertEquals("", messages.get(33L).text());
        assertTrue(messages.get(33L).hasMedia());
        assertFalse(messages.get(33L).mediaNotShown());
    }

    @Test
    void keepsSignatureSpoilerBlockquoteAndPublicForwardOrigin() {
        Map<Long, PreviewMessage> messages = byId("channel-newest.html", NEWEST);

        assertEquals(Optional.of("Mo"), messages.get(34L).authorSignature());
        assertEquals(Optional.empty(), messages.get(35L).authorSignature());
        assertEquals("Geheime actie voor vaste klanten: 10% korting met code SNOW10 ❄️", messages.get(46L).text());
        assertEquals("Bestelling om 23:00 gedaan, om 23:40 voor de deur. Netjes!\nDank voor het vertrouwen 🙏",
                messages.get(31L).text());
        assertEquals(Optional.of(new ForwardOrigin("Pillen Waarschuwing NL", Optional.of("pillenwaarschuwing"))),
                messages.get(47L).forwardedFrom());
        assertEquals("⚠️ Waarschuwing: oranje Tesla pillen met te hoge dosis in omloop, neem een halve!",
                messages.get(47L).text());
    }

    @Test
    void ignoresLinkPreviewAndQuotedReplyTextAndKeepsHiddenForwardsNameOnly() {
        URI url = URI.create("https://t.me/s/snowexpress_nl?before=27");
        Map<Long, PreviewMessage> messages = byId("channel-before-27.html", url);

        assertEquals("Lees de reviews van onze klanten 👉 example.org/snowexpress/reviews", messages.get(14L).text());
        assertFalse(messages.get(14L).hasMedia(), "a link preview's image is not the message's media");
        assertEquals("Prijzen blijven zo tot zondag ✅", messages.get(22L).text());
        assertFalse(messages.get(22L).hasMedia(), "the reply's thumbnail is not the message's media");
        assertEquals(Optional.of(new ForwardOrigin("Rico", Optional.empty())), messages.get(20L).forwardedFrom());
        assertEquals(Optional.of(new ForwardOrigin("PillenPost NL", Optional.of("pillenpost_nl"))),
                messages.get(15L).forwardedFrom());
        assertEquals("Kwaliteit spreekt voor zich 👌", messages.get(11L).text());
        assertTrue(messages.get(11L).hasMedia());
        assertFalse(messages.containsKey(16L));
    }

    @Test
    void flagsPlaceholdersForMediaThePageDoesNotShow() {
        PreviewMessage placeholder =
                byId("channel-before-27.html", URI.create("https://t.me/s/snowexpress_nl?before=27")).get(18L);

        assertEquals("", placeholder.text());
        assertTrue(placeholder.hasMedia());
        assertTrue(placeholder.mediaNotShown());
        assertEquals(Optional.of(1100), placeholder.views());
    }

    @Test
    void flagsServiceMessagesOfTheChannelsStart() {
        PreviewPage page = parser.parse(PreviewFixtures.page("channel-before-8.html"),
                URI.create("https://t.me/s/snowexpress_nl?before=8"));
        Map<Long, PreviewMessage> messages =
                page.messages().stream().collect(Collectors.toMap(PreviewMessage::id, Function.identity()));

        assertEquals(List.of(1L, 2L, 5L), page.messages().stream().filter(PreviewMessage::service)
                .map(PreviewMessage::id).toList());
        assertEquals("Channel created", messages.get(1L).text());
        assertEquals("SnowExpress NL pinned «📋 MENU 📋 ❄️ Cocaine 1g - 60 | 5g - 275»", messages.get(5L).text());
        assertEquals(Optional.empty(), messages.get(1L).views());
        assertEquals(Optional.of(Instant.parse("2026-02-02T09:00:00Z")), messages.get(1L).postedAt());
        assertEquals(OptionalLong.of(1), page.oldestId());
    }

    @Test
    void reportsAGroupsJoinPageAsNotAPublicChannel() {
        URI url = URI.create("https://t.me/xtc_groep_utrecht");
        PreviewPage page = parser.parse(PreviewFixtures.page("group-join-page.html"), url);

        assertEquals(PreviewPage.Kind.NOT_A_PUBLIC_CHANNEL, page.kind());
        assertEquals("xtc_groep_utrecht", page.channel());
        assertEquals(Optional.of("XTC Groep Utrecht 💊"), page.title());
        assertTrue(page.messages().isEmpty());
    }

    @Test
    void readsAnEmptyChannelAsNormalWithoutMessages() {
        PreviewPage page = parser.parse(PreviewFixtures.page("empty-channel.html"),
                URI.create("https://t.me/s/ketakoerier020"));

        assertEquals(PreviewPage.Kind.NORMAL, page.kind());
        assertEquals("ketakoerier020", page.channel());
        assertTrue(page.messages().isEmpty());
        assertEquals(OptionalLong.empty(), page.oldestId());
    }

    @Test
    void doesNotMistakeAForeignErrorPageForAnEmptyChannel() {
        PreviewPage page = parser.parse(PreviewFixtures.page("unrecognised-error-page.html"),
                URI.create("https://t.me/s/snowexpress_nl"));

        assertEquals(PreviewPage.Kind.UNRECOGNISED, page.kind());
        assertEquals("snowexpress_nl", page.channel());
    }

    @Test
    void readsViewCountsWithThousandsAndMillions() {
        assertEquals(Optional.of(987), PreviewPageParser.parseViews("987"));
        assertEquals(Optional.of(1200), PreviewPageParser.parseViews("1.2K"));
        assertEquals(Optional.of(12000), PreviewPageParser.parseViews("12K"));
        assertEquals(Optional.of(3_400_000), PreviewPageParser.parseViews("3.4M"));
        assertEquals(Optional.empty(), PreviewPageParser.parseViews(""));
        assertEquals(Optional.empty(), PreviewPageParser.parseViews("1.2.3K"));
    }

    @Test
    void fallsBackToTheEmojiImageNameWhenTheCharacterIsMissing() {
        String html = PreviewFixtures.page("channel-newest.html").replace("<b>❄️</b>", "");
        PreviewMessage menu = parser.parse(html, NEWEST).messages().stream().filter(m -> m.id() == 48).findFirst()
                .orElseThrow();

        assertTrue(menu.text().contains("❄️ Cocaine 1g - 55 | 5g - 260"), menu.text());
    }
}
