package org.npswatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Optional;
import java.util.Properties;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.lexicon.Lexicon;

/** Access to the extraction fixtures under src/test/resources/extract/. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/extract/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + relative, e);
        }
    }

    /** The test lexicon with every substance the fixtures name. */
    static Lexicon lexicon() {
        return Lexicon.load(path("lexicon"));
    }

    /** A profile from a properties file with the keys of {@link ExtractionProfile}. */
    static ExtractionProfile profile(String relative) {
        Properties p = new Properties();
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + relative)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtractionProfile(p.getProperty("offer"), p.getProperty("name"), p.getProperty("price"),
                Optional.ofNullable(p.getProperty("quantity")), Optional.ofNullable(p.getProperty("stock")),
                p.getProperty("outOfStockPattern"), Optional.ofNullable(p.getProperty("description")),
                Currency.getInstance(p.getProperty("currency", "EUR")));
    }
}
