package org.npswatch.market;

import java.util.List;
import java.util.Objects;

/**
 * One unique ad a seller posts again and again in a channel, with small edits each time.
 *
 * @param adId stable id ("channel:name"), the unit of "unique ads"
 * @param seller the contact handle without '@'
 * @param opener first line, e.g. "🔥 NIEUWE VOORRAAD 🔥"; empty for none
 * @param lines the menu
 * @param footer lines after the menu (delivery area, shipping), before the contact line
 * @param repostsPerWeek expected copies per week
 */
record TelegramAd(String adId, String seller, String opener, List<MenuLine> lines, List<String> footer, double repostsPerWeek) {
    TelegramAd {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(opener, "opener");
        lines = List.copyOf(lines);
        footer = List.copyOf(footer);
    }

    boolean trade() {
        return lines.stream().anyMatch(MenuLine::trade);
    }
}
