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

/** The machine state machine's helpers: state changes, events, timed steps on the fake clock. Guarded by the app's lock ({@code synchronized (app)}). */
final class Lifecycle extends FakePart {
    Lifecycle(FakeState s) {
        super(s);
    }
    private final java.util.concurrent.atomic.AtomicInteger pendingSteps = new java.util.concurrent.atomic.AtomicInteger();

    /** Moves a machine to a state (with an event when {@code eventType} is set) and answers its waits. */
    void setState(Model.Machine m, String state, String eventType, String source, JsonNode request) {
        String from = m.state;
        m.state = state;
        s.capacity.moved(m.region, from, state);
        m.updatedAt = clock.instant();
        if (eventType != null) {
            addEvent(m, eventType, state, source, request);
        }
        s.waits.notifyWaiters(m);
        if (state.equals("started") && !"started".equals(from)) {
            s.actions.programStarted(m);
        }
    }

    void addEvent(Model.Machine m, String type, String status, String source, JsonNode request) {
        m.events.add(new Model.Event(ids.ulid(clock.instant()), type, status, source, clock.instant().toEpochMilli(),
                request));
    }

    /**
     * Runs a step after a delay on the fake clock, under the app's lock, unless the machine moved on
     * meanwhile (its generation changed).
     */
    void after(Model.Machine m, long generation, Duration delay, String what, Runnable step) {
        pendingSteps.incrementAndGet();
        clock.after(delay, "machine " + m.id + " (app " + m.app + "): " + what).thenRun(() -> {
            synchronized (m.owner) {
                pendingSteps.decrementAndGet();
                if (m.generation == generation) {
                    step.run();
                }
            }
        });
    }

    /**
     * Begins a transition: a new generation (so the machine's pending steps no longer run), the machine
     * in {@code through} now, without an event, then {@code settle} after the delay unless it moved on.
     */
    void transition(Model.Machine m, String through, Duration delay, String to, Runnable settle) {
        long g = ++m.generation;
        setState(m, through, null, null, null);
        after(m, g, delay, through + " -> " + to, settle);
    }

    /** @return how many timed steps (transitions, program exits) are scheduled and have not run yet */
    int pendingSteps() {
        return pendingSteps.get();
    }
}
