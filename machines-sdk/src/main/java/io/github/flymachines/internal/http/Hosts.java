package io.github.flymachines.internal.http;

import java.net.URI;

/**
 * Host names of base URLs. {@link URI#getHost()} is null for names that are not valid RFC 2396
 * host names, and Fly's private API name {@code _api.internal} starts with an underscore, so the
 * host is read from the authority instead.
 */
public final class Hosts {
    private Hosts() {
    }

    /**
     * Returns the host of a URL, also for names {@link URI} does not accept as host names.
     *
     * @param uri the URL
     * @return the host (IPv6 literals keep their brackets), or null when there is no authority
     */
    public static String hostOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String auth = uri.getRawAuthority();
        if (auth == null || auth.isEmpty()) {
            return null;
        }
        int at = auth.lastIndexOf('@');
        String hp = at >= 0 ? auth.substring(at + 1) : auth;
        if (hp.startsWith("[")) {
            int end = hp.indexOf(']');
            return end < 0 ? null : hp.substring(0, end + 1);
        }
        int colon = hp.lastIndexOf(':');
        String host = colon >= 0 ? hp.substring(0, colon) : hp;
        return host.isEmpty() ? null : host;
    }

    /**
     * Returns the port of a URL, also when {@link URI} did not parse its authority.
     *
     * @param uri the URL
     * @return the port, or -1
     */
    public static int portOf(URI uri) {
        if (uri.getHost() != null) {
            return uri.getPort();
        }
        String auth = uri.getRawAuthority();
        if (auth == null) {
            return -1;
        }
        int close = auth.lastIndexOf(']');
        int colon = auth.lastIndexOf(':');
        if (colon <= close) {
            return -1;
        }
        try {
            return Integer.parseInt(auth.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
