package org.npswatch.market;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One response a simulated shop serves: status, type, bytes, and for redirects the target.
 *
 * @param etag strong entity tag derived from the bytes, so unchanged pages keep their tag
 */
record Resource(int status, String contentType, byte[] body, Optional<String> location, String etag) {
    Resource {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(etag, "etag");
    }

    static Resource of(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Resource(status, contentType, bytes, Optional.empty(), etagOf(bytes));
    }

    static Resource redirect(String location) {
        byte[] bytes = new byte[0];
        return new Resource(301, "text/html; charset=UTF-8", bytes, Optional.of(location), etagOf(location.getBytes(StandardCharsets.UTF_8)));
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
