package org.npswatch.fetch.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

class TelegramExportReaderTest {
    private static final SourceId SOURCE = SourceId.of("pillen-poeder-nl");
    /** Display names of posters in result.json; none may survive into a Post outside its text. */
    private static final List<String> SENDER_NAMES = List.of("Admin | Pillen & Poeder", "Snow Rotterdam", "Dr. Pill",
            "Keta King 010", "Amsterdam Bezorger 24/7", "Mister 3MMC", "Groothandel NL", "Wietwinkel Noord", "Jeroen",
            "Sanne B", "dave_020", "Kim", "Mehmet", "Lisa", "Tom van der Berg", "Group Help", "Noor");

    private final Pseudonymiser pseudonymiser = new Pseudonymiser("test-key-0123456789abcdef");
    private final TelegramExportReader reader = new TelegramExportReader(pseudonymiser);

    static Path fixture(String name) {
        try {
            return Path.of(TelegramExportReaderTest.class.getResource("/fetch/telegram-export/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Post post(List<Post> posts, String id) {
        return posts.stream().filter(p -> p.messageId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryMessageOfAWholeGroupExportAndCountsServiceMessages() {
        List<Post> posts = new ArrayList<>();
        ExportReadReport report = reader.read(fixture("result.json"), SOURCE, posts::add);

        assertEquals(137, report.messagesRead());
        assertEquals(119, report.postsDelivered());
        assertEquals(18, report.serviceSkipped());
        assertEquals(0, report.malformedSkipped());
        assertEquals(List.of(), report.problems());
        assertEquals(Optional.of("Pillen & Poeder NL 🇳🇱"), report.chatName());
        assertEquals(Optional.of("public_supergroup"), report.chatType());
        assertEquals(119, posts.size());
        assertEquals(List.of("5", "14", "15"), posts.subList(0, 3).stream().map(Post::messageId).toList());
        assertEquals("139", posts.getLast().messageId());
        assertEquals(List.of("25", "48", "52", "72", "90", "112"),
                posts.stream().filter(p -> p.text().isEmpty()).map(Post::messageId).toList(),
                "stickers, voice and media without caption are posts with empty text");
    }

    @Test
    void joinsTextArraysOfStringsAndEntitiesLeavingPhoneNumbersInTheText() {
        List<Post> posts = new ArrayList<>();
        reader.read(fixture("result.json"), SOURCE, posts::add);

        Post rules = post(posts, "5");
        assertTrue(rules.text().startsWith("📜 REGELS 📜\n\n1. Geen vooruitbetaling zonder escrow"), rules.text());
        assertTrue(rules.text().endsWith("Meld scammers bij @pp_nl_admin\n\nAdmins vragen NOOIT om geld."), rules.text());
        Post snowAd = post(posts, "15");
        assertEquals("""
                ❄️❄️ SNOW ROTTERDAM ❄️❄️

                ❄️ Cocaine 1g - 60 | 2g - 110 | 5g - 275
                ❄️ Flake 90% 1g - 70

                🚗 Bezorging 010, Schiedam, Vlaardingen
                📲 DM @snowrotterdam010 of bel/app 06 41 23 87 65
                #rotterdam #coke""", snowAd.text());
        assertEquals("zoek 3mmc in utrecht, iemand?", post(posts, "16").text());
    }

    @Test
    void pseudonymisesSendersByIdAndNeverKeepsTheirNames() {
        List<Post> posts = new ArrayList<>();
        reader.read(fixture("result.json"), SOURCE, posts::add);

        assertEquals(Optional.of(pseudonymiser.pseudonym("user1111222233")), post(posts, "5").authorPseudonym());
        assertEquals(Optional.of(pseudonymiser.pseudonym("channel1555666777")), post(posts, "121").authorPseudonym());
        Set<String> authors = posts.stream().map(p -> p.authorPseudonym().orElseThrow()).collect(Collectors.toSet());
        assertEquals(17, authors.size());
        for (Post p : posts) {
            String identities = p.authorPseudonym().orElseThrow() + " " + p.forwardedFrom().orElse("");
            assertTrue(p.authorPseudonym().orElseThrow().matches("p:[0-9a-f]{16}"), identities);
            for (String name : SENDER_NAMES) {
                assertFalse(identities.contains(name), "name " + name + " leaked in message " + p.messageId());
            }
        }
    }

    @Test
    void keepsTimesEditsAndPseudonymisedForwardOrigins() {
        List<Post> posts = new ArrayList<>();
        reader.read(fixture("result.json"), SOURCE, posts::add);

        Post edited = post(posts, "55");
        assertEquals(Instant.ofEpochSecond(1772527981), edited.postedAt());
        assertEquals(Optional.of(Instant.ofEpochSecond(1772528221)), edited.editedAt());
        assertEquals(Optional.empty(), post(posts, "5").editedAt());
        assertEquals(Optional.of(pseudonymiser.pseudonym("name:Pillen Waarschuwing NL")), post(posts, "33").forwardedFrom());
        assertEquals(Optional.of(pseudonymiser.pseudonym("name:Noor")), post(posts, "138").forwardedFrom());
        assertEquals(Optional.empty(), post(posts, "139").forwardedFrom());
        assertEquals(Optional.empty(), post(posts, "139").views());
        assertEquals("pillen-poeder-nl/139", post(posts, "139").key());
    }

    @Test
    void skipsMalformedMessagesWithTheirPositionAndReadsTheRest() {
        List<Post> posts = new ArrayList<>();
        ExportReadReport report = reader.read(fixture("result-with-bad-messages.json"), SOURCE, posts::add);

        assertEquals(List.of("5120", "5128"), posts.stream().map(Post::messageId).toList());
        assertEquals(9, report.messagesRead());
        assertEquals(2, report.postsDelivered());
        assertEquals(1, report.serviceSkipped());
        assertEquals(6, report.malformedSkipped());
        assertEquals(List.of(
                        "21:3: message without a numeric id",
                        "35:3 message 5122: message 5122 without a date",
                        "48:3 message 5123: text is neither a string nor an array but NUMBER",
                        "58:3 message 5124: date is not a date-time: '11-04-2026 21:10'",
                        "67:3: a message must be a JSON object, found VALUE_STRING",
                        "68:3 message 5126: unknown message type 'poll_result'"),
                report.problems().stream().map(ExportReadReport.Problem::toString).toList());
    }

    @Test
    void readsLocalDatesOfOldExportsInTheExportersZoneAndDeletedSenders() {
        List<Post> posts = new ArrayList<>();
        reader.read(fixture("result-with-bad-messages.json"), SOURCE, posts::add);

        Post reply = posts.getLast();
        // 21:15:31 in Amsterdam in April is summer time, UTC+2.
        assertEquals(Instant.parse("2026-04-11T19:15:31Z"), reply.postedAt());
        assertEquals(Optional.of(Instant.parse("2026-04-11T19:16:02Z")), reply.editedAt());
        assertEquals(Optional.of(pseudonymiser.pseudonym("user5877123409")), reply.authorPseudonym());
        assertEquals("DM @utrechtexpress of bel 06 98 76 54 32", reply.text());
    }

    @Test
    void failsOnInvalidJsonNamingFileLineAndColumn() {
        Path file = fixture("result-missing-comma.json");
        List<Post> posts = new ArrayList<>();

        TelegramExportException e =
                assertThrows(TelegramExportException.class, () -> reader.read(file, SOURCE, posts::add));

        assertEquals(21, e.line());
        assertEquals(3, e.column());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("Telegram export " + file + ":21:3: not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("comma"), e.getMessage());
        assertEquals(List.of("5120"), posts.stream().map(Post::messageId).toList());
    }

    @Test
    void failsOnACutOffFileNamingWhereItEnds() {
        Path file = fixture("result-truncated.json");
        List<Post> posts = new ArrayList<>();

        TelegramExportException e =
                assertThrows(TelegramExportException.class, () -> reader.read(file, SOURCE, posts::add));

        assertEquals(356, e.line());
        assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
        assertEquals(List.of("5", "14", "15", "16", "17", "18"), posts.stream().map(Post::messageId).toList());
    }

    @Test
    void refusesToReadAPersonalChat() {
        List<Post> posts = new ArrayList<>();

        TelegramExportException e = assertThrows(TelegramExportException.class,
                () -> reader.read(fixture("personal-chat.json"), SOURCE, posts::add));

        assertTrue(e.getMessage().contains("chat type 'personal_chat' is a private conversation"), e.getMessage());
        assertEquals(3, e.line());
        assertEquals(List.of(), posts);
    }

    @Test
    void namesAMissingFile() {
        Path missing = Path.of("no/such/result.json");

        TelegramExportException e =
                assertThrows(TelegramExportException.class, () -> reader.read(missing, SOURCE, p -> {}));

        assertEquals("Telegram export no/such/result.json: no such file", e.getMessage());
    }
}
