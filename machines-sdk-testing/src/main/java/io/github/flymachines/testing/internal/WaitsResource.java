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

/** {@code /wait}: immediate answers, parked waits (per machine, completed asynchronously) and their deadlines. Guarded by the app's lock ({@code synchronized (app)}). */
final class WaitsResource extends FakePart {
    WaitsResource(FakeState s) {
        super(s);
    }
    private final Object countMonitor = new Object();
    private final java.util.Set<Model.Waiter> all = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Runnable onPark = () -> { };
    private volatile boolean shutDown;

    void onPark(Runnable hook) {
        this.onPark = Objects.requireNonNull(hook, "hook");
    }

    int pendingWaits() {
        return all.size();
    }

    boolean awaitPendingWaits(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (countMonitor) {
            while (all.size() < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                countMonitor.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** @return a description of each parked wait (app, machine, wanted states) */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Model.Waiter w : all) {
            out.add("wait for " + String.join(",", w.states()) + " on machine " + w.machine().id + " (app "
                    + w.machine().app + ", now " + w.machine().state + ")");
        }
        return out;
    }

    void shutdown() {
        shutDown = true;
        answerAll(FakeResponse.error(503, "server shutting down"));
    }

    /** Answers every parked wait with the given response. */
    void answerAll(FakeResponse answer) {
        for (Model.Waiter w : new ArrayList<>(all)) {
            synchronized (w.machine().owner) {
                w.machine().waiters.remove(w);
            }
            if (all.remove(w)) {
                w.future().complete(answer);
            }
        }
        counted();
    }

    private void counted() {
        synchronized (countMonitor) {
            countMonitor.notifyAll();
        }
    }

    CompletableFuture<FakeResponse> waitFor(FakeRequest r, String appName, String machineId) {
        Model.App a = s.appsApi.app(appName);
        if (a == null) {
            return FakeEngine.done(FakeResponse.error(404, "app not found"));
        }
        Model.Waiter w;
        synchronized (a) {
            if (a.deleted) {
                return FakeEngine.done(FakeResponse.error(404, "app not found"));
            }
            FakeResponse immediate = parkOrAnswer(r, a, machineId);
            if (immediate != null) {
                return FakeEngine.done(immediate);
            }
            w = parked;
            parked = null;
        }
        counted();
        onPark.run();
        return w.future();
    }

    private Model.Waiter parked; // hand-over from parkOrAnswer to waitFor, under the app's lock

    private FakeResponse parkOrAnswer(FakeRequest r, Model.App a, String machineId) {
        Model.Machine m = a.machines.get(machineId);
        if (m == null) {
            return FakeResponse.error(404, "machine not found");
        }
        List<String> states = r.params("state");
        if (states.isEmpty()) {
            states = List.of("started");
        }
        for (String st : states) {
            if (!Model.WAITABLE.contains(st)) {
                return FakeResponse.error(400, "invalid_argument: invalid state '" + st
                        + "': must be one of started, stopped, suspended, destroyed, failed, settled");
            }
        }
        long secs = 60;
        String t = r.param("timeout");
        if (t != null && !t.isBlank()) {
            try {
                secs = t.endsWith("s") ? Long.parseLong(t.substring(0, t.length() - 1)) : Long.parseLong(t);
            } catch (NumberFormatException e) {
                return FakeResponse.error(400, "invalid_argument: invalid timeout '" + t + "'");
            }
        }
        Duration timeout = Duration.ofSeconds(Math.max(1, Math.min(60, secs)));
        String version = r.param("version") != null ? r.param("version") : r.param("instance_id");
        String from = r.param("from_event_id");
        if (version != null && !version.isBlank() && !version.equals(m.instanceId)) {
            boolean known = m.versions.stream().anyMatch(v -> v.version().equals(version));
            if (!known) {
                return FakeResponse.error(400, "invalid_argument: unknown machine version '" + version + "'");
            }
            if (states.contains("replaced")) {
                return waitOk(m, "replaced");
            }
            // an old version can never reach another state: no point holding the poll
            return deadline(states, "replaced");
        }
        String hit = match(m, states, from);
        if (hit != null) {
            return waitOk(m, hit);
        }
        if (m.state.equals("destroyed")) {
            return deadline(states, m.state);
        }
        if (shutDown) {
            return FakeResponse.error(503, "server shutting down");
        }
        Model.Waiter w = new Model.Waiter(m, List.copyOf(states), from, new CompletableFuture<>());
        // the deadline timer exists before the wait is visible as parked, so a test that sees
        // the wait parked and advances the clock always reaches it
        clock.after(timeout, "deadline of a wait for " + String.join(",", states) + " on machine " + m.id
                + " (app " + m.app + ")").thenRun(() -> {
                    boolean mine;
                    synchronized (m.owner) {
                        mine = m.waiters.remove(w);
                    }
                    if (mine && all.remove(w)) {
                        counted();
                        w.future().complete(deadline(w.states(), w.machine().state));
                    }
                });
        m.waiters.add(w);
        all.add(w);
        parked = w;
        return null;
    }

    static String match(Model.Machine m, List<String> states, String fromEventId) {
        if (fromEventId != null && !fromEventId.isBlank() && m.lastEventId().compareTo(fromEventId) <= 0) {
            return null;
        }
        if (states.contains(m.state)) {
            return m.state;
        }
        if (states.contains("settled") && Model.PERSISTENT.contains(m.state)) {
            return m.state;
        }
        return null;
    }

    static FakeResponse waitOk(Model.Machine m, String state) {
        ObjectNode o = FakeJson.obj();
        o.put("ok", true);
        o.put("state", state);
        o.put("event_id", m.lastEventId());
        o.put("version", m.instanceId);
        return FakeResponse.json(200, o);
    }

    static FakeResponse deadline(List<String> wanted, String current) {
        return FakeResponse.error(408, "deadline_exceeded: machine failed to reach desired state, "
                + String.join(",", wanted) + ", currently " + current);
    }

    /** Answers the machine's parked waits that its new state satisfies (called under the app's lock). */
    void notifyWaiters(Model.Machine m) {
        if (m.waiters.isEmpty()) {
            return;
        }
        List<Model.Waiter> hits = new ArrayList<>();
        for (Iterator<Model.Waiter> it = m.waiters.iterator(); it.hasNext();) {
            Model.Waiter w = it.next();
            if (match(m, w.states(), w.fromEventId()) != null) {
                it.remove();
                hits.add(w);
            }
        }
        for (Model.Waiter w : hits) {
            if (all.remove(w)) {
                w.future().complete(waitOk(m, match(m, w.states(), w.fromEventId())));
            }
        }
        if (!hits.isEmpty()) {
            counted();
        }
    }
}
