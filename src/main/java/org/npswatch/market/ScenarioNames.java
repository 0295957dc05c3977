package org.npswatch.market;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.npswatch.config.ConfigValues;

/**
 * Substance names in a scenario file: the catalogue's names in any letter case, or any spelling
 * the lexicon knows (given as a function, since the market does not depend on the lexicon),
 * resolved to the name the market uses.
 */
final class ScenarioNames {
    private final Function<String, Optional<String>> lexicon;

    /** @param lexicon the lexicon's canonical name of a term, empty when it does not know the term */
    ScenarioNames(Function<String, Optional<String>> lexicon) {
        this.lexicon = lexicon;
    }

    /** The lexicon's canonical name of a term, if the lexicon knows it. */
    Optional<String> lexiconName(String term) {
        return lexicon.apply(term);
    }

    /**
     * A substance name resolved to the catalogue's name: as written (any letter case), or through
     * the lexicon's canonical name.
     *
     * @param names the catalogue names allowed here
     * @param why what the allowed names are, for the message
     */
    String substance(ConfigValues v, String key, List<String> names, String why) {
        String raw = v.string(key);
        Optional<String> exact = names.stream().filter(n -> n.equalsIgnoreCase(raw)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        Optional<String> canonical = lexiconName(raw);
        if (canonical.isPresent()) {
            Optional<String> viaLexicon = names.stream()
                    .filter(n -> n.equalsIgnoreCase(canonical.get()) || lexiconName(n).equals(canonical)).findFirst();
            if (viaLexicon.isPresent()) {
                return viaLexicon.get();
            }
            throw v.error(key, "'" + raw + "' (" + canonical.get() + " in the lexicon) is not possible here: " + why
                    + ": " + String.join(", ", names));
        }
        boolean sold = marketSubstances().stream().anyMatch(n -> n.equalsIgnoreCase(raw));
        throw v.error(key, sold ? "'" + raw + "' is not possible here: " + why + ": " + String.join(", ", names)
                : "unknown substance '" + raw + "' (not in the lexicon, and the simulated market sells no such thing); "
                        + why + ": " + String.join(", ", names));
    }

    /** Every substance the market offers somewhere: catalogue products and Telegram posts. */
    static List<String> marketSubstances() {
        TreeSet<String> names = new TreeSet<>();
        Catalogue.products().forEach(p -> names.addAll(p.substances()));
        names.addAll(menuSubstances());
        TelegramChannels.ALL.forEach(c -> names.addAll(c.trackedAds().keySet()));
        return List.copyOf(names);
    }

    /** Substances on the Telegram menus re-posted every week. */
    static Set<String> menuSubstances() {
        TreeSet<String> names = new TreeSet<>();
        TelegramChannels.ALL.forEach(c -> c.menuAds().forEach(a -> a.lines().forEach(l -> names.add(l.substance()))));
        return names;
    }

}
