package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.fetch.telegram.Pseudonymiser;
import org.npswatch.fetch.telegram.TelegramExportReader;
import org.npswatch.lexicon.MatchScan;
import org.npswatch.market.TelegramExportGenerator;
import org.npswatch.model.SourceId;

/**
 * The shortcuts of the Telegram analysis (regex tried only where a match can start, regex skipped
 * on texts that lack what every match needs) find exactly what the plain regex finds: every
 * match, where it starts and ends, on the analysis corpus, generated group traffic, each text's
 * lines, and random texts made of the pieces these patterns care about.
 */
class ScanShortcutsEquivalenceTest {
    private static final List<String> TEXTS = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void corpus() {
        List<String> base = new ArrayList<>(AnalysisCorpus.texts());
        Path export = dir.resolve("result.json");
        new TelegramExportGenerator(new TelegramExportGenerator.Spec(5, 3_000, 150, 40,
                java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Duration.ofDays(30))).write(export, null);
        new TelegramExportReader(new Pseudonymiser("test-key-not-secret-0123456789"))
                .read(export, SourceId.of("gen"), p -> base.add(p.text()));
        base.addAll(randomTexts(20_000));
        for (String t : base) {
            TEXTS.add(t);
            TEXTS.add(Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
            if (t.indexOf('\n') >= 0) {
                TEXTS.addAll(t.lines().toList());
            }
        }
        assertTrue(TEXTS.size() > 40_000, "corpus size " + TEXTS.size());
    }

    @Test
    void intentScansFindWhatTheRegexFinds() {
        Map<Pattern, MatchScan> scans = Map.of(IntentFeatures.QUANTITY, IntentFeatures.QUANTITY_SCAN, IntentFeatures.PRICE,
                IntentFeatures.PRICE_SCAN, IntentFeatures.TIER_LINE, IntentFeatures.TIER_LINE_SCAN, IntentFeatures.REQUEST_CUE,
                IntentFeatures.REQUEST_SCAN, IntentFeatures.OFFER_CUE, IntentFeatures.OFFER_SCAN, IntentFeatures.WARNING_CUE,
                IntentFeatures.WARNING_SCAN, PostAnalyser.TRADE_WORDS, PostAnalyser.TRADE_SCAN);
        long matches = 0;
        for (Map.Entry<Pattern, MatchScan> e : scans.entrySet()) {
            for (String t : TEXTS) {
                List<String> expected = plain(e.getKey(), t);
                assertEquals(expected, scanned(e.getValue(), t), () -> e.getKey() + " on " + t);
                assertEquals(expected.size(), e.getValue().count(t));
                matches += expected.size();
            }
        }
        assertTrue(matches > 100_000, "the corpus exercises the patterns: " + matches);
    }

    @Test
    void thePriceCheckNeverMissesAPrice() {
        int withPrice = 0;
        for (String t : TEXTS) {
            if (IntentFeatures.PRICE.matcher(t).find()) {
                withPrice++;
                assertTrue(IntentFeatures.mayHavePrice(t), t);
            }
        }
        assertTrue(withPrice > 1_000, "texts with a price: " + withPrice);
    }

    @Test
    void contactsAreRemovedExactlyAsByTheFourPatterns() {
        int changed = 0;
        for (String t : TEXTS) {
            String s = PostText.LINK.matcher(t).replaceAll(" ");
            s = PostText.EMAIL.matcher(s).replaceAll(" ");
            s = PostText.HANDLE.matcher(s).replaceAll(" ");
            s = PostText.PHONE.matcher(s).replaceAll(" ");
            assertEquals(s, PostText.withoutContacts(t), t);
            changed += s.equals(t) ? 0 : 1;
        }
        assertTrue(changed > 1_000, "texts with contacts: " + changed);
    }

    /** Each match as start-end:text, by Matcher.find(). */
    private static List<String> plain(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> scanned(MatchScan scan, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = scan.matcher(t);
        for (int from = 0; scan.find(m, t, from); from = m.end()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    /** Texts made of what the patterns look at: numbers, units, currency, cue words, contacts, separators. */
    static List<String> randomTexts(int n) {
        String[] pieces = {"1", "12", "146", "0", "06", "1.5", "2,5", "10.000", " ", "  ", "\n", "\r\n", "\t", "-", "|", "/", ":",
            "=", ",", ".", "'", "g", "gr", "gram", "kg", "kilo", "kilo's", "ml", "mg", "mcg", "x", "st", "stuks", "pillen", "caps",
            "€", "£", "$", "eur", "euro", "k", "zł", "pln", "voor", "for", "per", "pro", "je", "za", "each", "a", "PER", "A", "Je",
            "zoek", "zoekt", "op zoek", "wie heeft", "wie ", "iemand die", "heeft iemand", "kan iemand", "waar kan ik", "ik wil",
            "ik wil graag 5 gram kopen", "nodig", "looking for", "anyone", "any vendor", "who has", "need some", "plug in", "wtb",
            "te koop", "verkoop", "bezorging", "levering", "op voorraad", "binnen!", "menu", "bestellen", "order", "in stock",
            "scam", "oplichter", "pas op", "let op", "waarschuwing", "regels", "admin", "welkom", "vouch", "politie",
            "groothandel", "grote afname", "grote klanten", "wholesale", "bulk", "per kilo", "handelaren",
            "@seller_3k", "@ab", "@", "mail@example.nl", "x.y@z.com", "www.", "WWW.", "t.me/", "https://", "http://x",
            "+31 6 1234 5678", "06-12345678", "06 12 34 56 78", "020 123 4567", "+44", "❄️", "💊", "🍄", "Coke", "Keta", "ä",
            "İ", "K", "ſ", "Ｔ", "５", "\u00A0", "\u2009", "aanbod", "beschikbaar", "delivery", "available", "selling"};
        SplittableRandom r = new SplittableRandom(20261123);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + r.nextInt(18); k > 0; k--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }
}
