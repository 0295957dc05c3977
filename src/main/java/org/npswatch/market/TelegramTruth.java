package org.npswatch.market;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.npswatch.model.Intent;

/**
 * What the simulated Telegram channels show at the end of a week: every message so far, with
 * its answer key.
 *
 * @param week the market's current week; messages of weeks up to and including it are posted
 */
public record TelegramTruth(int week, List<ChannelTruth> channels) {
    /**
     * One channel.
     *
     * @param publicChannel false for a private group: its preview is a "join" page with no messages
     * @param messages every message in id order (empty for a private group)
     */
    public record ChannelTruth(String username, String title, boolean publicChannel, List<TelegramMessageTruth> messages) {
        public ChannelTruth {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(title, "title");
            messages = List.copyOf(messages);
        }

        /** Messages posted in one week. */
        public List<TelegramMessageTruth> inWeek(int week) {
            return messages.stream().filter(m -> m.week() == week).toList();
        }

        /** Messages with an id above {@code lastSeen}: what a reader that saw up to it finds new. */
        public List<TelegramMessageTruth> after(long lastSeen) {
            return messages.stream().filter(m -> m.id() > lastSeen).toList();
        }
    }

    public TelegramTruth {
        channels = List.copyOf(channels);
    }

    public Optional<ChannelTruth> channel(String username) {
        return channels.stream().filter(c -> c.username().equals(username)).findFirst();
    }

    /** The message with this "channel/id". */
    public Optional<TelegramMessageTruth> message(String post) {
        return channels.stream().flatMap(c -> c.messages().stream()).filter(m -> m.post().equals(post)).findFirst();
    }

    /** Offer posts naming the substance in a week, over all channels: the "Telegram posts" series. */
    public int offerPostsMentioning(String substance, int inWeek) {
        return (int) channels.stream().flatMap(c -> c.inWeek(inWeek).stream())
                .filter(m -> m.intent() == Intent.OFFER && m.substances().contains(substance))
                .count();
    }

    /** Distinct ads behind those offer posts: the "unique ads" series. */
    public int uniqueAdsMentioning(String substance, int inWeek) {
        return (int) channels.stream().flatMap(c -> c.inWeek(inWeek).stream())
                .filter(m -> m.intent() == Intent.OFFER && m.substances().contains(substance))
                .map(m -> m.adId().orElseThrow())
                .distinct()
                .count();
    }
}
