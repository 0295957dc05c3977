package org.npswatch.market;

import java.net.URI;
import java.util.Objects;
import org.npswatch.model.SourceId;

/**
 * A simulated shop as the outside sees it this week.
 *
 * @param platform the platform's display name ("WooCommerce", "Shopify", "custom HTML", ...)
 * @param baseUri {@code http://127.0.0.1:PORT/}; each shop is its own host:port
 * @param online whether it serves pages this week (false when it answers 503 or refuses connections)
 */
public record SimulatedShop(SourceId id, String title, String platform, URI baseUri, boolean online, Availability availability) {
    public SimulatedShop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(availability, "availability");
    }
}
