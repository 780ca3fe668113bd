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
        if (body == null || body.length == 0) {
            return "";
        }
        JsonNode tree = Json.treeOrNull(body);
        String text;
        if (tree != null) {
            text = redact(tree.deepCopy()).toString();
        } else {
            text = redactText(new String(body, 0, Math.min(body.length, limit * 4), StandardCharsets.UTF_8));
        }
        return text.length() <= limit ? text : text.substring(0, limit) + "...(" + body.length + " bytes)";
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
