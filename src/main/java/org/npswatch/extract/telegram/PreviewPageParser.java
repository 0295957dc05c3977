package org.npswatch.extract.telegram;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.npswatch.fetch.telegram.PreviewMessage;
import org.npswatch.fetch.telegram.PreviewMessage.ForwardOrigin;
import org.npswatch.fetch.telegram.PreviewPage;
import org.npswatch.fetch.telegram.PreviewParser;

/**
 * Parses pages of Telegram's public channel preview ({@code t.me/s/NAME}) with jsoup.
 *
 * <p>Quirks of the real markup it handles: an album is one message under the first id of the group
 * with its caption in two nested identical text divs; a quoted reply and a link preview carry text
 * divs of their own that are not the message's text; media without caption, stickers and "Please
 * open Telegram to view this post" placeholders have no text; service messages (channel created,
 * pinned) are flagged; a private group, a user or a missing name answers with a "join" page that
 * has no channel history.
 */
public final class PreviewPageParser implements PreviewParser {
    /** Parts of a message that quote other content; their text and media are not the message's. */
    private static final String QUOTED = "tgme_widget_message_reply tgme_widget_message_link_preview";

    private static final String MEDIA = String.join(", ",
            ".tgme_widget_message_photo_wrap",
            ".tgme_widget_message_grouped_wrap",
            ".tgme_widget_message_video_player",
            ".tgme_widget_message_roundvideo_player",
            ".tgme_widget_message_sticker_wrap",
            ".tgme_widget_message_document_wrap",
            ".tgme_widget_message_voice_player",
            ".tgme_widget_message_poll",
            ".tgme_widget_message_location_wrap",
            ".message_media_not_supported_wrap");

    @Override
    public PreviewPage parse(String html, URI url) {
        Document doc = Jsoup.parse(html, url.toString());
        List<Element> blocks = doc.select(".tgme_widget_message[data-post]");
        boolean history = !blocks.isEmpty() || doc.selectFirst(".tgme_channel_info, .tgme_channel_history") != null;
        if (!history) {
            PreviewPage.Kind kind = doc.selectFirst(".tgme_page") != null
                    ? PreviewPage.Kind.NOT_A_PUBLIC_CHANNEL
                    : PreviewPage.Kind.UNRECOGNISED;
            return new PreviewPage(kind, channelFromUrl(url), textOf(doc, ".tgme_page_title"), List.of(), url);
        }
        List<PreviewMessage> messages = new ArrayList<>();
        for (Element block : blocks) {
            message(block).ifPresent(messages::add);
        }
        String channel = messages.isEmpty() ? channelFromHeader(doc).orElseGet(() -> channelFromUrl(url))
                : messages.getFirst().channel();
        return new PreviewPage(PreviewPage.Kind.NORMAL, channel, textOf(doc, ".tgme_channel_info_header_title"),
                messages, url);
    }

    private static Optional<PreviewMessage> message(Element block) {
        String post = block.attr("data-post");
        int slash = post.lastIndexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(post.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty(); // not a message id: a widget we do not know, not a message
        }
        return Optional.of(new PreviewMessage(
                post.substring(0, slash),
                id,
                text(block),
                postedAt(block),
                own(block, ".tgme_widget_message_views").flatMap(e -> parseViews(e.text())),
                own(block, ".tgme_widget_message_from_author").map(Element::text).filter(s -> !s.isBlank()),
                forwardedFrom(block),
                own(block, MEDIA).isPresent(),
                own(block, ".message_media_not_supported_wrap").isPresent(),
                block.hasClass("service_message")));
    }

    /** The message's own text: outermost text divs outside quotes, identical album copies once. */
    private static String text(Element block) {
        Set<String> parts = new LinkedHashSet<>();
        for (Element div : block.select(".tgme_widget_message_text")) {
            if (!insideQuote(div, block) && !nestedInTextDiv(div, block)) {
                String t = PreviewText.of(div);
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
        }
        return String.join("\n", parts);
    }

    private static Optional<Instant> postedAt(Element block) {
        return own(block, ".tgme_widget_message_date time[datetime], time.time[datetime]").flatMap(t -> {
            try {
                return Optional.of(OffsetDateTime.parse(t.attr("datetime")).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<ForwardOrigin> forwardedFrom(Element block) {
        return own(block, ".tgme_widget_message_forwarded_from_name").flatMap(e -> {
            String name = e.text().strip();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Element link = e.is("a[href]") ? e : e.selectFirst("a[href]");
            Optional<String> username = Optional.ofNullable(link).flatMap(a -> publicUsername(a.attr("href")));
            return Optional.of(new ForwardOrigin(name, username));
        });
    }

    /** "https://t.me/name/123" → "name"; private links ("t.me/c/…", "t.me/+…") have none. */
    static Optional<String> publicUsername(String href) {
        try {
            String path = URI.create(href.strip()).getPath();
            if (path == null) {
                return Optional.empty();
            }
            String first = path.replaceFirst("^/+", "").split("/", 2)[0];
            if (first.matches("[A-Za-z][A-Za-z0-9_]{2,63}") && !first.equals("c") && !first.equals("s")) {
                return Optional.of(first);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "950" → 950, "1.2K" → 1200, "3.4M" → 3400000. */
    static Optional<Integer> parseViews(String shown) {
        String s = shown.strip().toUpperCase(Locale.ROOT);
        long factor = 1;
        if (s.endsWith("K")) {
            factor = 1_000;
        } else if (s.endsWith("M")) {
            factor = 1_000_000;
        }
        String number = factor == 1 ? s : s.substring(0, s.length() - 1);
        if (!number.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(number).multiply(BigDecimal.valueOf(factor));
        return value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                ? Optional.empty() : Optional.of(value.intValue());
    }

    /** The first element matching {@code css} that belongs to the message itself, not to a quote. */
    private static Optional<Element> own(Element block, String css) {
        return block.select(css).stream().filter(e -> !insideQuote(e, block)).findFirst();
    }

    private static boolean insideQuote(Element e, Element block) {
        for (Element p = e; p != null && p != block; p = p.parent()) {
            for (String quoted : QUOTED.split(" ")) {
                if (p.hasClass(quoted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nestedInTextDiv(Element div, Element block) {
        for (Element p = div.parent(); p != null && p != block; p = p.parent()) {
            if (p.hasClass("tgme_widget_message_text")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> channelFromHeader(Document doc) {
        return textOf(doc, ".tgme_channel_info_header_username").map(s -> s.replaceFirst("^@", ""));
    }

    private static String channelFromUrl(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/+", "").replaceFirst("^s/", "");
        String first = path.split("/", 2)[0];
        return first.isEmpty() ? "?" : first;
    }

    private static Optional<String> textOf(Document doc, String css) {
        return Optional.ofNullable(doc.selectFirst(css)).map(Element::text).map(String::strip).filter(s -> !s.isEmpty());
    }
}
