package org.npswatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.StockStatus;

/**
 * Reads offers of a custom-HTML shop through its configured {@link ExtractionProfile}: one
 * element per offer, the name, every price text (a tier list or one price), optional quantity
 * texts paired with the price texts in order, and the stock.
 */
final class ProfileExtractor implements Extractor {
    private final ExtractionProfile profile;
    private final Pattern outOfStock;

    ProfileExtractor(ExtractionProfile profile) {
        this.profile = profile;
        Pattern p;
        try {
            p = Pattern.compile(profile.outOfStockPattern());
        } catch (PatternSyntaxException e) {
            p = Pattern.compile(ExtractionProfile.DEFAULT_OUT_OF_STOCK);
        }
        this.outOfStock = p;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public List<ExtractedOffer> extract(PageContext page) {
        if (page.html().isEmpty()) {
            return List.of();
        }
        List<ExtractedOffer> out = new ArrayList<>();
        try {
            for (Element card : page.html().orElseThrow().select(profile.offer())) {
                String name = card.select(profile.name()).stream().findFirst().map(Element::text).orElse("");
                String description = profile.description().map(d -> card.select(d).text()).orElse("");
                CardReader.offer(page, name, priceText(card), stock(card), description, Optional.empty(), name())
                        .ifPresent(out::add);
            }
        } catch (Selector.SelectorParseException e) {
            page.problems().add("profile selector: " + e.getMessage());
        }
        return out;
    }

    private String priceText(Element card) {
        Elements prices = card.select(profile.price());
        if (profile.quantity().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            prices.forEach(p -> sb.append(BlockText.of(p)).append('\n'));
            return sb.toString();
        }
        Elements quantities = card.select(profile.quantity().get());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < prices.size(); i++) {
            String q = i < quantities.size() ? quantities.get(i).text() : "";
            sb.append(q).append(' ').append(BlockText.of(prices.get(i))).append('\n');
        }
        return sb.toString();
    }

    private StockStatus stock(Element card) {
        if (profile.stock().isPresent()) {
            Elements stock = card.select(profile.stock().get());
            if (stock.isEmpty()) {
                return StockStatus.UNKNOWN;
            }
            return outOfStock.matcher(stock.text()).find() ? StockStatus.OUT_OF_STOCK : StockStatus.IN_STOCK;
        }
        return outOfStock.matcher(card.text()).find() ? StockStatus.OUT_OF_STOCK : StockText.of(card.text());
    }
}
