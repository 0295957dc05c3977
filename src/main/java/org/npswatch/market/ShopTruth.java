package org.npswatch.market;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.SourceId;

/**
 * The ground truth of one shop in one week.
 *
 * @param offers every product the shop lists, once, with all its tiers and its stock status
 * @param pages every URL the shop serves this week with what it shows (empty when the shop is not
 *     {@link Availability#ONLINE})
 */
public record ShopTruth(
        SourceId id, Platform platform, URI baseUri, Availability availability, List<ShownOffer> offers,
        List<PageTruth> pages) {
    public ShopTruth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(availability, "availability");
        offers = List.copyOf(offers);
        pages = List.copyOf(pages);
    }

    public Optional<PageTruth> page(URI url) {
        return pages.stream().filter(p -> p.url().equals(url)).findFirst();
    }

    /** Pages that sell nothing (FAQ, shipping, legal, news) though they may name substances. */
    public List<PageTruth> nonOfferPages() {
        return pages.stream().filter(p -> p.kind() == PageTruth.Kind.NON_OFFER).toList();
    }

    public Optional<ShownOffer> offer(String productKey) {
        return offers.stream().filter(o -> o.productKey().equals(productKey)).findFirst();
    }
}
