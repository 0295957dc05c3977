package org.npswatch.extract.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link DrugCue} answers exactly as the regular expression it replaced, on every corpus text. */
class DrugCueTest {
    private static final Pattern REGEX = Pattern.compile(
            "\\b(?:coke|cola|sneeuw|snow|charlie|coca\\w*|keta\\w*|ket|k|kitkat|tina|meth|crystal|ice|pep|speed|amf\\w*|molly|mandy|mdma"
                    + "|xtc|pil|pill\\w*|g|ghb|gbl|lachgas|nitrous|ballon\\w*|balloons?|tanks?|wiet|weed|hasj|hash|kush|haze|truffel\\w*"
                    + "|shrooms?|paddo\\w*|mushrooms?|lsd|acid|tabs|blotters?|2c-?b|[234]-?[a-z]{2,4}|dmt|xan\\w*|oxy\\w*|percs?|benzos?"
                    + "|valium|diazepam|tramadol|lean|flake|spul|gear)\\b|[\u2744\\x{1F434}\\x{1F344}\\x{1F33F}\\x{1F341}\\x{1F343}"
                    + "\\x{1F388}\\x{1F48A}\\x{1F48E}\\x{1F4A7}]");

    @Test
    void agreesWithTheRegularExpressionOnTheCorpusAndOnTrickyWords() {
        List<String> texts = new ArrayList<>(AnalysisCorpus.texts());
        texts.addAll(List.of("2c-b", "2cb", "2c-bx", "x2c-b", "3-mmc", "3mmc", "3-mmcx", "3-mmc-2", "3-m", "5-meo", "4-fa",
                "2-fdck", "2-fdcks", "2_fa", "k.", "_k", "k_", "gg", "g-", "-g-", "pillen", "xpill", "ketamine", "oxycodon",
                "balloons", "ballonnen", "tankstation", "ice-cream", "snow's", "3-MMC", "caf\u00e9coke", "coke\u00e9", "\u2744", "\uD83D\uDC8A",
                "\uD83D\uDC8E x", "3 - mmc", "3--mmc", "34mmc", "2c-b-fly"));
        List<String> disagreements = new ArrayList<>();
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (REGEX.matcher(lower).find() != DrugCue.in(lower)) {
                disagreements.add(t);
            }
        }
        assertEquals(List.of(), disagreements);
    }
}
