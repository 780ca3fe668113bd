package io.github.flymachines.internal.observe;

import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallListener;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the headers a {@link CallListener} adds to one attempt, keeping only valid ones that
 * do not touch what the SDK itself sends (authentication, content, the lease nonce) or what the
 * JDK's HTTP client refuses.
 */
public final class InterceptedHeaders {
    private static final Set<String> RESERVED = Set.of("authorization", "user-agent", "content-type", "accept",
            "host", "content-length", "connection", "expect", "upgrade", "fly-machine-lease-nonce", "cookie");

    private InterceptedHeaders() {
    }

    /**
     * Asks a listener for its headers.
     *
     * @param listener the call's listener
     * @param attempt the attempt
     * @return the accepted headers (empty when none)
     */
    public static Map<String, String> collect(CallListener listener, AttemptStart attempt) {
        Map<String, String> out = new LinkedHashMap<>(4);
        listener.addHeaders(attempt, (name, value) -> {
            if (accepted(name, value)) {
                out.put(name, value);
            }
        });
        return out.isEmpty() ? Map.of() : out;
    }

    static boolean accepted(String name, String value) {
        if (name == null || value == null || name.isEmpty() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c == 127) {
                return false;
            }
        }
        return true;
    }
}
