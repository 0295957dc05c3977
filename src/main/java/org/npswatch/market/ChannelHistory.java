package org.npswatch.market;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A channel after some weeks: its messages in id order, the next free id, and the first copy of
 * every ad posted so far (for the duplicate-of truth of later copies).
 */
record ChannelHistory(ChannelSpec spec, List<ChannelPost> posts, long nextId, Map<String, String> firstCopies) {
    ChannelHistory {
        Objects.requireNonNull(spec, "spec");
        posts = List.copyOf(posts);
        firstCopies = Map.copyOf(firstCopies);
    }

    static ChannelHistory empty(ChannelSpec spec) {
        return new ChannelHistory(spec, List.of(), 1, Map.of());
    }
}
