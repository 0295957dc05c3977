package org.npswatch.market;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one shop serves in one week, keyed by path plus normalised query
 * ({@code /products.json?page=2}), with the ground truth of each page.
 */
record Site(Map<String, Resource> resources, Resource notFound, List<PageTruth> pages) {
    Site {
        resources = Map.copyOf(resources);
        Objects.requireNonNull(notFound, "notFound");
        pages = List.copyOf(pages);
    }
}
