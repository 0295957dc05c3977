package org.npswatch.fetch.telegram;

import java.util.Objects;
import java.util.OptionalLong;
import org.npswatch.model.SourceId;

/**
 * What one run over a channel's web preview did.
 *
 * @param source the configured source
 * @param pagesRead preview pages parsed (HTTP retries not counted)
 * @param postsDelivered posts handed to the sink
 * @param serviceMessagesSkipped service messages (pinned, channel created) not turned into posts
 * @param undatedMessagesSkipped messages without a {@code <time datetime>}, not turned into posts
 * @param reachedLastSeen the run went back as far as the newest message of the previous run
 * @param stoppedAtLimit the run stopped at {@code maxMessagesPerRun}; if the source had been read
 *     before and {@code reachedLastSeen} is false, older new messages were left unread (a gap)
 * @param newestId the newest message id seen in this run, remembered for the next run
 */
public record PreviewRun(
        SourceId source,
        int pagesRead,
        int postsDelivered,
        int serviceMessagesSkipped,
        int undatedMessagesSkipped,
        boolean reachedLastSeen,
        boolean stoppedAtLimit,
        OptionalLong newestId) {
    public PreviewRun {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(newestId, "newestId");
    }
}
