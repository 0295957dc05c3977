package org.npswatch.market;

import static org.npswatch.market.CatalogueProduct.Category.ACCESSORY;
import static org.npswatch.market.CatalogueProduct.Category.PARTY;
import static org.npswatch.market.CatalogueProduct.Category.PHARMACY;
import static org.npswatch.market.CatalogueProduct.Category.RC_BENZO;
import static org.npswatch.market.CatalogueProduct.Category.RC_CANNABINOID;
import static org.npswatch.market.CatalogueProduct.Category.RC_DISSOCIATIVE;
import static org.npswatch.market.CatalogueProduct.Category.RC_OPIOID;
import static org.npswatch.market.CatalogueProduct.Category.RC_PSYCHEDELIC;
import static org.npswatch.market.CatalogueProduct.Category.RC_STIMULANT;
import static org.npswatch.market.CatalogueProduct.Category.SEMI_SYNTHETIC_CANNABINOID;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.npswatch.market.CatalogueProduct.Category;
import org.npswatch.model.Unit;

/**
 * Everything the simulated market can sell. Canonical substance names here are the names the
 * ground truth ({@link MarketTruth}) reports; they follow the lexicon's canonical names (code
 * names such as "3-MMC", lower-case common names such as "cocaine"). Keeping them in this one
 * class makes aligning them with the lexicon a one-file change.
 */
public final class Catalogue {
    private Catalogue() {}

    /**
     * Invented substance names that no lexicon knows, in the order they appear in the market (see
     * {@link MarketEvents#standard()}). They follow real naming habits (locants, halogen
     * prefixes, -MC, -azolam, -nitazene and -PINACA stems) so a recogniser of substance-like
     * names should catch them; none is the name of a substance known to us.
     */
    public static final List<String> INVENTED_NAMES = List.of(
            "3-CPMC", "Nifluzolam", "Etazopronitazene", "ADB-CYPINACA", "2-Br-DXCK", "4F-NPiHP", "3-MeO-PXE", "5-Cl-DMBA");

    private static final List<CatalogueProduct> PRODUCTS = List.of(
            p("3mmc", RC_STIMULANT, Unit.GRAM, "12", "1,5,10,25,100,250", "3-MMC",
                    "High purity 3-MMC crystals, lab tested.", "3-MMC", "3MMC Crystal", "3-MMC (Metaphedrone)", "3-MMC kristallen"),
            p("3cmc", RC_STIMULANT, Unit.GRAM, "11", "1,5,10,25,100", "3-CMC",
                    "3-CMC (clophedrone), fine white powder.", "3-CMC", "3CMC", "3-CMC Clophedrone"),
            p("4cmc", RC_STIMULANT, Unit.GRAM, "10", "1,5,10,25", "4-CMC",
                    "4-CMC crystal, sold as a research chemical only.", "4-CMC", "4-CMC (Clephedrone)"),
            p("4mmc", RC_STIMULANT, Unit.GRAM, "14", "1,5,10", "4-MMC",
                    "Mephedrone, limited stock.", "Mephedrone (4-MMC)", "4-MMC"),
            p("aphp", RC_STIMULANT, Unit.GRAM, "14", "1,5,10,25", "alpha-PHP",
                    "Alpha-PHP crystals, pyrrolidinophenone class.", "α-PHP", "a-PHP", "Alpha-PHP"),
            p("neh", RC_STIMULANT, Unit.GRAM, "13", "1,5,10", "N-ethylhexedrone",
                    "N-ethylhexedrone, also known as hexen or NEH.", "N-Ethylhexedrone", "NEH (N-Ethylhexedrone)", "Hexen"),
            p("4mec", RC_STIMULANT, Unit.GRAM, "10", "1,5,10,25", "4-MEC",
                    "4-MEC, a classic from the early research chemical years.", "4-MEC", "4-MEC powder"),
            p("methylone", RC_STIMULANT, Unit.GRAM, "12", "1,5,10", "methylone",
                    "Methylone (bk-MDMA), crystal form.", "Methylone", "bk-MDMA (Methylone)"),
            p("4fa", RC_STIMULANT, Unit.GRAM, "13", "1,5,10,25", "4-FA",
                    "4-FA powder, also known as 4-FMP.", "4-FA", "4-FA (4-Fluoroamphetamine)", "4-FMP"),
            p("4fapellets", RC_STIMULANT, Unit.PELLET, "2.5", "10,20,50", "4-FA",
                    "Pressed pellets of 100 mg 4-FA each.", "4-FA pellets 100mg", "4-FA 100mg pellets"),
            p("6apb", RC_PSYCHEDELIC, Unit.GRAM, "20", "1,5,10", "6-APB",
                    "6-APB, sold as Benzo Fury in the UK in the 2010s.", "6-APB", "6-APB (Benzofury)"),
            p("mxe", RC_DISSOCIATIVE, Unit.GRAM, "22", "1,5,10", "MXE",
                    "Methoxetamine, an arylcyclohexylamine.", "MXE", "Methoxetamine (MXE)"),
            p("2fdck", RC_DISSOCIATIVE, Unit.GRAM, "15", "1,5,10,25,100", "2-FDCK",
                    "2-Fluorodeschloroketamine, crystalline.", "2-FDCK", "2F-DCK", "2-Fluorodeschloroketamine"),
            p("ketamine", PARTY, Unit.GRAM, "25", "1,5,10,50", "ketamine",
                    "Ketamine HCl, needles.", "Ketamine", "Ketamine HCl", "Keta (S-ketamine)"),
            p("bromazolam", RC_BENZO, Unit.PELLET, "0.5", "20,50,100", "bromazolam",
                    "Bromazolam pellets of 1 mg each.", "Bromazolam pellets 1mg", "Bromazolam 1mg pellets"),
            p("flualprazolam", RC_BENZO, Unit.PELLET, "0.6", "20,50,100", "flualprazolam",
                    "Flualprazolam pellets, 0.5 mg per pellet.", "Flualprazolam 0.5mg pellets", "Flualprazolam pellets 0,5mg"),
            p("1plsd", RC_PSYCHEDELIC, Unit.BLOTTER, "4", "5,10,25", "1P-LSD",
                    "1P-LSD blotters of 100 mcg.", "1P-LSD 100mcg blotters", "1P-LSD blotters"),
            p("1cplsd", RC_PSYCHEDELIC, Unit.BLOTTER, "4.5", "5,10,25", "1cP-LSD",
                    "1cP-LSD, 100 µg per blotter.", "1cP-LSD 100µg blotter", "1cP-LSD"),
            p("4homet", RC_PSYCHEDELIC, Unit.GRAM, "35", "1,2,5", "4-HO-MET",
                    "4-HO-MET fumarate (metocin).", "4-HO-MET", "4-HO-MET (Metocin)"),
            p("2cb", RC_PSYCHEDELIC, Unit.GRAM, "30", "1,5,10", "2C-B",
                    "2C-B HCl powder.", "2C-B", "2C-B HCl"),
            p("2cbpills", PHARMACY, Unit.TABLET, "6", "10,50,100", "2C-B",
                    "2C-B pillen van 15 mg.", "2C-B pillen 15mg", "2C-B pills 15mg"),
            p("adbb", RC_CANNABINOID, Unit.GRAM, "25", "1,5,10", "ADB-BUTINACA",
                    "ADB-BUTINACA powder for research.", "ADB-BUTINACA", "ADB-Butinaca (ADB-B)"),
            p("5fmdmbpica", RC_CANNABINOID, Unit.GRAM, "28", "1,5", "5F-MDMB-PICA",
                    "5F-MDMB-PICA, also listed as 5F-MDMB-2201.", "5F-MDMB-PICA", "5F-MDMB-PICA powder"),
            p("odsmt", RC_OPIOID, Unit.GRAM, "30", "1,5,10", "O-DSMT",
                    "O-desmethyltramadol, the active metabolite of tramadol.", "O-DSMT", "O-Desmethyltramadol"),
            p("protonitazene", RC_OPIOID, Unit.MILLIGRAM, "0.8", "10,50,100", "protonitazene",
                    "Protonitazene, sold per milligram.", "Protonitazene", "Protonitazene HCl"),
            p("metonitazene", RC_OPIOID, Unit.MILLIGRAM, "0.7", "10,50,100", "metonitazene",
                    "Metonitazene citrate.", "Metonitazene", "Metonitazene citrate"),
            p("hhcvape", SEMI_SYNTHETIC_CANNABINOID, Unit.MILLILITRE, "30", "1,2", "HHC",
                    "HHC vape cartridge with terpenes.", "HHC Vape Pen 1ml", "HHC vape cartridge"),
            p("hhcdist", SEMI_SYNTHETIC_CANNABINOID, Unit.GRAM, "18", "1,5,10", "HHC",
                    "HHC distillate, 95% hexahydrocannabinol.", "HHC distillate", "HHC destillaat 95%"),
            p("hhcgummies", SEMI_SYNTHETIC_CANNABINOID, Unit.PIECE, "2", "10,20,50", "HHC",
                    "HHC gummies of 25 mg each.", "HHC Gummies 25mg", "HHC gummies"),
            p("hhcp", SEMI_SYNTHETIC_CANNABINOID, Unit.MILLILITRE, "38", "1,2", "HHC-P",
                    "HHC-P vape, strong.", "HHC-P Vape 1ml", "HHC-P cartridge"),
            p("thcp", SEMI_SYNTHETIC_CANNABINOID, Unit.MILLILITRE, "40", "1,2", "THCP",
                    "THCP cartridge, 510 thread.", "THCP Vape Cartridge 1ml", "THC-P vape"),
            p("gbl", PARTY, Unit.MILLILITRE, "0.2", "100,250,500,1000", "GBL",
                    "GBL 99.9% cleaner, not for consumption.", "GBL 99.9%", "GBL (Gamma-Butyrolactone)"),
            p("n2otank", PARTY, Unit.PIECE, "45", "1,2,5", "nitrous oxide",
                    "Lachgas tank of 2 kg with balloons.", "Lachgas tank 2kg", "Nitrous oxide cylinder 2kg"),
            p("n2ochargers", PARTY, Unit.PIECE, "0.6", "24,50,100", "nitrous oxide",
                    "Cream chargers with 8 g N2O each.", "N2O cream chargers", "Slagroompatronen N2O 8g"),
            p("mdmapills", PHARMACY, Unit.TABLET, "4", "10,50,100,1000", "MDMA",
                    "XTC pillen, 200 mg MDMA per pil.", "XTC pillen (MDMA 200mg)", "Ecstasy pillen 200mg", "MDMA pillen"),
            p("mdmacrystal", PHARMACY, Unit.GRAM, "22", "1,5,10,50", "MDMA",
                    "MDMA kristallen, 84% puur.", "MDMA kristallen", "MDMA crystal"),
            p("cocaine", PHARMACY, Unit.GRAM, "55", "1,5,10,50", "cocaine",
                    "Cocaïne uit Colombia, 90% puur.", "Cocaïne (90% puur)", "Colombiaanse cocaïne", "Cocaine HCl"),
            p("kitmmc", RC_STIMULANT, Unit.PIECE, "60", "1,3", "3-MMC,2-FDCK",
                    "Starter kit with 1 g 3-MMC and 1 g 2-FDCK.", "3-MMC + 2-FDCK starter kit", "Party pack 3-MMC/2F-DCK"),
            p("scale", ACCESSORY, Unit.PIECE, "19", "1", "",
                    "Digital pocket scale, 0.001 g precision.", "Digital scale 0.001g", "Precisieweegschaal 0,001g"),
            p("reagent", ACCESSORY, Unit.PIECE, "9", "1,3", "",
                    "Marquis reagent test kit for identification.", "Marquis reagent test", "Reagent test kit (Marquis)"),
            p("baggies", ACCESSORY, Unit.PIECE, "0.05", "100,500", "",
                    "Zip bags 4x6 cm.", "Ziplock baggies 4x6cm", "Gripzakjes 4x6"),
            // Variants of tracked substances (see TrackedSubstances): more of them are listed when
            // a substance's volume rises, as real shops add pellets, rocks and bulk packs.
            p("3mmcpellets", RC_STIMULANT, Unit.PELLET, "1.6", "10,25,50", "3-MMC",
                    "Pressed 3-MMC pellets of 100 mg.", "3-MMC Pellets 100mg", "3-MMC 100mg pellets"),
            p("3mmcrocks", RC_STIMULANT, Unit.GRAM, "13", "1,5,10", "3-MMC",
                    "Large 3-MMC rocks, slow crystallised.", "3-MMC Rocks", "3MMC Rock Crystal"),
            p("3mmcbulk", RC_STIMULANT, Unit.GRAM, "9", "25,100,250,1000", "3-MMC",
                    "3-MMC in bulk for resellers.", "3-MMC Bulk", "3-MMC bulk pack"),
            p("3mmccaps", RC_STIMULANT, Unit.CAPSULE, "1.8", "10,20,50", "3-MMC",
                    "Capsules of 150 mg 3-MMC.", "3-MMC Capsules 150mg", "3-MMC caps 150mg"),
            p("2fdckpellets", RC_DISSOCIATIVE, Unit.PELLET, "1.4", "10,25,50", "2-FDCK",
                    "2-FDCK pellets of 50 mg.", "2-FDCK Pellets 50mg", "2F-DCK pellets 50mg"),
            p("2fdckbulk", RC_DISSOCIATIVE, Unit.GRAM, "10", "25,100,250", "2-FDCK",
                    "2-FDCK in bulk.", "2-FDCK Bulk", "2F-DCK bulk"),
            p("2mmc", RC_STIMULANT, Unit.GRAM, "12", "1,5,10,25", "2-MMC",
                    "2-MMC, the 3-MMC isomer, fresh batch.", "2-MMC", "2-MMC Crystal", "2MMC"),
            p("2mmcpellets", RC_STIMULANT, Unit.PELLET, "1.5", "10,25,50", "2-MMC",
                    "2-MMC pellets of 100 mg.", "2-MMC Pellets 100mg", "2-MMC 100mg pellets"),
            p("4fa2", RC_STIMULANT, Unit.GRAM, "12", "5,10,25", "4-FA",
                    "4-FA crystal, larger packs.", "4-FA Crystal", "4-FA kristal"));

    /** Every product that is not an invented substance. */
    public static List<CatalogueProduct> products() {
        return PRODUCTS;
    }

    public static Optional<CatalogueProduct> byKey(String key) {
        return PRODUCTS.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The products of the given categories, in catalogue order. */
    public static List<CatalogueProduct> inCategories(List<Category> categories) {
        return PRODUCTS.stream().filter(p -> categories.contains(p.category())).toList();
    }

    /**
     * A product made from the {@code index}-th invented name: a crystal sold per gram, priced like
     * the cathinones it imitates.
     */
    public static CatalogueProduct novel(int index) {
        return novel(INVENTED_NAMES.get(index % INVENTED_NAMES.size()), index);
    }

    /**
     * A product made from an invented name (a scenario may bring its own), numbered {@code index}
     * for its product key: a crystal sold per gram, priced like the cathinones it imitates.
     */
    public static CatalogueProduct novel(String name, int index) {
        return new CatalogueProduct(
                "novel" + index,
                List.of(name, name + " (NEW)", name + " crystal"),
                List.of(),
                List.of(name),
                RC_STIMULANT,
                Unit.GRAM,
                new BigDecimal("16"),
                List.of(BigDecimal.ONE, new BigDecimal("5"), BigDecimal.TEN),
                "Brand new research compound " + name + ", first batch in stock.");
    }

    private static CatalogueProduct p(
            String key, Category category, Unit unit, String eurPerUnit, String tiers, String substances, String blurb,
            String... spellings) {
        List<BigDecimal> amounts = Arrays.stream(tiers.split(",")).map(BigDecimal::new).toList();
        List<String> subs = substances.isEmpty() ? List.of() : List.of(substances.split(","));
        return new CatalogueProduct(key, List.of(spellings), subs, List.of(), category, unit, new BigDecimal(eurPerUnit), amounts, blurb);
    }
}
