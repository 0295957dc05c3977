package org.npswatch.extract.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the preview page fixtures from the test class path. */
final class PreviewFixtures {
    private PreviewFixtures() {}

    static String page(String name) {
        String path = "/extract/telegram-preview/" + name;
        try (InputStream in = PreviewFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
