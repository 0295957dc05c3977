package org.npswatch.market;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.npswatch.model.Unit;

/**
 * The fixed definition of a simulated Telegram channel: who it is and what it posts.
 *
 * @param subscribers shown in the header ("4.3K subscribers"); members for a private group
 * @param publicChannel false for a private group whose preview is a "join" page
 * @param menuAds menus re-posted every week at a stationary rate
 * @param trackedAds how single-substance ads of tracked substances are written here
 * @param requests "looking for" posts, with the substances they name
 * @param chatter other posts: rules, warnings, greetings, with the substances they name
 * @param links posts with a link whose preview text is not message text
 */
record ChannelSpec(
        String username,
        String title,
        String description,
        int subscribers,
        boolean publicChannel,
        List<TelegramAd> menuAds,
        Map<String, TrackedAdStyle> trackedAds,
        List<Phrase> requests,
        List<Phrase> chatter,
        List<LinkPost> links) {
    ChannelSpec {
        Objects.requireNonNull(username, "username");
        menuAds = List.copyOf(menuAds);
        trackedAds = Map.copyOf(trackedAds);
        requests = List.copyOf(requests);
        chatter = List.copyOf(chatter);
        links = List.copyOf(links);
    }

    /** A text and the canonical substances it names. */
    record Phrase(String text, List<String> substances) {
        static Phrase of(String text, String... substances) {
            return new Phrase(text, List.of(substances));
        }
    }

    /** A message whose link preview names things the message itself does not. */
    record LinkPost(String text, String url, String site, String title, String description) {}

    /**
     * How single-substance ads of a tracked substance look in this channel: each seller {@code k}
     * uses label {@code k % labels.size()} and handle {@code handles[k % n] + (k / n)}; count
     * amounts are followed by {@code countWord} ("20 pellets"), bare when it is empty.
     */
    record TrackedAdStyle(
            List<String> labels, String emoji, String altEmoji, Unit unit, String amounts, String eurPerUnit,
            List<String> handles, List<String> footers, boolean english, String countWord) {
        TrackedAdStyle {
            labels = List.copyOf(labels);
            handles = List.copyOf(handles);
            footers = List.copyOf(footers);
            Objects.requireNonNull(countWord, "countWord");
        }

        /** A style that writes count amounts as bare numbers. */
        TrackedAdStyle(
                List<String> labels, String emoji, String altEmoji, Unit unit, String amounts, String eurPerUnit,
                List<String> handles, List<String> footers, boolean english) {
            this(labels, emoji, altEmoji, unit, amounts, eurPerUnit, handles, footers, english, "");
        }

        MenuLine line(int seller, String substance) {
            String label = labels.get(seller % labels.size());
            MenuLine line = english ? MenuLine.en(emoji, altEmoji, label, substance, unit, amounts, eurPerUnit)
                    : MenuLine.nl(emoji, altEmoji, label, substance, unit, amounts, eurPerUnit);
            return countWord.isEmpty() ? line : line.withCountWord(countWord);
        }

        String handle(int seller) {
            String base = handles.get(seller % handles.size());
            return seller < handles.size() ? base : base + (seller / handles.size() + 1);
        }
    }
}
