package org.npswatch.market;

import static org.npswatch.market.MenuLine.en;
import static org.npswatch.market.MenuLine.nl;

import java.util.List;
import java.util.Map;
import org.npswatch.market.ChannelSpec.LinkPost;
import org.npswatch.market.ChannelSpec.Phrase;
import org.npswatch.market.ChannelSpec.TrackedAdStyle;
import org.npswatch.model.Unit;

/**
 * The simulated Telegram channels: a Dutch delivery-menu channel, an English research-chemical
 * channel, and a private group whose preview is only a "join" page. All names, handles and texts
 * are invented; the style (emoji codes, slang, tier lists, trade quantities, delivery areas)
 * follows what monitoring reports describe.
 */
final class TelegramChannels {
    static final String DUTCH = "snelbezorgd_nl";
    static final String ENGLISH = "eu_rc_supply";
    static final String PRIVATE = "pillen_groep_nl";

    private TelegramChannels() {}

    private static final List<String> ENGLISH_FOOTERS = List.of("\ud83c\udf0d Worldwide shipping \u2708\ufe0f",
            "\ud83d\udcee EU tracked shipping, 2-5 days", "\u2705 Lab tested, COA on request");
    private static final List<String> DUTCH_FOOTERS = List.of("\ud83d\ude97 Bezorging Utrecht, Amersfoort (030)",
            "\ud83d\udcee Ook verzending, discreet verpakt", "\ud83d\ude97 Amsterdam en omstreken (020)");

    static final List<ChannelSpec> ALL = List.of(dutch(), english(), privateGroup());

    /**
     * How single ads of a tracked substance are written in a channel: the channel's own style
     * when it has one, otherwise one made from the catalogue as vendors write such ads. The label
     * is the substance's name (as the catalogue spells it, which the lexicon knows) with a form
     * word in the channel's language ("Bromazolam pellets", "6-APB poeder"), or with a
     * "NEW"/"top kwaliteit" tag; pack sizes and price are those of the substance's first
     * catalogue product; handles are made from the name ("6apb_direct", "6apb_koerier").
     */
    static ChannelSpec.TrackedAdStyle adStyle(ChannelSpec channel, String substance) {
        ChannelSpec.TrackedAdStyle own = channel.trackedAds().get(substance);
        if (own != null) {
            return own;
        }
        boolean english = !channel.username().equals(DUTCH);
        CatalogueProduct product = Catalogue.byKey(TrackedSubstances.variantKeys(substance).getFirst()).orElseThrow();
        String name = Character.toUpperCase(substance.charAt(0)) + substance.substring(1);
        String form = form(product, english);
        List<String> labels = english
                ? List.of(name + form, name + " NEW \ud83d\udd25", name + " (lab tested)")
                : List.of(name + form, name + " topkwaliteit", "Verse " + name);
        String handle = substance.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        List<String> handles = english
                ? List.of(handle + "_direct", handle + "_store_eu", "rc_" + handle)
                : List.of(handle + "_koerier", handle + "_nl", "bezorg_" + handle);
        String amounts = String.join(",", product.tierAmounts().stream().map(java.math.BigDecimal::toPlainString).toList());
        return new ChannelSpec.TrackedAdStyle(labels, "\ud83e\uddea", english ? "\u2697\ufe0f" : "\ud83d\udcab",
                product.unit(), amounts, product.eurPerUnit().toPlainString(), handles,
                english ? ENGLISH_FOOTERS : DUTCH_FOOTERS, english, countWord(product.unit(), english));
    }

    /** The word vendors put after a substance's name for its form (" crystal", " vape"); count units name it in the tiers. */
    private static String form(CatalogueProduct p, boolean english) {
        return switch (p.unit()) {
            case GRAM, MILLIGRAM -> switch (p.category()) {
                case RC_STIMULANT, RC_DISSOCIATIVE -> english ? " crystal" : " kristal";
                default -> english ? " powder" : " poeder";
            };
            case MILLILITRE -> p.category() == CatalogueProduct.Category.SEMI_SYNTHETIC_CANNABINOID ? " vape" : "";
            default -> "";
        };
    }

    /** The word after a count in a tier ("20 pellets - 10"), as vendors write it. */
    private static String countWord(Unit unit, boolean english) {
        return switch (unit) {
            case PELLET -> "pellets";
            case BLOTTER -> "blotters";
            case TABLET -> english ? "pills" : "pillen";
            case CAPSULE -> "caps";
            case PIECE -> english ? "pcs" : "stuks";
            default -> "";
        };
    }

    private static ChannelSpec dutch() {
        List<TelegramAd> menus = List.of(
                new TelegramAd(DUTCH + ":coke_direct020", "coke_direct020", "\ud83d\udd25 NIEUWE VOORRAAD \ud83d\udd25", List.of(
                        nl("\u2744\ufe0f", "\u26c4\ufe0f", "Coke", "cocaine", Unit.GRAM, "1,5", "60"),
                        nl("\ud83d\udc8a", "\ud83c\udf6c", "XTC pillen", "MDMA", Unit.TABLET, "10,50,100", "4"),
                        nl("\ud83d\udc34", "\ud83e\udd84", "Keta", "ketamine", Unit.GRAM, "1,5", "30")),
                        List.of("\ud83d\ude97 Bezorging Amsterdam, Amstelveen, Diemen (020)"), 2.5),
                new TelegramAd(DUTCH + ":snowman_010", "snowman_010", "\ud83d\udccb MENU \ud83d\udccb", List.of(
                        nl("\u2744\ufe0f", "\u26c4\ufe0f", "Cola", "cocaine", Unit.GRAM, "1,5,10", "55"),
                        nl("\u26a1\ufe0f", "\ud83d\udca5", "Pep", "amphetamine", Unit.GRAM, "1,10", "5"),
                        nl("\ud83e\uddca", "\ud83d\udc8e", "Tina", "methamphetamine", Unit.GRAM, "1", "80")),
                        List.of("\ud83d\udccd Rotterdam, Schiedam, Capelle (010)"), 2.0),
                new TelegramAd(DUTCH + ":partybox_utrecht", "partybox_utrecht",
                        "\u2705 Betrouwbaar \u2705 Snel \u2705 Discreet", List.of(
                        nl("\ud83d\udc8a", "\ud83c\udf6c", "XTC pillen", "MDMA", Unit.TABLET, "10,50", "4"),
                        nl("\ud83d\udc8e", "\u2728", "Molly", "MDMA", Unit.GRAM, "1,5", "25"),
                        nl("\ud83c\udf88", "\ud83c\udf89", "Lachgas ballonnen", "nitrous oxide", Unit.PIECE, "10,50", "2.5"),
                        nl("\ud83c\udf44", "\ud83c\udf1f", "Truffels", "psilocybin", Unit.GRAM, "10,30", "1.5")),
                        List.of("\ud83d\ude97 Utrecht, Amersfoort, Zeist (030)", "\u23f0 Ma t/m zo 12:00 - 02:00"), 2.0),
                new TelegramAd(DUTCH + ":groothandel_nl", "groothandel_nl",
                        "\ud83d\udce6 GROOTHANDEL \u2013 alleen grote aantallen", List.of(
                        nl("\u2744\ufe0f", "\u26c4\ufe0f", "Coke", "cocaine", Unit.GRAM, "100,1000", "45"),
                        nl("\ud83d\udc8a", "\ud83c\udf6c", "XTC pillen", "MDMA", Unit.TABLET, "1000,5000", "3"),
                        nl("\ud83d\udc34", "\ud83e\udd84", "Keta", "ketamine", Unit.GRAM, "100,1000", "22")),
                        List.of("\ud83d\ude9a Levering heel NL + BE, ophalen mogelijk"), 1.0),
                new TelegramAd(DUTCH + ":wiet_express", "wiet_express", "\ud83c\udf41 Wiet & hasj aan de deur", List.of(
                        nl("\ud83c\udf41", "\ud83c\udf3f", "Wiet Amnesia", "cannabis", Unit.GRAM, "5,10,20", "10"),
                        nl("\ud83c\udf6b", "\ud83e\udd0e", "Hasj", "cannabis", Unit.GRAM, "5,10", "9")),
                        List.of("\ud83d\ude97 Den Haag, Leiden, Delft (070)"), 1.5));
        TrackedAdStyle mmc = new TrackedAdStyle(
                List.of("3MMC kristal", "3-MMC (Metaphedrone)", "3mmc topkwaliteit", "3-MMC brokken"),
                "\ud83e\uddea", "\ud83d\udcab", Unit.GRAM, "5,10,50", "11",
                List.of("triple_m_nl", "kristal_koerier", "mmc_amsterdam", "labgoed_030"),
                DUTCH_FOOTERS, false);
        return new ChannelSpec(DUTCH, "Snel Bezorgd NL \ud83d\ude97\ud83d\udca8",
                "Advertenties van bezorgers in heel NL. Adverteren? @snelbezorgd_admin", 4300, true, menus,
                Map.of("3-MMC", mmc),
                List.of(Phrase.of("Zoek 3mmc in Utrecht, wie kan vandaag leveren?", "3-MMC"),
                        Phrase.of("Iemand keta in 020? Graag vandaag nog", "ketamine"),
                        Phrase.of("Wie heeft er goede pillen in Rotterdam?", "MDMA"),
                        Phrase.of("Gezocht: tina in Den Haag, dm", "methamphetamine"),
                        Phrase.of("Zoek coke in Eindhoven, wie bezorgt daar?", "cocaine")),
                List.of(Phrase.of("\u26a0\ufe0f Pas op voor @snel_scam_nl: laat vooruit betalen en levert niet. SCAMMER \u26a0\ufe0f"),
                        Phrase.of("\ud83d\udccc Regels: 1 advertentie per dag per verkoper, nooit vooruit betalen"),
                        Phrase.of("Let op: politiecontroles bij de A2 richting Utrecht \ud83d\ude93"),
                        Phrase.of("Nieuw back-up kanaal komt eraan, blijf hier volgen \ud83d\udc4d"),
                        Phrase.of("Fijn weekend allemaal \u2600\ufe0f"),
                        Phrase.of("\u26a0\ufe0f Waarschuwing: er gaan nep pillen rond in Tilburg, laat testen!", "MDMA")),
                List.of(new LinkPost("Lees dit even: https://drugsinfo.example/nieuws/testservice-waarschuwing",
                                "https://drugsinfo.example/nieuws/testservice-waarschuwing", "drugsinfo.example",
                                "Waarschuwing: hooggedoseerde XTC-pillen in omloop",
                                "Testservices vinden pillen met meer dan 250 mg MDMA en ook 3-MMC als versnijding."),
                        new LinkPost("Reviews van onze klanten \ud83d\udc49 https://reviews.example/snelbezorgd",
                                "https://reviews.example/snelbezorgd", "reviews.example", "Snel Bezorgd reviews",
                                "Meer dan 300 tevreden klanten, coke en keta binnen het uur bezorgd")));
    }

    private static ChannelSpec english() {
        List<TelegramAd> menus = List.of(
                new TelegramAd(ENGLISH + ":eurc_team", "eurc_team", "\ud83c\uddea\ud83c\uddfa EU RC SUPPLY \u2013 PRICE LIST \ud83c\uddea\ud83c\uddfa",
                        List.of(en("\ud83d\udc8e", "\u2728", "MDMA crystal 84%", "MDMA", Unit.GRAM, "1,5,10", "22"),
                                en("\u2744\ufe0f", "\u26c4\ufe0f", "Peruvian flake", "cocaine", Unit.GRAM, "1,5", "65"),
                                en("\ud83d\udc34", "\ud83e\udd84", "Ketamine needles", "ketamine", Unit.GRAM, "5,10,50", "25")),
                        List.of("\ud83c\udf0d Worldwide shipping, EU 2-4 days", "\ud83d\udcb0 BTC / XMR only"), 2.0),
                new TelegramAd(ENGLISH + ":bulk_chems_eu", "bulk_chems_eu", "BULK ONLY \ud83d\udce6 serious buyers", List.of(
                        en("\ud83d\udc8e", "\u2728", "MDMA crystal", "MDMA", Unit.GRAM, "100,1000", "15"),
                        en("\ud83d\udc34", "\ud83e\udd84", "Ketamine", "ketamine", Unit.GRAM, "100,1000", "18")),
                        List.of("\ud83d\ude9a Stealth shipping EU, samples on request"), 1.0));
        List<String> footers = ENGLISH_FOOTERS;
        return new ChannelSpec(ENGLISH, "EU RC Supply \ud83c\uddea\ud83c\uddfa\ud83e\uddea",
                "Research chemicals and more. Vendors: contact @eurc_admin", 12800, true, menus,
                Map.of("3-MMC", new TrackedAdStyle(List.of("3-MMC crystal", "3MMC shards", "3-MMC (metaphedrone) rocks"),
                                "\ud83e\uddea", "\u2697\ufe0f", Unit.GRAM, "10,100,1000", "8",
                                List.of("mmc_world", "crystal_lab_eu", "rc_direct"), footers, true),
                        "2-FDCK", new TrackedAdStyle(List.of("2-FDCK", "2F-DCK crystal", "2-Fluorodeschloroketamine"),
                                "\ud83d\udc34", "\ud83c\udf00", Unit.GRAM, "5,25,100", "9",
                                List.of("fdck_store", "dissoshop", "k_analogues"), footers, true),
                        "2-MMC", new TrackedAdStyle(List.of("2-MMC NEW \ud83d\udd25", "2MMC crystal", "2-MMC (3-MMC alternative)"),
                                "\ud83e\uddea", "\ud83c\udd95", Unit.GRAM, "10,50,100", "9",
                                List.of("new_rc_drops", "mmc_world", "isomer_lab"), footers, true)),
                List.of(Phrase.of("Looking for 2-FDCK, who ships to Germany?", "2-FDCK"),
                        Phrase.of("WTB 3-MMC 50g, EU shipping, DM me", "3-MMC"),
                        Phrase.of("Anyone got MDMA crystal for UK? Need it this week", "MDMA"),
                        Phrase.of("Searching reliable ketamine vendor, 100g+", "ketamine")),
                List.of(Phrase.of("\u26a0\ufe0f SCAM ALERT: @rc_fast_eu takes payment and blocks you. Do not buy \u26a0\ufe0f"),
                        Phrase.of("\ud83d\udccc Rules: vendors must be verified by admins. No escrow = no deal."),
                        Phrase.of("Customs in Belgium checking more parcels this month, use stealth"),
                        Phrase.of("Happy to see so many new members \ud83d\ude4f"),
                        Phrase.of("Backup channel will be announced here if we get banned")),
                List.of(new LinkPost("Read before you order: https://harmreduction.example/guides/dosing",
                        "https://harmreduction.example/guides/dosing", "harmreduction.example", "Dosing guide for new substances",
                        "How to dose 2-FDCK, 3-MMC and other research chemicals more safely.")));
    }

    private static ChannelSpec privateGroup() {
        return new ChannelSpec(PRIVATE, "XTC & Pillen Groep NL \ud83d\udc8a",
                "Alleen voor leden. Geen spam, geen oplichters.", 2345, false, List.of(), Map.of(), List.of(), List.of(),
                List.of());
    }
}
