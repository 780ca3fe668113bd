package io.github.flymachines.internal.http;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The per-client cookie store. The Machines API sets an affinity cookie scoped to one app's path
 * ({@code Path=/v1/apps/<app>}). The JDK's {@link CookieManager} matches paths by plain prefix,
 * so a cookie for {@code /v1/apps/app-a} would also go to {@code /v1/apps/app-ab}; this handler
 * stores cookies with the JDK's store (expiry, domains) and matches paths as RFC 6265 section
 * 5.1.4 says.
 */
public final class AffinityCookies extends CookieHandler {
    private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    /**
     * Whether a response ever carried a cookie. Until then {@link #get} answers without touching
     * the JDK's store (which locks and scans on every request).
     */
    private volatile boolean anyStored;

    /**
     * The store's changes: bumped on every {@link #put} that reaches the store, so that a
     * remembered answer of {@link #get} is known to be current.
     */
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();
    /** The last answer of {@link #get}, reused while the store is unchanged and its cookies live. */
    private volatile Answer last;
    /** The last cookie headers stored, and when: an identical repeat within a second is not stored again. */
    private volatile Repeat repeat;

    /** The store's cookies for one host and scheme, as of one store change. */
    private record Answer(String host, boolean secure, long changes, List<HttpCookie> cookies) {
    }

    /** Cookie headers as last stored for a host, and when (nanoTime). */
    private record Repeat(String host, List<String> values, long atNanos) {
    }

    private static final long REPEAT_NANOS = 1_000_000_000L;

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        if (!anyStored) {
            return Map.of();
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        String host = String.valueOf(uri.getHost());
        Answer a = last;
        if (a == null || a.changes() != changes.get() || a.secure() != secure || !a.host().equalsIgnoreCase(host)) {
            // the store locks and scans on every get: its answer for the host is kept until it changes
            long at = changes.get();
            a = new Answer(host, secure, at, List.copyOf(manager.getCookieStore().get(uri)));
            last = a;
        }
        String pairs = null;
        for (HttpCookie c : a.cookies()) {
            if (c.hasExpired() || (c.getSecure() && !secure) || !pathMatches(path, c.getPath())) {
                continue;
            }
            String pair = c.getName() + "=" + c.getValue();
            pairs = pairs == null ? pair : pairs + "; " + pair;
        }
        return pairs == null ? Map.of() : Map.of("Cookie", List.of(pairs));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        List<String> values = setCookies(responseHeaders);
        if (values == null) {
            return; // nothing for the store: skip its parsing and locking
        }
        String host = String.valueOf(uri.getHost());
        long now = System.nanoTime();
        Repeat r = repeat;
        if (r != null && r.host().equalsIgnoreCase(host) && r.values().equals(values)
                && now - r.atNanos() < REPEAT_NANOS) {
            return; // the same cookies again (the API sets its affinity cookie on every answer)
        }
        anyStored = true;
        manager.put(uri, responseHeaders);
        changes.incrementAndGet();
        repeat = new Repeat(host, values, now);
    }

    /** The Set-Cookie header values of a response, or null when it sets none. */
    private static List<String> setCookies(Map<String, List<String>> headers) {
        List<String> out = null;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            String name = e.getKey();
            if (name != null && (name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Set-Cookie2"))) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(name.toLowerCase(java.util.Locale.ROOT));
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    /**
     * RFC 6265 path-match.
     *
     * @param requestPath the request path
     * @param cookiePath the cookie's path (null or empty means {@code /})
     * @return whether the cookie applies
     */
    static boolean pathMatches(String requestPath, String cookiePath) {
        String cp = cookiePath == null || cookiePath.isEmpty() ? "/" : cookiePath;
        if (requestPath.equals(cp)) {
            return true;
        }
        if (!requestPath.startsWith(cp)) {
            return false;
        }
        return cp.endsWith("/") || requestPath.charAt(cp.length()) == '/';
    }
}
