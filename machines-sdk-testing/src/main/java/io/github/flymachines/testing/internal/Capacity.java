package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Per-region capacity: how many active machines a region can hold. Guarded by the app's lock ({@code synchronized (app)}). */
final class Capacity extends FakePart {
    Capacity(FakeState s) {
        super(s);
    }
    private final Map<String, Integer> capacity = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> active =
            new java.util.concurrent.ConcurrentHashMap<>();

    void setCapacity(String region, Integer machines) {
        if (machines == null) {
            capacity.remove(region);
        } else {
            if (machines < 0) {
                throw new IllegalArgumentException("capacity must be zero or positive: " + machines);
            }
            capacity.put(region, machines);
        }
    }

    /** @return the limits set, by region */
    Map<String, Integer> limits() {
        return Map.copyOf(capacity);
    }

    /** Forgets the limits and the counts (reset). */
    void clear() {
        capacity.clear();
        active.clear();
    }

    /** Counts a machine's move between states (active states hold resources on a host). */
    void moved(String region, String from, String to) {
        boolean was = from != null && Model.ACTIVE.contains(from);
        boolean is = Model.ACTIVE.contains(to);
        if (was != is) {
            active.computeIfAbsent(region, k -> new java.util.concurrent.atomic.AtomicInteger())
                    .addAndGet(is ? 1 : -1);
        }
    }

    boolean hasRoom(String region, Model.Machine except) {
        Integer cap = capacity.get(region);
        if (cap == null) {
            return true;
        }
        java.util.concurrent.atomic.AtomicInteger n = active.get(region);
        int used = n == null ? 0 : n.get();
        if (except != null && region.equals(except.region) && Model.ACTIVE.contains(except.state)) {
            used--;
        }
        return used < cap;
    }

    static FakeResponse capacityError() {
        return FakeResponse.error(412, "could not reserve resource for machine: insufficient memory available to "
                + "fulfill request", "insufficient_capacity");
    }
}
