package io.github.flymachines.internal.http;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One logical API request: the operation, its path filled from the spec's template with validated
 * and encoded segments, query parameters, extra headers and a JSON body.
 */
public final class ApiRequest {
    private final Operation operation;
    private final String path;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Object bodyObject;
    private final String appName;
    private final String machineId;

    private ApiRequest(Builder b) {
        this.operation = b.operation;
        this.path = b.renderPath();
        this.query = List.copyOf(b.query);
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.bodyObject = b.bodyObject;
        this.body = b.bodyObject == null ? null : Json.write(b.bodyObject);
        this.appName = b.pathParams.get("app_name");
        this.machineId = b.pathParams.get("machine_id");
    }

    /**
     * Starts a request for an operation.
     *
     * @param operation the operation
     * @return a builder
     */
    public static Builder builder(Operation operation) {
        return new Builder(operation);
    }

    /** @return the operation */
    public Operation operation() {
        return operation;
    }

    /** @return the HTTP method */
    public String method() {
        return operation.method();
    }

    /** @return the encoded path, starting with {@code /v1} */
    public String path() {
        return path;
    }

    /** @return the query parameters in order (unencoded) */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** @return extra headers (the lease nonce, for instance) */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the JSON body or null */
    public byte[] body() {
        return body;
    }

    /** @return the object the body was serialized from, or null */
    public Object bodyObject() {
        return bodyObject;
    }

    /** @return the app this request is about, or null */
    public String appName() {
        return appName;
    }

    /** @return the machine this request is about, or null */
    public String machineId() {
        return machineId;
    }

    /**
     * Returns a copy with one header added or replaced.
     *
     * @param name the header name
     * @param value the value
     * @return the copy
     */
    public ApiRequest withHeader(String name, String value) {
        Builder b = toBuilder();
        b.header(name, value);
        return b.build();
    }

    /**
     * Returns a copy with another body.
     *
     * @param newBody the new body object
     * @return the copy
     */
    public ApiRequest withBody(Object newBody) {
        Builder b = toBuilder();
        b.body(newBody);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(operation);
        b.fixedPath = path;
        b.query.addAll(query);
        b.headers.putAll(headers);
        b.bodyObject = bodyObject;
        if (appName != null) {
            b.pathParams.put("app_name", appName);
        }
        if (machineId != null) {
            b.pathParams.put("machine_id", machineId);
        }
        return b;
    }

    /** Renders the query string (without {@code ?}), encoded. */
    String encodedQuery() {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encodeQueryComponent(e.getKey())).append('=').append(encodeQueryComponent(e.getValue()));
        }
        return sb.toString();
    }

    static String encodeQueryComponent(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == ',') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * Validates and encodes one path segment. Values that could change which URL is called
     * ({@code /}, {@code \}, {@code ?}, {@code #}, {@code %}, {@code .} or {@code ..} alone,
     * whitespace or control characters) are refused.
     *
     * @param field the parameter name, for the error message
     * @param value the raw value
     * @return the encoded segment
     * @throws FlyValidationException when the value is unsafe
     */
    public static String segment(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new FlyValidationException(field, "must not be empty");
        }
        if (value.equals(".") || value.equals("..")) {
            throw new FlyValidationException(field, "must not be '" + value + "'");
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#' || c == '%') {
                throw new FlyValidationException(field, "must not contain '" + c + "'");
            }
            if (c <= 0x20 || c == 0x7f) {
                throw new FlyValidationException(field, "must not contain whitespace or control characters");
            }
        }
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == ':' || c == '@') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final Operation operation;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object bodyObject;
        private String fixedPath;

        private Builder(Operation operation) {
            this.operation = operation;
        }

        /**
         * Sets a path parameter of the operation's template.
         *
         * @param name the template name, e.g. {@code machine_id}
         * @param value the raw value (validated and encoded)
         * @return this
         */
        public Builder path(String name, String value) {
            segment(name, value);
            pathParams.put(name, value);
            return this;
        }

        /**
         * Adds a query parameter when the value is not null.
         *
         * @param name the name
         * @param value the value, or null to skip
         * @return this
         */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Adds a header when the value is not null.
         *
         * @param name the name
         * @param value the value, or null to skip
         * @return this
         */
        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /**
         * Sets the JSON body.
         *
         * @param body the object to serialize, or null for none
         * @return this
         */
        public Builder body(Object body) {
            this.bodyObject = body;
            return this;
        }

        /** @return the request */
        public ApiRequest build() {
            return new ApiRequest(this);
        }

        private String renderPath() {
            if (fixedPath != null) {
                return fixedPath;
            }
            String t = operation.pathTemplate();
            StringBuilder sb = new StringBuilder("/v1");
            int i = 0;
            while (i < t.length()) {
                int open = t.indexOf('{', i);
                if (open < 0) {
                    sb.append(t, i, t.length());
                    break;
                }
                sb.append(t, i, open);
                int close = t.indexOf('}', open);
                String name = t.substring(open + 1, close);
                String value = pathParams.get(name);
                if (value == null) {
                    throw new IllegalStateException("missing path parameter " + name + " for " + operation);
                }
                sb.append(segment(name, value));
                i = close + 1;
            }
            return sb.toString();
        }
    }
}
