package io.github.flymachines.model;

import java.util.Objects;

/**
 * A token the API issued (an OIDC JWT or a KMS token). {@link #toString()} never shows it; read
 * it with {@link #value()} and hand it straight to whatever needs it.
 */
public final class IssuedToken {
    private final String value;

    /**
     * Wraps a token.
     *
     * @param value the token text
     */
    public IssuedToken(String value) {
        this.value = Objects.requireNonNull(value, "value").strip();
    }

    /** @return the token text (secret) */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssuedToken t && java.security.MessageDigest.isEqual(
                t.value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns {@code IssuedToken[<redacted>, n chars]}: never the token. */
    @Override
    public String toString() {
        return "IssuedToken[<redacted>, " + value.length() + " chars]";
    }
}
