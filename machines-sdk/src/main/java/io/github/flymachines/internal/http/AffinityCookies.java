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

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        if (!anyStored) {
            return Map.of();
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        List<String> pairs = new ArrayList<>();
        for (HttpCookie c : manager.getCookieStore().get(uri)) {
            if (c.hasExpired() || (c.getSecure() && !secure) || !pathMatches(path, c.getPath())) {
                continue;
            }
            pairs.add(c.getName() + "=" + c.getValue());
        }
        return pairs.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", pairs)));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        if (!setsCookie(responseHeaders)) {
            return; // nothing for the store: skip its parsing and locking
        }
        anyStored = true;
        manager.put(uri, responseHeaders);
    }

    private static boolean setsCookie(Map<String, List<String>> headers) {
        for (String name : headers.keySet()) {
            if (name != null && (name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Set-Cookie2"))) {
                return true;
            }
        }
        return false;
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
