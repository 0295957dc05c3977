package org.npswatch.lexicon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites compact price lists that pair quantities and prices by position into one tier per
 * line: "1/5/10g: 12/50/90 €" becomes "1 g 12 €", "5 g 50 €", "10 g 90 €". Lists whose two
 * sides differ in length are left alone: nobody can tell which price belongs to which quantity.
 */
final class SlashLists {
    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String LIST = NUM + "(?:\\s*/\\s*" + NUM + ")+";
    private static final Pattern PAIRED = Pattern.compile("(?iu)(?<![\\d.,/])(" + LIST + ")\\s*([\\p{L}\u00B5]{1,10}\\.?)"
            + "\\s*[:=\\-\u2013]?\\s*([\u20AC\u00A3$]|eur|gbp|usd|chf|pln|z\u0142)?\\s*(" + LIST + ")\\s*"
            + "([\u20AC\u00A3$]|eur\\b|gbp\\b|usd\\b|chf\\b|pln\\b|z\u0142)?(?![\\d/])");

    private SlashLists() {}

    static String expand(String text) {
        if (text.indexOf('/') < 0) {
            return text;
        }
        Matcher m = PAIRED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] quantities = m.group(1).split("\\s*/\\s*");
            String[] prices = m.group(4).split("\\s*/\\s*");
            boolean unit = UnitVocabulary.shipped().unit(m.group(2)).isPresent();
            String currency = m.group(3) != null ? m.group(3) : m.group(5);
            if (!unit || quantities.length != prices.length) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < quantities.length; i++) {
                lines.append('\n').append(quantities[i]).append(' ').append(m.group(2)).append(' ')
                        .append(prices[i]).append(' ').append(currency == null ? "" : currency).append('\n');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(lines.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
