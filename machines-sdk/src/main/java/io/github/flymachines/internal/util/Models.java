package io.github.flymachines.internal.util;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Helpers used by the model records: defensive copies and safe {@code toString} rendering. */
public final class Models {
    /** What a secret prints as. */
    public static final String REDACTED = "<redacted>";

    private Models() {
    }

    /**
     * Copies a list into an unmodifiable one, dropping null elements; null becomes empty.
     *
     * @param list the list or null
     * @param <T> the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(Collection<? extends T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            if (t != null) {
                out.add(t);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Copies a map into an unmodifiable one that keeps insertion order, dropping null keys and
     * values; null becomes empty.
     *
     * @param map the map or null
     * @param <V> the value type
     * @return an unmodifiable copy
     */
    public static <V> Map<String, V> map(Map<String, ? extends V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Copies the unknown-field map of a record.
     *
     * @param extra the map or null
     * @return an unmodifiable copy
     */
    public static Map<String, JsonNode> extra(Map<String, JsonNode> extra) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        extra.forEach((k, v) -> {
            if (k != null) {
                out.put(k, v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** Renders a record for {@code toString}: set fields only, secrets masked, unknown fields by name. */
    public static final class ToString {
        private final StringBuilder sb;
        private boolean first = true;

        private ToString(String name) {
            sb = new StringBuilder(name).append('[');
        }

        /**
         * Starts rendering.
         *
         * @param name the record name
         * @return the renderer
         */
        public static ToString of(String name) {
            return new ToString(name);
        }

        /**
         * Adds a field when it is set (not null, not an empty collection or string).
         *
         * @param name the field name
         * @param value the value
         * @return this
         */
        public ToString add(String name, Object value) {
            if (value == null || (value instanceof Collection<?> c && c.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty()) || (value instanceof String s && s.isEmpty())) {
                return this;
            }
            sep().append(name).append('=').append(value);
            return this;
        }

        /**
         * Adds a secret field: shown as {@code <redacted>} when set.
         *
         * @param name the field name
         * @param value the value
         * @return this
         */
        public ToString secret(String name, Object value) {
            if (value == null || (value instanceof String s && s.isEmpty())) {
                return this;
            }
            sep().append(name).append('=').append(REDACTED);
            return this;
        }

        /**
         * Adds a map whose keys are shown and values masked (environment variables).
         *
         * @param name the field name
         * @param map the map
         * @return this
         */
        public ToString secretValues(String name, Map<String, ?> map) {
            if (map == null || map.isEmpty()) {
                return this;
            }
            StringBuilder m = new StringBuilder("{");
            boolean f = true;
            for (String k : map.keySet()) {
                if (!f) {
                    m.append(", ");
                }
                f = false;
                m.append(k).append('=').append(REDACTED);
            }
            sep().append(name).append('=').append(m.append('}'));
            return this;
        }

        /**
         * Adds the names (never the values) of unknown fields.
         *
         * @param extra the unknown fields
         * @return this
         */
        public ToString extra(Map<String, JsonNode> extra) {
            if (extra == null || extra.isEmpty()) {
                return this;
            }
            Set<String> keys = extra.keySet();
            sep().append("unknownFields=").append(keys);
            return this;
        }

        private StringBuilder sep() {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            return sb;
        }

        /** @return the rendering */
        @Override
        public String toString() {
            return sb.append(']').toString();
        }
    }

    /**
     * Null-safe equality, for generated code.
     *
     * @param a one
     * @param b other
     * @return whether equal
     */
    public static boolean eq(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
