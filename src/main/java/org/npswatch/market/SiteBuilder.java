package org.npswatch.market;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the resources of one shop's site together with the truth of each page. */
final class SiteBuilder {
    static final String HTML = "text/html; charset=UTF-8";

    private final URI base;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<PageTruth> pages = new ArrayList<>();
    private final List<String> disallowed = new ArrayList<>();
    private Resource notFound = Resource.of(404, "text/plain; charset=UTF-8", "Not Found");

    SiteBuilder(URI base) {
        this.base = base;
    }

    /** robots.txt; call first so later pages know whether they are disallowed. */
    void robots(String text, List<String> disallowPrefixes) {
        disallowed.addAll(disallowPrefixes);
        put("/robots.txt", Resource.of(200, "text/plain; charset=UTF-8", text), PageTruth.Kind.ROBOTS, List.of());
    }

    void html(String path, PageTruth.Kind kind, String html, List<ShownOffer> offers) {
        put(path, Resource.of(200, HTML, html), kind, offers);
    }

    void json(String path, PageTruth.Kind kind, String json, List<ShownOffer> offers) {
        put(path, Resource.of(200, "application/json; charset=utf-8", json), kind, offers);
    }

    void xml(String path, String xml) {
        put(path, Resource.of(200, "application/xml; charset=UTF-8", xml), PageTruth.Kind.SITEMAP, List.of());
    }

    void redirect(String path, String target) {
        resources.put(path, Resource.redirect(target));
    }

    void notFound(String html) {
        notFound = Resource.of(404, HTML, html);
    }

    URI url(String path) {
        return base.resolve(path);
    }

    Site build() {
        return new Site(resources, notFound, pages);
    }

    private void put(String path, Resource resource, PageTruth.Kind kind, List<ShownOffer> offers) {
        if (resources.containsKey(path)) {
            throw new IllegalStateException("two resources at " + path);
        }
        resources.put(path, resource);
        boolean isDisallowed = disallowed.stream().anyMatch(path::startsWith);
        pages.add(new PageTruth(base.resolve(path), kind, offers, isDisallowed));
    }
}
