package org.npswatch.lexicon;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a token that no lexicon entry knows still looks like a substance name or code,
 * so that it is reported as an unknown candidate instead of being dropped. The signals are the
 * ones chemists and sellers use to name new analogues: locant codes ("3-CEMC", "4-BMC", "2C-X",
 * "5F-..."), stems of known families ("-azolam", "-nitazene", "-PINACA", "-MMC", "-ketamine",
 * "-LSD", "-fentanyl", ...), halogen and alkyl prefixes glued to a drug-like word
 * ("bromoketamine"), research-code series ("JWH-081", "U-49900") and cannabinoid letter suffixes
 * ("HHC-X").
 */
final class UnknownNames {
    private static final List<String> STEMS = List.of("azolam", "azepam", "zolam", "zepam", "nitazene", "nitazepyne",
            "nitazepipne", "pinaca", "binaca", "inaca", "pica", "bica", "pinac", "ketamine", "etamine", "tryptamine",
            "amphetamine", "amfetamine", "phenidate", "phenidine", "fentanyl", "fentanil", "cathinone", "cathinon",
            "edrone", "ylone", "orphine", "cyclidine", "nbome", "nboh", "lysergamide", "azepine", "olam",
            "mmc", "pvp", "php", "dck", "lsd", "lad", "hhc", "apb", "apdb", "dmt", "pcp", "pce", "mxe", "mipt", "dipt",
            "dalt", "mpa", "emc", "cmc", "fmc", "bmc", "mdma", "mda");
    private static final int SHORT_STEM = 4;
    private static final Pattern LOCANT_CODE = Pattern.compile("^\\d{1,2}(?:,\\d)?[A-Za-z]{0,3}-(.+)$");
    private static final Pattern TWO_C = Pattern.compile("^2C-[A-Za-z0-9]{1,4}(?:-\\d{1,2})?$");
    private static final Pattern LOCANT_GLUED = Pattern.compile("^\\d{1,2}[A-Z]{2,6}$");
    private static final Pattern RESEARCH_CODE =
            Pattern.compile("^(?:JWH|AM|HU|CP|UR|RCS|WIN|AH|MT|U|SDB|PB|BB|FDU|THJ|MN|AKB|SGT|XLR|NM|BZ)-?\\d{2,5}$");
    private static final Pattern CANNABINOID_SUFFIX = Pattern.compile("^(?:HHC|THC|CBD|CBN|CBG|H4CBD)-?[A-Z0-9]{1,4}$");
    private static final Pattern CHEM_FRAGMENT = Pattern.compile(
            "(?i)(meo|aco|ho-|fluoro|chloro|bromo|iodo|methyl|ethyl|propyl|butyl|methoxy|ethoxy|hydroxy|acetoxy"
                    + "|dmb|adb|amb)");
    private static final List<String> PREFIX_WORDS = List.of("fluoro", "chloro", "bromo", "iodo", "methoxy", "ethoxy",
            "isopropyl", "methyl", "ethyl", "propyl", "butyl", "hydroxy", "acetoxy", "deschloro", "desmethyl");

    private UnknownNames() {}

    /** A folded word that is a substituent or a chemical name fragment ("ethyl", "fluoro", "meo"). */
    static boolean isChemicalFragment(String folded) {
        return PREFIX_WORDS.contains(folded) || CHEM_FRAGMENT.matcher(folded).matches();
    }

    /** Whether a token (as written) looks like a substance name or code. */
    static boolean looksLikeSubstance(String token, Set<String> notSubstances) {
        return looksLikeSubstance(token, Folding.fold(token), notSubstances);
    }

    /** As {@link #looksLikeSubstance(String, Set)}, for a token whose fold is already known. */
    static boolean looksLikeSubstance(String token, String folded, Set<String> notSubstances) {
        if (folded.length() < 3 || notSubstances.contains(folded) || AmountTokens.isQuantity(token)) {
            return false;
        }
        return hasStem(token, folded) || isLocantCode(token) || RESEARCH_CODE.matcher(token).matches()
                || CANNABINOID_SUFFIX.matcher(token).matches() || hasChemicalPrefix(folded);
    }

    private static boolean hasStem(String token, String folded) {
        for (String stem : STEMS) {
            if (folded.endsWith(stem) && folded.length() >= stem.length() + 2) {
                if (stem.length() > SHORT_STEM) {
                    return true;
                }
                // Short stems ("-lad", "-mmc") end ordinary words too ("salad"): demand code spelling.
                boolean codeLike = token.chars().anyMatch(c -> c == '-' || Character.isDigit(c))
                        || token.chars().filter(Character::isUpperCase).count() >= 3;
                if (codeLike) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLocantCode(String token) {
        if (LOCANT_GLUED.matcher(token).matches() || TWO_C.matcher(token).matches()) {
            return true;
        }
        var m = LOCANT_CODE.matcher(token);
        if (!m.matches()) {
            return false;
        }
        String rest = m.group(1);
        long capitals = rest.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 || CHEM_FRAGMENT.matcher(rest).find();
    }

    private static boolean hasChemicalPrefix(String folded) {
        for (String p : PREFIX_WORDS) {
            int at = folded.indexOf(p);
            if (at >= 0 && at <= 3) {
                String rest = folded.substring(at + p.length());
                if (rest.length() >= 5 && (rest.endsWith("ine") || rest.endsWith("one") || rest.endsWith("ide"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
