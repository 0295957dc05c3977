package org.npswatch.detect;

import java.util.Objects;
import org.npswatch.model.SourceId;

/**
 * A substance-like name that no lexicon entry knows, as written, where it was seen.
 *
 * @param evidence the WARC record id, archived URL or post key where it was seen
 */
public record UnknownSighting(String name, SourceId source, String evidence) {
    public UnknownSighting {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank unknown name from " + source);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
    }
}
