package io.github.flymachines;

import io.github.flymachines.errors.FlyValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An API token for the Machines API. Accepts the forms {@code fly tokens create} and
 * {@code fly auth token} print, with or without a {@code Bearer }/{@code FlyV1 } prefix, and
 * comma-separated token sets.
 *
 * <p>When the set holds a macaroon ({@code fm1r_}, {@code fm1a_}, {@code fm2_} prefixes) the
 * header is {@code FlyV1 <macaroons>}; otherwise {@code Bearer <token>}, as fly-go does.
 *
 * <p>{@link #toString()} never shows the secret.
 */
public final class FlyToken {
    /** The environment variable read by {@link #fromEnv()}. */
    public static final String ENV_VAR = "FLY_API_TOKEN";

    /** The authorization scheme chosen for a token. */
    public enum Scheme {
        /** {@code Authorization: Bearer ...} (OAuth / user tokens). */
        BEARER,
        /** {@code Authorization: FlyV1 ...} (macaroon tokens). */
        FLY_V1
    }

    private final String headerValue;
    private final Scheme scheme;

    private FlyToken(String headerValue, Scheme scheme) {
        this.headerValue = headerValue;
        this.scheme = scheme;
    }

    /**
     * Parses a token string.
     *
     * @param token the token, optionally prefixed with {@code Bearer } or {@code FlyV1 }
     * @return the token
     * @throws FlyValidationException if the token is blank
     */
    public static FlyToken of(String token) {
        if (token == null || token.isBlank()) {
            throw new FlyValidationException("token", "must not be blank");
        }
        String stripped = stripScheme(token);
        List<String> macaroons = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String part : stripped.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int us = p.indexOf('_');
            String prefix = us < 0 ? "" : p.substring(0, us);
            if (prefix.equals("fm1r") || prefix.equals("fm1a") || prefix.equals("fm2")) {
                macaroons.add(p);
            } else {
                others.add(p);
            }
        }
        if (macaroons.isEmpty() && others.isEmpty()) {
            throw new FlyValidationException("token", "must not be blank");
        }
        for (String p : macaroons.isEmpty() ? others : macaroons) {
            if (p.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new FlyValidationException("token", "contains whitespace or control characters");
            }
        }
        if (!macaroons.isEmpty()) {
            return new FlyToken("FlyV1 " + String.join(",", macaroons), Scheme.FLY_V1);
        }
        return new FlyToken("Bearer " + String.join(",", others), Scheme.BEARER);
    }

    /**
     * Reads the token from {@code FLY_API_TOKEN}.
     *
     * @return the token
     * @throws FlyValidationException if the variable is not set or blank
     */
    public static FlyToken fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Reads the token from {@code FLY_API_TOKEN} in the given environment (useful in tests).
     *
     * @param env the environment
     * @return the token
     * @throws FlyValidationException if the variable is not set or blank
     */
    public static FlyToken fromEnv(Map<String, String> env) {
        String v = env.get(ENV_VAR);
        if (v == null || v.isBlank()) {
            throw new FlyValidationException(ENV_VAR, "environment variable is not set");
        }
        return of(v);
    }

    private static String stripScheme(String token) {
        String t = token.trim();
        while (true) {
            int sp = t.indexOf(' ');
            if (sp < 0) {
                String only = t.toLowerCase(Locale.ROOT);
                // "Bearer " trimmed to "Bearer": a scheme with no token
                return only.equals("bearer") || only.equals("flyv1") ? "" : t;
            }
            String pfx = t.substring(0, sp).toLowerCase(Locale.ROOT);
            if (pfx.equals("bearer") || pfx.equals("flyv1")) {
                t = t.substring(sp + 1).trim();
            } else {
                return t;
            }
        }
    }

    /**
     * Returns the scheme chosen for this token.
     *
     * @return {@link Scheme#FLY_V1} for macaroons, otherwise {@link Scheme#BEARER}
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * Returns the full {@code Authorization} header value. Handle with care: it is the secret.
     *
     * @return the header value, e.g. {@code FlyV1 fm2_...}
     */
    public String authorizationHeader() {
        return headerValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlyToken t && t.headerValue.equals(headerValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headerValue);
    }

    /** Returns {@code FlyToken[scheme=..., value=<redacted>]}; never the secret. */
    @Override
    public String toString() {
        return "FlyToken[scheme=" + scheme + ", value=<redacted>]";
    }
}
