package org.npswatch.market;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the pages of Telegram's public web preview as {@code t.me/s/NAME} serves them: the
 * channel header ({@code tgme_channel_info}), the history with a "before" link, and one
 * {@code tgme_widget_message_wrap} per message with Telegram's emoji markup, {@code <br/>} line
 * breaks, albums (caption in two nested identical text divs), stickers, photos, link previews,
 * service messages and views such as "1.2K"; and the {@code tgme_page} shown for a private group
 * or an unknown name. Written from the structure of the real pages; no markup was copied.
 */
final class PreviewPages {
    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern TOKENS = Pattern.compile("(https?://[^\\s]+)|(@[A-Za-z][A-Za-z0-9_]{3,31})");
    private static final String TAIL = "<i class=\"tgme_widget_message_bubble_tail\"><svg class=\"bubble_icon\" width=\"9px\" "
            + "height=\"20px\" viewBox=\"0 0 9 20\"><g fill=\"none\"><path class=\"background\" fill=\"#ffffff\" d=\"M8,1 L9,1 "
            + "L9,20 L8,20 L8,18 C7.8,15.2 7.1,12.2 5.9,9.2 C5,6.9 3.5,4.7 1.3,2.7 C0.9,2.4 0.9,1.7 1.3,1.3 C1.5,1.1 1.7,1 2,1 "
            + "L8,1 Z\"></path></g></svg></i>";

    private final URI base;

    PreviewPages(URI base) {
        this.base = base;
    }

    /**
     * A page of the channel's history.
     *
     * @param shown the messages on the page, oldest first
     * @param hasOlder whether a "before" link to older messages is shown
     * @param now the simulated moment the page is served, for view counts
     */
    String channelPage(ChannelSpec spec, List<ChannelPost> shown, boolean hasOlder, OptionalLong after, Instant now) {
        String name = spec.username();
        StringBuilder b = new StringBuilder(64_000);
        b.append("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n    <title>").append(esc(spec.title()))
                .append(" \u2013 Telegram</title>\n")
                .append("    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, minimum-scale=1.0, "
                        + "maximum-scale=1.0, user-scalable=no\">\n")
                .append("    <meta property=\"og:title\" content=\"").append(esc(spec.title())).append("\">\n")
                .append("    <meta property=\"og:image\" content=\"").append(link("file/" + photo(name))).append("\">\n")
                .append("    <meta property=\"og:site_name\" content=\"Telegram\">\n")
                .append("    <meta property=\"og:description\" content=\"").append(esc(spec.description())).append("\">\n")
                .append("    <meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("    <link rel=\"canonical\" href=\"").append(link("s/" + name)).append("\">\n")
                .append("    <link href=\"//telegram.org/css/widget-frame.css?71\" rel=\"stylesheet\" media=\"screen\">\n")
                .append("    <link href=\"//telegram.org/css/telegram-web.css?40\" rel=\"stylesheet\" media=\"screen\">\n")
                .append("  </head>\n  <body class=\"widget_frame_base tgme_webpreview_body emoji_image nochannel\">\n");
        header(b, spec);
        b.append("        <section class=\"tgme_channel_history js-message_history\">\n");
        if (hasOlder && !shown.isEmpty()) {
            long oldest = shown.getFirst().id();
            b.append("          <div class=\"tgme_widget_message_centered js-messages_more_wrap\">\n")
                    .append("            <a href=\"/s/").append(name).append("?before=").append(oldest)
                    .append("\" class=\"tme_messages_more js-messages_more\" data-before=\"").append(oldest).append("\"></a>\n")
                    .append("          </div>\n");
        }
        for (ChannelPost p : shown) {
            message(b, spec, p, now);
        }
        if (after.isPresent() && !shown.isEmpty()) {
            long newest = shown.getLast().id();
            b.append("          <div class=\"tgme_widget_message_centered js-messages_more_wrap\">\n")
                    .append("            <a href=\"/s/").append(name).append("?after=").append(newest)
                    .append("\" class=\"tme_messages_more js-messages_more\" data-after=\"").append(newest).append("\"></a>\n")
                    .append("          </div>\n");
        }
        b.append("        </section>\n      </div>\n    </main>\n")
                .append("    <script src=\"//telegram.org/js/widget-frame.js?66\"></script>\n  </body>\n</html>\n");
        return b.toString();
    }

    private void header(StringBuilder b, ChannelSpec spec) {
        String name = spec.username();
        String subscribers = count(spec.subscribers());
        b.append("    <header class=\"tgme_header search_collapsed\">\n")
                .append("      <div class=\"tgme_header_search\"><form class=\"tgme_header_search_form\" action=\"\" method=\"get\">"
                        + "<input type=\"search\" name=\"q\" class=\"tgme_header_search_form_input js-header_search\" "
                        + "placeholder=\"Search\" autocomplete=\"off\" value=\"\"></form></div>\n")
                .append("      <div class=\"tgme_header_info\"><a class=\"tgme_header_link\" href=\"").append(link(name))
                .append("\"><div class=\"tgme_header_title\"><span dir=\"auto\">").append(text(spec.title()))
                .append("</span></div><div class=\"tgme_header_counter\">").append(subscribers)
                .append(" subscribers</div></a></div>\n    </header>\n")
                .append("    <main class=\"tgme_main\">\n      <div class=\"tgme_container\">\n")
                .append("        <section class=\"tgme_right_column\">\n          <div class=\"tgme_channel_info\">\n")
                .append("            <div class=\"tgme_channel_info_header\">\n")
                .append("              <i class=\"tgme_page_photo_image bgcolor3\" data-content=\"")
                .append(esc(spec.title().substring(0, 1))).append("\"><img src=\"").append(link("file/" + photo(name)))
                .append("\"></i>\n              <div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">")
                .append(text(spec.title())).append("</span></div>\n")
                .append("              <div class=\"tgme_channel_info_header_username\"><a href=\"").append(link(name))
                .append("\">@").append(name).append("</a></div>\n            </div>\n")
                .append("            <div class=\"tgme_channel_info_counters\">\n")
                .append("              <div class=\"tgme_channel_info_counter\"><span class=\"counter_value\">").append(subscribers)
                .append("</span> <span class=\"counter_type\">subscribers</span></div>\n")
                .append("            </div>\n            <div class=\"tgme_channel_info_description\">").append(text(spec.description()))
                .append("</div>\n          </div>\n        </section>\n");
    }

    private void message(StringBuilder b, ChannelSpec spec, ChannelPost p, Instant now) {
        TelegramMessageTruth m = p.truth();
        String name = spec.username();
        boolean service = m.kind() == TelegramMessageTruth.Kind.SERVICE;
        String dataView = Base64.getEncoder().encodeToString(("{\"c\":-" + (1_900_000_000L + Math.abs(name.hashCode() % 100_000))
                + ",\"p\":" + m.id() + "}").getBytes(StandardCharsets.UTF_8));
        b.append("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message "
                        + "text_not_supported_wrap js-widget_message").append(service ? " service_message" : "")
                .append("\" data-post=\"").append(m.post()).append("\" data-view=\"").append(dataView).append("\">\n");
        if (!service) {
            b.append("    <div class=\"tgme_widget_message_user\"><a href=\"").append(link(name))
                    .append("\"><i class=\"tgme_widget_message_user_photo bgcolor3\" data-content=\"")
                    .append(esc(spec.title().substring(0, 1))).append("\"><img src=\"").append(link("file/" + photo(name)))
                    .append("\"></i></a></div>\n");
        }
        b.append("    <div class=\"tgme_widget_message_bubble\">\n      ").append(TAIL).append('\n');
        if (!service) {
            b.append("      <div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_message_owner_name\" "
                    + "href=\"").append(link(name)).append("\"><span dir=\"auto\">").append(text(spec.title()))
                    .append("</span></a></div>\n");
        }
        media(b, name, m);
        if (!m.text().isEmpty()) {
            String html = text(m.text());
            if (m.kind() == TelegramMessageTruth.Kind.ALBUM) {
                b.append("      <div class=\"tgme_widget_message_text js-message_text before_footer\" dir=\"auto\">"
                                + "<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">")
                        .append(html).append("</div></div>\n");
            } else {
                b.append("      <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">").append(html)
                        .append("</div>\n");
            }
        }
        p.link().ifPresent(l -> b.append("      <a class=\"tgme_widget_message_link_preview\" href=\"").append(esc(l.url()))
                .append("\">\n        <i class=\"link_preview_right_image\" style=\"background-image:url('")
                .append(link("file/lp" + m.id() + ".jpg")).append("')\"></i>\n")
                .append("        <div class=\"link_preview_site_name accent_color\" dir=\"auto\">").append(text(l.site()))
                .append("</div>\n        <div class=\"link_preview_title\" dir=\"auto\">").append(text(l.title()))
                .append("</div>\n        <div class=\"link_preview_description\" dir=\"auto\">").append(text(l.description()))
                .append("</div>\n      </a>\n"));
        footer(b, name, p, now, service);
        b.append("    </div>\n  </div></div>\n");
    }

    private void media(StringBuilder b, String name, TelegramMessageTruth m) {
        switch (m.kind()) {
            case PHOTO_ONLY, PHOTO_WITH_CAPTION -> b.append("      <a class=\"tgme_widget_message_photo_wrap blured\" href=\"")
                    .append(link(name + "/" + m.id())).append("\" style=\"width:453px;background-image:url('")
                    .append(link("file/ph" + m.id() + ".jpg")).append("')\"><div class=\"tgme_widget_message_photo\" "
                            + "style=\"padding-top:75%\"></div></a>\n");
            case STICKER -> b.append("      <div class=\"tgme_widget_message_sticker_wrap media_supported_cont\" "
                            + "style=\"width:256px;\"><a class=\"tgme_widget_message_sticker_wrap\" href=\"")
                    .append(link(name + "/" + m.id())).append("\"><i class=\"tgme_widget_message_sticker js-sticker_image\" "
                            + "data-webp=\"").append(link("file/st" + m.id() + ".webp"))
                    .append("\" data-size=\"256\" style=\"width:256px;padding-top:100%\"></i></a></div>\n");
            case ALBUM -> {
                b.append("      <div class=\"tgme_widget_message_grouped_wrap js-message_grouped_wrap\" data-margin-w=\"2\" "
                                + "data-margin-h=\"2\" style=\"width:453px;\">\n        <div class=\"tgme_widget_message_grouped "
                                + "js-message_grouped\" style=\"padding-top:33.1%\">\n          <div class=\"tgme_widget_message_grouped_layer "
                                + "js-message_grouped_layer\" style=\"width:453px;height:150px\">\n");
                for (int i = 0; i < m.mediaCount(); i++) {
                    long part = m.id() + i;
                    b.append("          <a class=\"tgme_widget_message_photo_wrap grouped_media_wrap blured js-message_photo\" "
                                    + "style=\"left:").append(151 * i).append("px;top:0px;width:150px;background-image:url('")
                            .append(link("file/al" + part + ".jpg")).append("')\" data-ratio=\"0.75\" href=\"")
                            .append(link(name + "/" + part + "?single")).append("\"></a>\n");
                }
                b.append("          </div>\n        </div>\n      </div>\n");
            }
            default -> {
                // text, link previews and service messages have no media block
            }
        }
    }

    private void footer(StringBuilder b, String name, ChannelPost p, Instant now, boolean service) {
        TelegramMessageTruth m = p.truth();
        b.append("      <div class=\"tgme_widget_message_footer").append(service ? "" : " compact")
                .append(" js-message_footer\">\n        <div class=\"tgme_widget_message_info").append(service ? "" : " short")
                .append(" js-message_info\">\n          ");
        if (!service) {
            b.append("<span class=\"tgme_widget_message_views\">").append(count(views(p, now)))
                    .append("</span><span class=\"copyonly\"> views</span>");
        }
        b.append("<span class=\"tgme_widget_message_meta\">");
        if (p.edited()) {
            b.append("<span class=\"tgme_widget_message_edited\">edited</span> ");
        }
        b.append("<a class=\"tgme_widget_message_date\" href=\"").append(link(name + "/" + m.id())).append("\"><time datetime=\"")
                .append(DATETIME.format(m.postedAt())).append("\" class=\"time\">").append(CLOCK.format(m.postedAt()))
                .append("</time></a></span>\n        </div>\n      </div>\n");
    }

    /** The page a private group or an unknown name shows: no history, only a way into the app. */
    String joinPage(String username, String title, String extra, String description) {
        StringBuilder b = new StringBuilder(4_000);
        b.append("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n    <title>Telegram: ")
                .append(description.isEmpty() ? "Contact @" : "View @").append(username).append("</title>\n")
                .append("    <meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n")
                .append("    <meta property=\"og:site_name\" content=\"Telegram\">\n")
                .append("    <meta property=\"og:description\" content=\"").append(esc(description)).append("\">\n")
                .append("    <meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("    <link href=\"//telegram.org/css/telegram.css?249\" rel=\"stylesheet\" media=\"screen\">\n")
                .append("  </head>\n  <body class=\"no_transition\">\n    <div class=\"tgme_page_wrap\">\n")
                .append("      <div class=\"tgme_head_wrap\">\n        <div class=\"tgme_head\">\n")
                .append("          <a href=\"//telegram.org/\" class=\"tgme_head_brand\"><i class=\"tgme_logo\"></i></a>\n")
                .append("        </div>\n      </div>\n      <div class=\"tgme_page\">\n")
                .append("        <div class=\"tgme_page_photo\"><a href=\"tg://resolve?domain=").append(username)
                .append("\"><img class=\"tgme_page_photo_image\" src=\"").append(link("file/" + photo(username)))
                .append("\"></a></div>\n        <div class=\"tgme_page_title\"><span dir=\"auto\">").append(text(title))
                .append("</span></div>\n");
        if (!extra.isEmpty()) {
            b.append("        <div class=\"tgme_page_extra\">").append(esc(extra)).append("</div>\n");
        }
        if (!description.isEmpty()) {
            b.append("        <div class=\"tgme_page_description\" dir=\"auto\">").append(text(description)).append("</div>\n");
        }
        b.append("        <div class=\"tgme_page_action\">\n          <a class=\"tgme_action_button_new shine\" "
                        + "href=\"tg://resolve?domain=").append(username).append("\">View in Telegram</a>\n        </div>\n")
                .append("        <div class=\"tgme_page_additional\">\n          If you have <strong>Telegram</strong>, you can ")
                .append(description.isEmpty() ? "contact <br><strong>@" + username + "</strong>"
                        : "view and join <br><strong>" + text(title) + "</strong>")
                .append(" right away.\n        </div>\n      </div>\n    </div>\n  </body>\n</html>\n");
        return b.toString();
    }

    /** Message text as Telegram writes it: escaped, emoji wrapped, links and mentions linked, {@code <br/>} breaks. */
    String text(String plain) {
        StringBuilder b = new StringBuilder(plain.length() * 2);
        String[] lines = plain.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("<br/>");
            }
            Matcher m = TOKENS.matcher(lines[i]);
            int at = 0;
            while (m.find()) {
                emoji(b, lines[i].substring(at, m.start()));
                if (m.group(1) != null) {
                    String url = m.group(1);
                    b.append("<a href=\"").append(esc(url)).append("\" target=\"_blank\" rel=\"noopener\" "
                                    + "onclick=\"return confirm('Open this link?\\n\\n'+this.href);\">")
                            .append(esc(url)).append("</a>");
                } else {
                    b.append("<a href=\"").append(link(m.group(2).substring(1))).append("\">").append(esc(m.group(2)))
                            .append("</a>");
                }
                at = m.end();
            }
            emoji(b, lines[i].substring(at));
        }
        return b.toString();
    }

    /** Escapes text and wraps each emoji sequence in Telegram's image markup (UTF-8 bytes in hex). */
    static void emoji(StringBuilder b, String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!isEmojiStart(cp)) {
                b.append(esc(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
                continue;
            }
            int end = i + Character.charCount(cp);
            if (isRegionalIndicator(cp) && end < s.length() && isRegionalIndicator(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            while (end < s.length()) {
                int next = s.codePointAt(end);
                if (next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF)) {
                    end += Character.charCount(next);
                } else if (next == 0x200D && end + 1 < s.length() && isEmojiStart(s.codePointAt(end + 1))) {
                    end += 1 + Character.charCount(s.codePointAt(end + 1));
                } else {
                    break;
                }
            }
            String seq = s.substring(i, end);
            String hex = HexFormat.of().withUpperCase().formatHex(seq.getBytes(StandardCharsets.UTF_8));
            b.append("<i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/").append(hex)
                    .append(".png')\"><b>").append(seq).append("</b></i>");
            i = end;
        }
    }

    private static boolean isEmojiStart(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x2139 || cp == 0x203C || cp == 0x2049;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Views grow during a post's first week, then stay. */
    static int views(ChannelPost p, Instant now) {
        double days = Math.max(0, Duration.between(p.truth().postedAt(), now).toHours() / 24.0);
        return (int) Math.round(p.viewsAtSaturation() * Math.min(1, 0.3 + 0.1 * days));
    }

    /** "950", "1.2K", "12K", "3.4M", as Telegram abbreviates counts. */
    static String count(int n) {
        if (n < 1_000) {
            return Integer.toString(n);
        }
        if (n < 10_000) {
            return trim(n / 100 / 10.0) + "K";
        }
        if (n < 1_000_000) {
            return n / 1_000 + "K";
        }
        return trim(n / 100_000 / 10.0) + "M";
    }

    private static String trim(double d) {
        String s = String.format(Locale.ROOT, "%.1f", d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private String link(String path) {
        return base.resolve("/" + path).toString();
    }

    private static String photo(String name) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((name + "_avatar").getBytes(StandardCharsets.UTF_8)) + ".jpg";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
