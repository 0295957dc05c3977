package org.npswatch.market;

import java.util.Objects;
import java.util.Optional;

/**
 * One message of a simulated channel with what the preview needs beyond its truth.
 *
 * @param link the link preview shown under the text, if any
 * @param viewsAtSaturation the view count the post reaches after about a week
 * @param edited whether the preview marks it "edited"
 */
record ChannelPost(TelegramMessageTruth truth, Optional<ChannelSpec.LinkPost> link, int viewsAtSaturation, boolean edited) {
    ChannelPost {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(link, "link");
    }

    long id() {
        return truth.id();
    }
}
