package io.github.flymachines.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.flymachines.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from JSON bodies before they reach a log line or an exception: every value of
 * an {@code env} map, lease nonces, tokens, secret values and key material. Non-JSON text is
 * truncated; an allow-list (not a deny-list) decides which headers are shown.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "<redacted>";

    /** Keys whose whole value is secret wherever they appear. */
    private static final Set<String> SECRET_KEYS = Set.of("nonce", "token", "value", "values", "raw_value",
            "private_key", "plaintext", "ciphertext", "associated_data", "signature", "header", "permission_token",
            "password", "secret", "authorization", "stdin", "fly-machine-lease-nonce", "macaroon");

    /** Keys whose value is a map of secrets: the names stay, the values go. */
    private static final Set<String> SECRET_MAPS = Set.of("env", "extra_env");

    /** Response headers that may be shown in logs and exceptions. */
    public static final Set<String> HEADER_ALLOW_LIST = Set.of("content-type", "content-length", "fly-request-id",
            "retry-after", "date", "server", "location", "x-ratelimit-limit", "x-ratelimit-remaining",
            "x-ratelimit-reset", "via");

    private Redactor() {
    }

    /**
     * Renders a body for a log line or an exception: redacted JSON, or truncated text.
     *
     * @param body the raw bytes, may be null
     * @param limit the maximum number of characters
     * @return the safe rendering
     */
    public static String body(byte[] body, int limit) {
        return body(body, limit, Set.of());
    }

    /**
     * Renders a body for a log line or an exception: redacted JSON, or truncated text, with the
     * given known secrets (the request's nonce, env values, the token) masked wherever they
     * appear, also inside free text such as an API error message that echoes them.
     *
     * @param body the raw bytes, may be null
     * @param limit the maximum number of characters
     * @param known secret strings to mask anywhere
     * @return the safe rendering
     */
    public static String body(byte[] body, int limit, Set<String> known) {
        if (body == null || body.length == 0) {
            return "";
        }
        JsonNode tree = Json.treeOrNull(body);
        String text;
        if (tree != null) {
            text = redactStrings(redact(tree.deepCopy()), known).toString();
        } else {
            text = scrub(redactText(new String(body, 0, Math.min(body.length, limit * 4), StandardCharsets.UTF_8)),
                    known);
        }
        return text.length() <= limit ? text : text.substring(0, limit) + "...(" + body.length + " bytes)";
    }

    /** Secrets shorter than this are not searched for in free text (too likely to be ordinary words). */
    private static final int MIN_KNOWN_SECRET = 6;

    /**
     * Masks free text: {@link #redactText(String)} plus every known secret, wherever it appears.
     *
     * @param text the text, may be null
     * @param known the secret strings
     * @return the masked text, or null
     */
    public static String scrub(String text, Set<String> known) {
        if (text == null) {
            return null;
        }
        String t = redactText(text);
        for (String k : known) {
            if (k != null && k.length() >= MIN_KNOWN_SECRET) {
                t = t.replace(k, MASK);
            }
        }
        return t;
    }

    /**
     * Collects the secrets a request carries: its lease nonce header, and the values of env maps
     * and secret-keyed fields in its JSON body. Used to mask them when a response echoes them.
     *
     * @param request the request, may be null
     * @return the secret strings
     */
    public static Set<String> secretsOf(ApiRequest request) {
        if (request == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        request.headers().forEach((k, v) -> {
            if (k.equalsIgnoreCase("fly-machine-lease-nonce") && v != null) {
                out.add(v);
            }
        });
        JsonNode tree = request.body() == null ? null : Json.treeOrNull(request.body());
        if (tree != null) {
            collect(tree, false, out);
        }
        return out;
    }

    private static void collect(JsonNode node, boolean secret, Set<String> out) {
        if (node instanceof ObjectNode obj) {
            obj.fields().forEachRemaining(e -> {
                String key = e.getKey().toLowerCase(Locale.ROOT);
                collect(e.getValue(), secret || SECRET_KEYS.contains(key) || SECRET_MAPS.contains(key), out);
            });
        } else if (node instanceof ArrayNode arr) {
            arr.forEach(child -> collect(child, secret, out));
        } else if (secret && node.isTextual()) {
            out.add(node.asText());
        }
    }

    /** Masks authorization schemes, macaroons and known secrets inside every string of a tree. */
    private static JsonNode redactStrings(JsonNode node, Set<String> known) {
        if (node instanceof ObjectNode obj) {
            obj.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    e.setValue(TextNode.valueOf(scrub(e.getValue().asText(), known)));
                } else {
                    redactStrings(e.getValue(), known);
                }
            });
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    arr.set(i, TextNode.valueOf(scrub(arr.get(i).asText(), known)));
                } else {
                    redactStrings(arr.get(i), known);
                }
            }
        }
        return node;
    }

    private static final Pattern ENV_BLOCK = Pattern.compile(
            "(\"(?:env|extra_env)\"\\s*:\\s*\\{)([^}]*)(\\}?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENV_VALUE = Pattern.compile("(\"[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?");
    private static final Pattern SECRET_FIELD = Pattern.compile("(\"(?:" + String.join("|", SECRET_KEYS)
            .replace("-", "\\-") + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTH_SCHEME = Pattern.compile("\\b(Bearer|FlyV1)\\s+[^\\s\",;]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MACAROON = Pattern.compile("\\bfm[0-9][a-z]?_[A-Za-z0-9+/=_-]+");

    /**
     * Redacts text that is not valid JSON (a truncated body, a proxy's error page): secret-keyed
     * JSON fragments, env maps, authorization schemes and macaroon tokens are masked.
     *
     * @param text the text
     * @return the text without those secrets
     */
    public static String redactText(String text) {
        String t = ENV_BLOCK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + ENV_VALUE.matcher(m.group(2)).replaceAll("$1\"" + MASK + "\"") + m.group(3)));
        t = SECRET_FIELD.matcher(t).replaceAll("$1\"" + MASK + "\"");
        t = AUTH_SCHEME.matcher(t).replaceAll("$1 " + MASK);
        return MACAROON.matcher(t).replaceAll(MASK);
    }

    /**
     * Redacts a JSON tree in place.
     *
     * @param node the tree
     * @return the same tree
     */
    public static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey().toLowerCase(Locale.ROOT);
                JsonNode v = e.getValue();
                if (SECRET_KEYS.contains(key) && !v.isNull() && !v.isBoolean()) {
                    e.setValue(TextNode.valueOf(MASK));
                } else if (SECRET_MAPS.contains(key) && v instanceof ObjectNode envMap) {
                    Iterator<Map.Entry<String, JsonNode>> envIt = envMap.fields();
                    while (envIt.hasNext()) {
                        envIt.next().setValue(TextNode.valueOf(MASK));
                    }
                } else {
                    redact(v);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (JsonNode child : arr) {
                redact(child);
            }
        }
        return node;
    }

    /**
     * Tells whether a header may be shown.
     *
     * @param name the header name
     * @return true when allow-listed
     */
    public static boolean headerAllowed(String name) {
        return HEADER_ALLOW_LIST.contains(name.toLowerCase(Locale.ROOT));
    }
}
