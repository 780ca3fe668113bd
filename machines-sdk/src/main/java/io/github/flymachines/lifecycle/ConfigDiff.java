package io.github.flymachines.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.MachineConfig;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between two machine configurations, field by field, with a readable rendering
 * like the CLI's preview of changed lines. Values of environment variables, file contents and
 * other secrets are never shown: a change to them renders as {@code <redacted>}.
 */
public final class ConfigDiff {
    /** What happened to a field. */
    public enum Kind {
        /** The field is new. */
        ADDED,
        /** The field is gone. */
        REMOVED,
        /** The field has another value. */
        CHANGED
    }

    /**
     * One changed field.
     *
     * @param path the JSON path, e.g. {@code guest.memory_mb} or {@code services[0].ports[1].port}
     * @param kind added, removed or changed
     * @param before the old value (JSON), or null when added
     * @param after the new value (JSON), or null when removed
     * @param secret whether the values are secret (never rendered)
     */
    public record Change(String path, Kind kind, JsonNode before, JsonNode after, boolean secret) {
        /** Renders the change as one line: {@code ~ path: old -> new}, {@code + path: new}, {@code - path: old}. */
        @Override
        public String toString() {
            String b = secret ? "<redacted>" : String.valueOf(before);
            String a = secret ? "<redacted>" : String.valueOf(after);
            return switch (kind) {
                case ADDED -> "+ " + path + ": " + a;
                case REMOVED -> "- " + path + ": " + b;
                case CHANGED -> "~ " + path + ": " + b + " -> " + a;
            };
        }
    }

    private static final Set<String> SECRET_LEAVES = Set.of("raw_value", "stdin", "nonce");
    private static final Set<String> SECRET_MAPS = Set.of("env", "extra_env");

    private final List<Change> changes;

    private ConfigDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two configs.
     *
     * @param before the current config
     * @param after the new config
     * @return the diff
     */
    public static ConfigDiff between(MachineConfig before, MachineConfig after) {
        JsonNode a = Json.mapper().valueToTree(Objects.requireNonNull(before, "before"));
        JsonNode b = Json.mapper().valueToTree(Objects.requireNonNull(after, "after"));
        List<Change> out = new ArrayList<>();
        diff("", a, b, false, out);
        return new ConfigDiff(out);
    }

    /**
     * What of a requested config an actual config lacks: the changes from {@code requested} to
     * {@code actual}, except for fields the request left out and the actual config has. The API
     * fills such fields in with defaults (a create or update without {@code guest} answers with
     * {@code shared}, 1 CPU, 256 MB), so they say nothing about whether the request was applied.
     * Array elements the actual config has beyond the requested ones still count.
     *
     * @param requested the config that was sent
     * @param actual the config the machine has
     * @return the diff without the server's additions; empty when {@code actual} carries every
     *         requested field with the requested value
     */
    public static ConfigDiff missingFrom(MachineConfig requested, MachineConfig actual) {
        List<Change> all = between(requested, actual).changes;
        List<Change> kept = new ArrayList<>();
        for (Change c : all) {
            if (c.kind() != Kind.ADDED || c.path().endsWith("]")) {
                kept.add(c);
            }
        }
        return new ConfigDiff(kept);
    }

    private static void diff(String path, JsonNode a, JsonNode b, boolean secret, List<Change> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a == null || a.isMissingNode()) {
            out.add(new Change(path, Kind.ADDED, null, b, secret));
            return;
        }
        if (b == null || b.isMissingNode()) {
            out.add(new Change(path, Kind.REMOVED, a, null, secret));
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String p = path.isEmpty() ? k : path + "." + k;
                boolean s = secret || SECRET_LEAVES.contains(k);
                if (SECRET_MAPS.contains(k)) {
                    diffSecretMap(p, a.get(k), b.get(k), out);
                } else {
                    diff(p, a.get(k), b.get(k), s, out);
                }
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), secret, out);
            }
            return;
        }
        out.add(new Change(path, Kind.CHANGED, a, b, secret));
    }

    private static void diffSecretMap(String path, JsonNode a, JsonNode b, List<Change> out) {
        Set<String> keys = new LinkedHashSet<>();
        if (a != null) {
            a.fieldNames().forEachRemaining(keys::add);
        }
        if (b != null) {
            b.fieldNames().forEachRemaining(keys::add);
        }
        for (String k : keys) {
            diff(path + "." + k, a == null ? null : a.get(k), b == null ? null : b.get(k), true, out);
        }
    }

    /** @return every changed field, in document order */
    public List<Change> changes() {
        return changes;
    }

    /** @return whether nothing changed */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Renders the diff, one change per line ({@code ~ guest.memory_mb: 256 -> 512}), or
     * {@code (no changes)}.
     *
     * @return the rendering
     */
    public String render() {
        if (changes.isEmpty()) {
            return "(no changes)";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<Change> it = changes.iterator();
        while (it.hasNext()) {
            sb.append(it.next());
            if (it.hasNext()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
