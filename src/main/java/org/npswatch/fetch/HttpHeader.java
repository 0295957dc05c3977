package org.npswatch.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One HTTP header line, in the order it was sent or received. */
public record HttpHeader(String name, String value) {
    public HttpHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The first value of header {@code name} (case-insensitive) in {@code headers}. */
    public static Optional<String> first(List<HttpHeader> headers, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.name.toLowerCase(Locale.ROOT).equals(wanted))
                .map(HttpHeader::value)
                .findFirst();
    }
}
