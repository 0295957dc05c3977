package org.npswatch.market;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Telegram Desktop export ({@code result.json}) of a Dutch drug group: sellers
 * post ads from a pool of unique ads, re-posting each many times with the small edits real
 * sellers make (price moved, emoji swapped, a line added), among requests, chatter, warnings and
 * service messages. At full scale (2.5 million messages, 55,000 unique ads, 9,900 sellers) it
 * imitates one year of 21 Dutch groups as counted by a 2024 press analysis.
 *
 * <p>Streams with Jackson, so memory stays flat at any size. A truth file (one line per message:
 * id, intent, ad id or -) lets tests and benchmarks score intent and duplicate detection.
 */
public final class TelegramExportGenerator {
    /** Shape of the traffic to generate. */
    public record Spec(long seed, int messages, int uniqueAds, int sellers, Instant start, Duration span) {
        public static Spec fullYear(long seed) {
            return new Spec(seed, 2_500_000, 55_000, 9_900, Instant.parse("2025-01-01T00:00:00Z"), Duration.ofDays(365));
        }

        public static Spec small(long seed) {
            return new Spec(seed, 400, 40, 25, Instant.parse("2026-09-01T00:00:00Z"), Duration.ofDays(28));
        }
    }

    private static final String[][] PRODUCTS = {
        {"❄️", "Coke", "g", "55", "cocaine"}, {"❄️", "Cocaine 90%", "g", "60", "cocaine"},
        {"💊", "XTC pillen", "pillen", "4", "MDMA"}, {"💎", "MDMA kristal", "g", "25", "MDMA"},
        {"🐴", "Keta", "g", "30", "ketamine"}, {"⚡️", "Speed", "g", "4", "amphetamine"},
        {"🍁", "Wiet Amnesia", "g", "10", "cannabis"}, {"🍫", "Hasj", "g", "8", "cannabis"},
        {"🎈", "Lachgas tank", "tank", "45", "nitrous oxide"}, {"💧", "GHB", "ml", "0.3", "GHB"},
        {"🍄", "Truffels", "g", "1", "psilocybin"}, {"🌈", "LSD blotters", "blotters", "6", "LSD"},
        {"🧪", "3-MMC", "g", "15", "3-MMC"}, {"🧪", "2C-B", "pillen", "5", "2C-B"},
        {"💉", "Tina", "g", "70", "methamphetamine"}, {"🧪", "4-MMC", "g", "20", "4-MMC"},
    };
    private static final String[] AREAS = {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen",
        "Tilburg", "Almere", "Breda", "Nijmegen", "Haarlem", "Arnhem", "Zwolle", "Leiden", "Maastricht", "020", "010",
        "030", "heel NL"};
    private static final String[] OPENERS = {"🔥 NIEUWE VOORRAAD 🔥", "✅ Betrouwbaar ✅ Snel ✅ Discreet", "MENU 📋",
        "Topkwaliteit, lab getest", "24/7 bezorging 🚗", "⭐️ Beste prijzen van NL ⭐️", ""};
    private static final String[] REQUESTS = {"zoek %s in %s, wie kan vandaag leveren?", "Wie heeft er %s in %s?",
        "Iemand die %s kan brengen in %s?", "Looking for %s in %s, dm me", "WTB %s, %s area"};
    private static final String[] CHATTER = {"Goedemorgen allemaal ☀️", "Pas op voor scammers, nooit vooruit betalen!",
        "Vouch voor deze verkoper, netjes geleverd 👍", "Regels: geen spam, max 1 advertentie per uur",
        "Politie bezig in het centrum, let op 🚓", "Wie gaat er naar het festival zaterdag?", "haha 😂", "ok top",
        "Hoe lang blijft keta in je urine?", "Welkom nieuwe leden, lees de regels"};

    private final Spec spec;

    public TelegramExportGenerator(Spec spec) {
        this.spec = spec;
    }

    /** Writes {@code result.json} and, when {@code truth} is given, the truth file. */
    public void write(Path export, Path truth) {
        SplittableRandom r = new SplittableRandom(spec.seed());
        List<Ad> ads = new ArrayList<>(spec.uniqueAds());
        for (int i = 0; i < spec.uniqueAds(); i++) {
            ads.add(Ad.random(i, r.nextInt(spec.sellers()), r));
        }
        try {
            Files.createDirectories(export.toAbsolutePath().getParent());
            try (JsonGenerator g = new JsonFactory().createGenerator(export.toFile(), JsonEncoding.UTF8);
                    Writer t = truth == null ? Writer.nullWriter() : Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
                g.writeStartObject();
                g.writeStringField("name", "Synthetic NL group");
                g.writeStringField("type", "public_supergroup");
                g.writeNumberField("id", 1_700_000_000L + spec.seed() % 1000);
                g.writeArrayFieldStart("messages");
                long stepMillis = Math.max(1, spec.span().toMillis() / Math.max(1, spec.messages()));
                for (int id = 1; id <= spec.messages(); id++) {
                    Instant at = spec.start().plusMillis(stepMillis * (id - 1) + r.nextLong(Math.max(1, stepMillis)));
                    writeMessage(g, t, id, at, ads, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write synthetic export " + export, e);
        }
    }

    private void writeMessage(JsonGenerator g, Writer truth, int id, Instant at, List<Ad> ads, SplittableRandom r)
            throws IOException {
        double roll = r.nextDouble();
        g.writeStartObject();
        g.writeNumberField("id", id);
        if (roll < 0.01) {
            g.writeStringField("type", "service");
            writeDate(g, at);
            g.writeStringField("actor", "Member " + r.nextInt(100_000));
            g.writeStringField("actor_id", "user" + (5_000_000 + r.nextInt(100_000)));
            g.writeStringField("action", "join_group_by_link");
            g.writeStringField("text", "");
            g.writeEndObject();
            truth.write(id + "\tservice\t-\n");
            return;
        }
        g.writeStringField("type", "message");
        writeDate(g, at);
        String intent;
        String adId = "-";
        String text;
        int sender;
        if (roll < 0.90) {
            Ad ad = ads.get(r.nextInt(ads.size()));
            text = ad.repost(r);
            sender = ad.seller();
            intent = "offer";
            adId = String.valueOf(ad.id());
        } else if (roll < 0.96) {
            String[] p = PRODUCTS[r.nextInt(PRODUCTS.length)];
            text = REQUESTS[r.nextInt(REQUESTS.length)].formatted(p[1].toLowerCase(java.util.Locale.ROOT), AREAS[r.nextInt(AREAS.length)]);
            sender = spec.sellers() + r.nextInt(50_000);
            intent = "request";
        } else {
            text = CHATTER[r.nextInt(CHATTER.length)];
            sender = spec.sellers() + r.nextInt(50_000);
            intent = "other";
        }
        g.writeStringField("from", "Member " + sender);
        g.writeStringField("from_id", "user" + (1_000_000 + sender));
        if (r.nextDouble() < 0.05) {
            g.writeStringField("edited", LocalDateTime.ofInstant(at.plusSeconds(300), ZoneOffset.UTC).toString());
        }
        g.writeStringField("text", text);
        g.writeArrayFieldStart("text_entities");
        g.writeStartObject();
        g.writeStringField("type", "plain");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        truth.write(id + "\t" + intent + "\t" + adId + "\n");
    }

    private static void writeDate(JsonGenerator g, Instant at) throws IOException {
        g.writeStringField("date", LocalDateTime.ofInstant(at, ZoneOffset.UTC).withNano(0).toString());
        g.writeStringField("date_unixtime", String.valueOf(at.getEpochSecond()));
    }

    /** One unique ad: a seller's menu, re-posted with small edits. */
    private record Ad(int id, int seller, String opener, List<String[]> lines, List<int[]> tiers, String area, String contact) {
        static Ad random(int id, int seller, SplittableRandom r) {
            int n = 1 + r.nextInt(4);
            List<String[]> lines = new ArrayList<>();
            List<int[]> tiers = new ArrayList<>();
            boolean trade = r.nextDouble() < 0.08;
            for (int i = 0; i < n; i++) {
                String[] p = PRODUCTS[r.nextInt(PRODUCTS.length)];
                lines.add(p);
                int small = trade ? 1000 : p[2].equals("g") ? 1 : 10;
                tiers.add(new int[] {small, small * 5, small * (trade ? 10 : 10)});
            }
            return new Ad(id, seller, OPENERS[r.nextInt(OPENERS.length)], lines, tiers, AREAS[r.nextInt(AREAS.length)],
                    "@seller" + Integer.toString(seller, 36) + (r.nextBoolean() ? "_nl" : ""));
        }

        String repost(SplittableRandom r) {
            StringBuilder b = new StringBuilder();
            if (!opener.isEmpty() && r.nextDouble() < 0.9) {
                b.append(r.nextDouble() < 0.2 ? opener.replace("🔥", "💥") : opener).append('\n');
            }
            for (int i = 0; i < lines.size(); i++) {
                String[] p = lines.get(i);
                int[] q = tiers.get(i);
                double unit = Double.parseDouble(p[3]) * (0.9 + 0.2 * r.nextDouble());
                b.append(p[0]).append(' ').append(p[1]).append(' ');
                for (int k = 0; k < q.length; k++) {
                    long price = Math.round(unit * q[k] * (1 - 0.05 * k));
                    b.append(q[k]).append(p[2].equals("g") || p[2].equals("ml") ? p[2] : " " + p[2]).append(" - ").append(price);
                    b.append(k < q.length - 1 ? " | " : "\n");
                }
            }
            b.append("📦 Bezorging ").append(area).append('\n').append("📲 ").append(contact);
            if (r.nextDouble() < 0.15) {
                b.append("\n⏰ Vandaag nog geleverd!");
            }
            return b.toString();
        }
    }
}
