package org.npswatch.heldout;

import java.util.List;
import java.util.SplittableRandom;
import org.npswatch.heldout.Message.Part;

/**
 * Everything in a group that is not an offer: buyers asking (some name a substance), greetings,
 * vouches and scam warnings that name a seller, harm-reduction questions, moderators' reminders,
 * a welcome bot, photos without text. Written for this harness, in the registers of Dutch groups.
 */
final class GroupTalk {
    /** Positional: 1 the substance as the buyer writes it, 2 a place, 3 a quantity. */
    private static final String[] REQUESTS_NL = {"zoek %3$s %1$s in %2$s, wie kan vandaag?", "Iemand %1$s in de buurt van %2$s? %3$s",
        "wie heeft er nog %1$s? liefst verzending naar %2$s, %3$s", "Op zoek naar een betrouwbare verkoper van %1$s, regio %2$s (%3$s)",
        "Heeft iemand %1$s voor een normale prijs? %2$s, %3$s", "wie levert %1$s in %2$s vanavond, %3$s"};
    private static final String[] REQUESTS_EN = {"looking for %1$s, can anyone ship to %2$s? %3$s", "anyone got %1$s near %2$s? need %3$s",
        "WTB %3$s %1$s, %2$s area", "need %1$s asap in %2$s"};
    private static final String[] ASK_ANY = {"iemand die vanavond nog kan leveren in %s?", "who delivers in %s tonight?",
        "Zoek een goede plug in %s, tips?", "wie bezorgt er nog na 2 uur in %s"};
    private static final String[] QUESTIONS = {"hoeveel %s is een normale dosis voor de eerste keer?", "Kan je %s combineren met alcohol of niet doen?",
        "hoe lang werkt %s ongeveer?", "does %s show up on a normal drug test?", "Iemand ervaring met %s? Hoe is het vergeleken met vroeger?",
        "Wat is een eerlijke prijs voor %s tegenwoordig?"};
    private static final String[] VOUCHES = {"vouch voor %s, netjes op tijd 👍", "%s is legit, kwaliteit was prima", "+1 voor %s, snelle levering",
        "Big vouch %s, second order and all good"};
    private static final String[] WARNINGS = {"Pas op voor %s, betaald en daarna geblokkeerd ❌", "SCAM ALERT: %s levert niks, nooit vooruit betalen",
        "Careful with %s, took my money and disappeared"};
    private static final String[] CHATTER = {"goedemorgen allemaal ☀️", "morning all 👋", "fijne avond mensen", "weekend! 🎉", "haha klopt",
        "ok top, dank je", "thanks!", "👍", "Politie bij het station vandaag, let op 🚓", "rustig hier vandaag",
        "Iemand naar het festival zaterdag?", "pfff wat een weer", "wie is er nog wakker 😅"};
    private static final String[] MOD = {"⚠️ Herinnering: max 1 advertentie per 3 uur, spam = ban", "Nieuwe leden: lees eerst de vastgepinde regels",
        "Reminder: no upfront payment without escrow, report scammers to the admins", "Geen minderjarigen in deze groep. Wie twijfelt wordt verwijderd."};
    private static final String[] FIRST_NAMES = {"Jasper", "Femke", "Noah", "Sanne", "Daan", "Lotte", "Milan", "Yara", "Bram", "Iris",
        "Sem", "Eva", "Luuk", "Anouk", "Thijs", "Mila", "Ruben", "Fleur", "mike_ldn", "Kevin", "Chantal", "Ahmed", "Bas", "Roos"};
    private static final String[] QUANTITIES = {"5g", "1g", "10 gram", "een paar gram", "2g", "10 stuks"};
    private static final String[] FAKE_HANDLES = {"@snel_en_goed", "@dutchplug_official", "@topstuff_nl", "@cheapdeals020"};

    private GroupTalk() {}

    /** A member: display name and account id, stable per index within a group. */
    record Member(String name, String accountId) {
        static Member of(int group, int index) {
            return new Member(FIRST_NAMES[index % FIRST_NAMES.length] + (index >= FIRST_NAMES.length ? " " + (char) ('A' + index % 26) : ""),
                    "user" + (4_100_000_000L + group * 10_000_000L + index * 7_919L));
        }
    }

    /** A request; {@code subject} written as the buyer writes it, or none. */
    static List<Part> request(String writtenSubject, SplittableRandom r) {
        String area = AdTexts.AREAS[r.nextInt(AdTexts.AREAS.length)];
        if (writtenSubject == null) {
            return List.of(Part.plain(ASK_ANY[r.nextInt(ASK_ANY.length)].formatted(area)));
        }
        String q = QUANTITIES[r.nextInt(QUANTITIES.length)];
        boolean english = r.nextDouble() < 0.3;
        String[] t = english ? REQUESTS_EN : REQUESTS_NL;
        return List.of(Part.plain(t[r.nextInt(t.length)].formatted(writtenSubject, area, q)));
    }

    static List<Part> question(String writtenSubject, SplittableRandom r) {
        return List.of(Part.plain(QUESTIONS[r.nextInt(QUESTIONS.length)].formatted(writtenSubject)));
    }

    static List<Part> vouch(String handle, SplittableRandom r) {
        String t = VOUCHES[r.nextInt(VOUCHES.length)];
        int at = t.indexOf("%s");
        return List.of(Part.plain(t.substring(0, at)), new Part("mention", handle), Part.plain(t.substring(at + 2)));
    }

    static List<Part> warning(SplittableRandom r) {
        String t = WARNINGS[r.nextInt(WARNINGS.length)];
        int at = t.indexOf("%s");
        return List.of(Part.plain(t.substring(0, at)), new Part("mention", FAKE_HANDLES[r.nextInt(FAKE_HANDLES.length)]),
                Part.plain(t.substring(at + 2)));
    }

    static List<Part> chatter(SplittableRandom r) {
        return List.of(Part.plain(CHATTER[r.nextInt(CHATTER.length)]));
    }

    static List<Part> moderator(SplittableRandom r) {
        return List.of(Part.plain(MOD[r.nextInt(MOD.length)]));
    }

    static List<Part> welcome(String name) {
        return List.of(Part.plain("👋 Welkom " + name + "! Lees de regels voordat je iets post."));
    }
}
