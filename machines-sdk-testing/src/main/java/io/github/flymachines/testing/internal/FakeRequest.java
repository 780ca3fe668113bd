package io.github.flymachines.testing.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the fake sees it.
 *
 * @param method the upper-case method
 * @param path the raw path, without the query
 * @param query the decoded query parameters, in order
 * @param headers the headers, lower-case names
 * @param body the body bytes (empty when none)
 */
public record FakeRequest(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, byte[] body) {
    /**
     * Copies the collections.
     *
     * @param method as in the record header
     * @param path as in the record header
     * @param query as in the record header
     * @param headers as in the record header
     * @param body as in the record header
     */
    public FakeRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Builds a request from a URL.
     *
     * @param method the method
     * @param url the path and query
     * @param headers the headers (any case)
     * @param body the body
     * @return the request
     */
    public static FakeRequest of(String method, String url, Map<String, List<String>> headers, byte[] body) {
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        Map<String, List<String>> h = new LinkedHashMap<>();
        headers.forEach((k, v) -> h.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        return new FakeRequest(method.toUpperCase(Locale.ROOT), path, query, h, body);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * Returns the first value of a query parameter.
     *
     * @param name the name
     * @return the value or null
     */
    public String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * Returns every value of a query parameter, comma-separated values split.
     *
     * @param name the name
     * @return the values
     */
    public List<String> params(String name) {
        List<String> out = new ArrayList<>();
        for (String v : query.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the name, any case
     * @return the value or null
     */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String toString() {
        // headers and body can hold tokens, nonces and secret values: never printed
        return "FakeRequest[" + method + " " + path + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
