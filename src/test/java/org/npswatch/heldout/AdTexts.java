package org.npswatch.heldout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.npswatch.heldout.Message.Part;

/**
 * Writes vendor ads the way Dutch and English Telegram sellers write them: an opener, one line (or
 * block) per product with tiered prices, delivery, a contact handle or phone number. A seller's ad
 * keeps its wording between rewrites ({@link Seller#version}) and is re-posted with small edits: an
 * emoji swapped, a line added, a price nudged. Written for this harness; none of it is taken from
 * the intent classifier's labelled set.
 */
final class AdTexts {
    static final String[] AREAS = {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
        "Breda", "Nijmegen", "Arnhem", "Haarlem", "Leiden", "Zwolle", "Maastricht", "Amersfoort", "Delft", "Almere"};
    private static final String[] OPENERS_NL = {"🔥 NIEUWE VOORRAAD 🔥", "✅ Snel ✅ Discreet ✅ Betrouwbaar", "📋 PRIJSLIJST",
        "⭐ Topkwaliteit, zelf getest ⭐", "🧪 Research chemicals 🧪", "💎 Verse batch binnen 💎", "🇳🇱 Dé leverancier van de regio 🇳🇱", ""};
    private static final String[] OPENERS_EN = {"🔥 FRESH STOCK 🔥", "✅ Fast ✅ Discreet ✅ Reliable", "📋 PRICE LIST",
        "Lab tested, top purity ⭐", "🧪 Research chems in stock 🧪", "🇳🇱🇧🇪 Shipping from NL", ""};
    private static final String[] CLOSERS_NL = {"📦 Verzending heel NL, discreet verpakt", "🛵 Bezorging %s en omstreken",
        "🚚 Track & trace, BE op aanvraag", "Afhalen of bezorgen in %s", "📦 Verzonden binnen 24u via PostNL",
        "🛵 %s + 15 km, na 18:00 ook"};
    private static final String[] CLOSERS_EN = {"📦 Tracked shipping EU", "🛵 Delivery in %s and around", "Stealth packaging, ships within 24h",
        "Pick-up or delivery in %s", "📦 Next day delivery NL/BE"};
    private static final String[] EXTRAS_NL = {"⏰ Vandaag nog geleverd!", "🎁 Gratis sample bij elke bestelling", "💶 Cash, Tikkie of crypto",
        "Min. bestelling €50", "‼️ OP = OP ‼️", "🕙 Bereikbaar 10:00 tot 02:00"};
    private static final String[] EXTRAS_EN = {"⏰ Same day delivery!", "🎁 Free sample with every order", "💶 Cash or crypto",
        "Minimum order €50", "‼️ Limited stock ‼️"};

    private AdTexts() {}

    /**
     * One offer post of a seller in a week naming the given menu items.
     *
     * @param priceFactor the market's price multiplier of a subject in this week (a price drop)
     */
    static List<Part> offer(Seller s, List<Seller.Item> items, int week, ToDoubleFunction<String> priceFactor, SplittableRandom r) {
        Version v = new Version(s, week);
        if (items.size() == 1 && r.nextDouble() < 0.06) {
            return reply(s, items.getFirst(), week, priceFactor, v, r);
        }
        List<Part> parts = new ArrayList<>();
        String opener = v.opener;
        if (!opener.isEmpty() && r.nextDouble() < 0.9) {
            parts.add(Part.plain((r.nextDouble() < 0.2 ? opener.replace("🔥", "💥").replace("✅", "✔️") : opener) + "\n"));
            if (v.boldName) {
                parts.add(new Part("bold", s.name.toUpperCase(Locale.ROOT)));
                parts.add(Part.plain("\n"));
            }
            parts.add(Part.plain("\n"));
        }
        StringBuilder body = new StringBuilder();
        for (Seller.Item it : items) {
            double unit = it.product().unitPrice() * s.priceFactor * priceFactor.applyAsDouble(it.subject());
            String name = name(s, it, week);
            String tiers = tiers(it, unit, v, s.english, r);
            switch (v.layout) {
                case 1 -> body.append(name).append(' ').append(tiers).append(". ");
                case 2 -> body.append(name).append('\n').append(tiers.replace(" | ", "\n")).append("\n\n");
                default -> body.append(line(v.lineFormat, it, name, tiers)).append('\n');
            }
        }
        String b = body.toString().strip();
        parts.add(Part.plain(b + (v.layout == 1 ? " " : "\n\n") + v.closer + (v.layout == 1 ? ". " : "\n")));
        contact(parts, s, v);
        if (r.nextDouble() < 0.2) {
            String[] extras = s.english ? EXTRAS_EN : EXTRAS_NL;
            parts.add(Part.plain("\n" + extras[r.nextInt(extras.length)]));
        }
        return parts;
    }

    /** A short offer in answer to someone asking. */
    private static List<Part> reply(Seller s, Seller.Item it, int week, ToDoubleFunction<String> priceFactor, Version v,
            SplittableRandom r) {
        double unit = it.product().unitPrice() * s.priceFactor * priceFactor.applyAsDouble(it.subject());
        String tiers = tiers(it, unit, v, s.english, r);
        String name = it.written();
        List<Part> parts = new ArrayList<>();
        int k = r.nextInt(3);
        if (s.english) {
            parts.add(Part.plain(k == 0 ? "Got " + name + " in stock, " + tiers + ", hit me up " : name + " back in stock! " + tiers + " DM "));
        } else {
            parts.add(Part.plain(switch (k) {
                case 0 -> "Ja, " + name + " op voorraad. " + tiers + ". DM ";
                case 1 -> name + " weer binnen! " + tiers + ", stuur een dm ";
                default -> "Heb nog " + name + " liggen, " + tiers + ". Bericht naar ";
            }));
        }
        parts.add(new Part("mention", s.handle));
        return parts;
    }

    private static String name(Seller s, Seller.Item it, int week) {
        String n = it.written() + (it.descriptor().isEmpty() ? "" : " " + it.descriptor());
        if (week < it.fromWeek() + 2 && it.fromWeek() > 0) {
            return (s.english ? "🆕 NEW: " : "🆕 NIEUW: ") + n;
        }
        return n;
    }

    private static String line(int format, Seller.Item it, String name, String tiers) {
        return switch (format) {
            case 1 -> name + ": " + tiers;
            case 2 -> it.product().emoji() + " " + name + " ➡️ " + tiers;
            case 3 -> "▪️ " + name + " — " + tiers;
            default -> it.product().emoji() + " " + name + " " + tiers;
        };
    }

    /** "1g 15 | 5g 70 | 10g 130" and its variants; bigger quantities are cheaper per unit. */
    static String tiers(Seller.Item it, double unitPrice, Version v, boolean english, SplittableRandom r) {
        int[] q = it.tiers();
        List<String> out = new ArrayList<>();
        boolean nudge = r.nextDouble() < 0.05;
        for (int i = 0; i < q.length; i++) {
            double ratio = (double) q[i] / q[0];
            long price = round(unitPrice * q[i] * (1 - 0.12 * Math.log(ratio) / Math.log(2) / 2.3));
            if (nudge && i == q.length - 1) {
                price = round(price * (r.nextBoolean() ? 1.05 : 0.95));
            }
            String qty = q[i] + unitWord(it.product().unit(), v.unitWord, english);
            out.add(switch (v.tierFormat) {
                case 1 -> qty + " €" + price;
                case 2 -> qty + " - " + price;
                case 3 -> qty + ": €" + price;
                default -> qty + " " + price;
            });
        }
        String sep = switch (v.tierFormat) {
            case 1 -> ", ";
            case 2 -> " / ";
            default -> " | ";
        };
        return String.join(sep, out);
    }

    private static long round(double price) {
        return price < 20 ? Math.max(1, Math.round(price)) : Math.round(price / 5) * 5;
    }

    private static String unitWord(Catalogue.Unit unit, int variant, boolean english) {
        return switch (unit) {
            case GRAM -> "g";
            case ML -> "ml";
            case PILL -> variant == 0 ? "x" : english ? " pills" : " pillen";
            case BLOTTER -> variant == 0 ? " blotters" : " tabs";
            case PELLET -> " pellets";
        };
    }

    private static void contact(List<Part> parts, Seller s, Version v) {
        switch (v.contact) {
            case 1 -> {
                parts.add(Part.plain(s.english ? "DM " : "Bestellen via "));
                parts.add(new Part("mention", s.handle));
            }
            case 2 -> {
                parts.add(Part.plain("Signal: "));
                parts.add(new Part("phone", s.phone));
            }
            case 3 -> {
                parts.add(Part.plain("📲 "));
                parts.add(new Part("mention", s.handle));
                parts.add(Part.plain(s.english ? " or Signal " : " of Signal "));
                parts.add(new Part("phone", s.phone));
            }
            default -> {
                parts.add(Part.plain("📲 "));
                parts.add(new Part("mention", s.handle));
            }
        }
    }

    /** The wording of one version of a seller's ad. */
    static final class Version {
        final String opener;
        final String closer;
        final boolean boldName;
        final int layout;
        final int lineFormat;
        final int tierFormat;
        final int unitWord;
        final int contact;

        Version(Seller s, int week) {
            SplittableRandom v = new SplittableRandom(s.adSeed * 1_000_003L + s.version(week));
            String[] openers = s.english ? OPENERS_EN : OPENERS_NL;
            String[] closers = s.english ? CLOSERS_EN : CLOSERS_NL;
            this.opener = openers[v.nextInt(openers.length)];
            String area = AREAS[(int) Math.floorMod(s.adSeed, AREAS.length)];
            this.closer = closers[v.nextInt(closers.length)].replace("%s", area);
            this.boldName = v.nextDouble() < 0.4;
            double l = v.nextDouble();
            this.layout = l < 0.65 ? 0 : l < 0.85 ? 1 : 2;
            this.lineFormat = v.nextInt(4);
            this.tierFormat = v.nextInt(4);
            this.unitWord = v.nextInt(2);
            this.contact = v.nextInt(4);
        }
    }
}
