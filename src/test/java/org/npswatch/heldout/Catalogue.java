package org.npswatch.heldout;

import java.util.List;
import java.util.Optional;

/**
 * The substances a held-out history can offer, written the ways vendor posts write them. Every
 * spelling and street name here is one the lexicon knows ({@code CatalogueTest} checks each on a
 * menu line), so the truth of a history is what an outsider who wrote these posts would count.
 * Prices are rough Dutch street and research-chemical prices per unit, in euro.
 */
public final class Catalogue {
    /** How a product is sold, and so how its price tiers read. */
    public enum Unit {
        GRAM,
        PILL,
        BLOTTER,
        PELLET,
        ML
    }

    /**
     * One substance as vendors offer it.
     *
     * @param canonical the lexicon's canonical name, which flags carry
     * @param nps a new psychoactive substance (only these appear as "new" in a history)
     * @param unit how it is sold
     * @param unitPrice euro per unit (gram, pill, blotter, pellet, ml)
     * @param spellings how posts write the name, most common first
     * @param streetNames slang that some sellers use instead
     * @param descriptors words sellers put after the name ("kristallen", "20mg")
     * @param emoji the bullet a seller puts in front of it (never an emoji the pipeline reads as a code)
     */
    public record Product(String canonical, boolean nps, Unit unit, double unitPrice, List<String> spellings,
            List<String> streetNames, List<String> descriptors, String emoji) {}

    /** Substance-like names no lexicon lists (novel analogues), for UNKNOWN_NAME events. */
    public static final List<String> NOVEL_NAMES = List.of("4F-3-MMC", "3-CPMC", "N-ethylheptedrone", "2-Cl-4-MMC");

    public static final List<Product> PRODUCTS = List.of(
            new Product("3-MMC", true, Unit.GRAM, 15, List.of("3-MMC", "3mmc", "3MMC", "3-mmc"), List.of("poes"),
                    List.of("kristallen", "shards", "HCl", "99%", "top kwaliteit"), "🧪"),
            new Product("4-MMC", true, Unit.GRAM, 20, List.of("4-MMC", "4mmc", "mephedrone", "mefedron"), List.of("meow meow"),
                    List.of("kristal", "crystal", "99%"), "🐱"),
            new Product("3-CMC", true, Unit.GRAM, 14, List.of("3-CMC", "3cmc", "3-cmc"), List.of(),
                    List.of("shards", "kristallen", "HCl"), "🧪"),
            new Product("2-MMC", true, Unit.GRAM, 13, List.of("2-MMC", "2mmc"), List.of(), List.of("kristal", "poeder"), "🧪"),
            new Product("2-FDCK", true, Unit.GRAM, 22, List.of("2-FDCK", "2F-DCK", "2fdck", "2-fdck"), List.of(),
                    List.of("shards", "kristallen", "lab getest"), "🔷"),
            new Product("ketamine", false, Unit.GRAM, 30, List.of("ketamine", "Ketamine", "keta", "ketamin"), List.of("keta"),
                    List.of("shards", "naalden", "kristal"), "🔹"),
            new Product("4-FA", true, Unit.GRAM, 12, List.of("4-FA", "4fa", "4-FMP"), List.of(), List.of("poeder", "HCl"), "⚡"),
            new Product("alpha-PHP", true, Unit.GRAM, 25, List.of("a-PHP", "α-PHP", "alpha-PHP", "aphp"), List.of(),
                    List.of("kristal", "crystal"), "💠"),
            new Product("MDMA", false, Unit.GRAM, 25, List.of("MDMA", "MDMA kristal", "mdma"), List.of("molly", "mandy"),
                    List.of("84%", "champagne", "kristallen"), "💎"),
            new Product("cocaine", false, Unit.GRAM, 60, List.of("cocaïne", "cocaine", "coke"), List.of("cola", "sneeuw"),
                    List.of("90%", "flake", "Peruaanse"), "⭐"),
            new Product("amphetamine", false, Unit.GRAM, 4, List.of("speed", "amfetamine", "speed pasta"), List.of("pep"),
                    List.of("pasta", "poeder"), "⚡"),
            new Product("2C-B", false, Unit.PILL, 5, List.of("2C-B", "2cb", "2C-B pillen"), List.of("tusi"),
                    List.of("20mg", "25mg", "HCl"), "🌸"),
            new Product("1P-LSD", true, Unit.BLOTTER, 6, List.of("1P-LSD", "1plsd", "1P LSD"), List.of(),
                    List.of("150mcg", "100mcg"), "🌈"),
            new Product("N-ethylhexedrone", true, Unit.GRAM, 18, List.of("N-ethylhexedrone", "hexen", "NEH"), List.of(),
                    List.of("kristal", "HCl"), "🧪"),
            new Product("4F-MPH", true, Unit.PELLET, 1.2, List.of("4F-MPH", "4-F-MPH"), List.of(), List.of("10mg"), "🟡"),
            new Product("bromazolam", true, Unit.PELLET, 1, List.of("bromazolam", "Bromazolam"), List.of(), List.of("1mg"), "🟣"),
            new Product("3-MeO-PCP", true, Unit.GRAM, 30, List.of("3-MeO-PCP", "3meo-pcp"), List.of(), List.of("HCl"), "🔷"),
            new Product("eutylone", true, Unit.GRAM, 16, List.of("eutylone", "Eutylone"), List.of(), List.of("kristal"), "🧪"),
            new Product("methylone", true, Unit.GRAM, 16, List.of("methylone", "bk-MDMA"), List.of(), List.of("kristal"), "💠"),
            new Product("3-FPM", true, Unit.GRAM, 18, List.of("3-FPM", "3fpm"), List.of(), List.of("HCl", "poeder"), "⚡"),
            new Product("4-MEC", true, Unit.GRAM, 15, List.of("4-MEC", "4MEC"), List.of(), List.of("kristal"), "🧪"),
            new Product("5-MAPB", true, Unit.GRAM, 30, List.of("5-MAPB", "5mapb"), List.of(), List.of("HCl"), "💠"),
            new Product("O-DSMT", true, Unit.GRAM, 25, List.of("O-DSMT", "ODSMT"), List.of(), List.of("HCl"), "🔶"),
            new Product("etizolam", true, Unit.PELLET, 0.8, List.of("etizolam", "Etizolam"), List.of(), List.of("1mg"), "🟣"),
            new Product("GHB", false, Unit.ML, 0.3, List.of("GHB", "ghb"), List.of(), List.of(), "🧴"),
            new Product("psilocybin", false, Unit.GRAM, 1, List.of("truffels", "paddo truffels", "magic truffels"),
                    List.of("shrooms"), List.of("Mexicana", "Tampanensis"), "🟤"));

    private Catalogue() {}

    public static Optional<Product> product(String canonical) {
        return PRODUCTS.stream().filter(p -> p.canonical().equals(canonical)).findFirst();
    }
}
