package org.npswatch.heldout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.fetch.telegram.ExportReadReport;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportReader;
import org.npswatch.heldout.AnswerKey.EventType;
import org.npswatch.lexicon.Context;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.Recognition;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Post;
import org.npswatch.model.SourceId;

/** The held-out history generator writes what its answer key says, and only names the lexicon knows. */
class HeldOutGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void everySpellingAndStreetNameIsTheLexiconsAndEveryNovelNameIsUnknown() {
        Lexicon lexicon = Lexicon.fromClasspath();
        List<String> wrong = new ArrayList<>();
        for (Catalogue.Product p : Catalogue.PRODUCTS) {
            List<String> forms = new ArrayList<>(p.spellings());
            forms.addAll(p.streetNames());
            for (String form : forms) {
                List<String> found = lexicon.recognise(p.emoji() + " " + form + " 1g 15 | 5g 60", Context.TELEGRAM_POST).canonicalNames();
                if (!found.equals(List.of(p.canonical()))) {
                    wrong.add(form + " -> " + found);
                }
            }
        }
        for (String name : Catalogue.NOVEL_NAMES) {
            Recognition r = lexicon.recognise("🧪 NIEUW: " + name + " kristal 1g 20 | 5g 90", Context.TELEGRAM_POST);
            if (!r.canonicalNames().isEmpty() || !r.unknownCandidates().equals(List.of(name))) {
                wrong.add(name + " -> " + r);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSameSpecWritesTheSameBytes() throws IOException {
        HistorySpec spec = HistorySpec.standard(4).withWeeks(14);
        HeldOutGenerator.Generated a = HeldOutGenerator.write(spec, tmp.resolve("a"));
        HeldOutGenerator.Generated b = HeldOutGenerator.write(spec, tmp.resolve("b"));
        assertArrayEquals(Files.readAllBytes(a.exports().getFirst()), Files.readAllBytes(b.exports().getFirst()));
        assertArrayEquals(Files.readAllBytes(a.dir().resolve(AnswerKey.FILE)), Files.readAllBytes(b.dir().resolve(AnswerKey.FILE)));
    }

    @Test
    void theAnswerKeyCountsTheOfferPostsOfTheExportsWeekByWeek() throws IOException {
        HistorySpec spec = HistorySpec.standard(9);
        HeldOutGenerator.Generated g = HeldOutGenerator.write(spec, tmp.resolve("h"));
        AnswerKey key = AnswerKey.read(g.dir());
        assertEquals(g.key(), key);
        assertEquals(26, key.weeks());
        assertEquals(IsoWeek.of(spec.start()).toString(), key.isoWeeks().getFirst());

        // every message as the real reader maps it, joined to the truth file by id
        Map<String, int[]> counted = new HashMap<>();
        long offers = 0;
        for (Path export : g.exports()) {
            Map<String, String[]> truth = new HashMap<>();
            Files.readAllLines(export.resolveSibling("result.json.truth.tsv")).forEach(l -> truth.put(l.split("\t")[0], l.split("\t")));
            List<Post> posts = new ArrayList<>();
            ExportReadReport report = new TelegramExportReader(new Pseudonymiser("test-key-0123456789abcdef"))
                    .read(export, SourceId.of("h"), posts::add);
            assertEquals(0, report.malformedSkipped());
            assertEquals(truth.size(), report.messagesRead());
            for (Post p : posts) {
                String[] t = truth.get(p.messageId());
                if (t[1].equals("offer")) {
                    offers++;
                    int w = (int) IsoWeek.of(spec.start()).weeksUntil(IsoWeek.of(LocalDate.ofInstant(p.postedAt(), HeldOutGenerator.AMSTERDAM)));
                    for (String s : t[2].split(";")) {
                        counted.computeIfAbsent(s, k -> new int[key.weeks()])[w]++;
                    }
                }
            }
        }
        assertTrue(offers > 5_000, "offers: " + offers);
        for (AnswerKey.SubstanceTruth s : key.substances()) {
            assertEquals(s.offerPosts(), java.util.Arrays.stream(counted.get(s.name())).boxed().toList(), s.name());
        }
        // events as specified: new names absent before their week and offered in it; volume events on 10 a week or more
        for (AnswerKey.Event e : key.events()) {
            List<Integer> posts = key.substance(e.subject()).orElseThrow().offerPosts();
            if (e.type() == EventType.NEW_SUBSTANCE || e.type() == EventType.NOVEL_NAME) {
                assertTrue(posts.subList(0, e.week()).stream().allMatch(n -> n == 0) && posts.get(e.week()) > 0, e.toString());
            } else if (e.type() != EventType.PRICE_DROP) {
                assertTrue(e.level() >= 10 && e.week() >= 9 && e.week() <= key.weeks() - 3, e.toString());
            }
        }
        assertEquals(List.of(EventType.NEW_SUBSTANCE, EventType.NEW_SUBSTANCE, EventType.NOVEL_NAME, EventType.DOUBLING, EventType.DOUBLING,
                        EventType.DOUBLING, EventType.DOUBLING, EventType.HALVING, EventType.HALVING, EventType.PRICE_DROP),
                key.events().stream().map(AnswerKey.Event::type).sorted().toList());
    }
}
