package org.npswatch.fetch.telegram;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces personal data of posters (user ids, names, phone numbers) by a keyed hash before
 * anything is stored, so sellers can be counted and followed but not identified from the index.
 * HMAC-SHA256 with a secret key from the environment; the key never enters git or the logs.
 */
public final class Pseudonymiser {
    /** Environment variable holding the key (at least 16 characters). */
    public static final String KEY_ENV = "NPSWATCH_PSEUDONYM_KEY";

    private final SecretKeySpec key;

    public Pseudonymiser(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < 16) {
            throw new IllegalArgumentException("the pseudonymisation key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Pseudonym of one identity, e.g. a Telegram user id "user123456": "p:" + 16 hex digits. */
    public String pseudonym(String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(identity.strip().getBytes(StandardCharsets.UTF_8));
            return "p:" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymiser[key hidden]";
    }
}
