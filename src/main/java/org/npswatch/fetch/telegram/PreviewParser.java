package org.npswatch.fetch.telegram;

import java.net.URI;

/**
 * Turns one HTML page of the public channel preview ({@code https://t.me/s/NAME}) into messages.
 *
 * <p>Defined here so that {@link PreviewFetcher} can page through a channel without importing an
 * HTML library: only package {@code extract} may use jsoup, and {@code fetch} may not depend on
 * {@code extract}. The application wires in {@code org.npswatch.extract.telegram.PreviewPageParser}.
 */
@FunctionalInterface
public interface PreviewParser {
    /**
     * Parses a whole preview page.
     *
     * @param html the page as received (already decoded)
     * @param url where it came from, after redirects; used for the channel name of a join page and
     *     in error messages
     * @return the page; never throws on markup it does not recognise, it answers
     *     {@link PreviewPage.Kind#UNRECOGNISED} instead
     */
    PreviewPage parse(String html, URI url);
}
