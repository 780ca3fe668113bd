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

/** Machine lifecycle actions (start, stop, suspend, restart, signal, cordon), exec, and the main process: its exit, restart policy, auto_destroy and the program model. Guarded by the app's lock ({@code synchronized (app)}). */
final class MachineActions extends FakePart {
    MachineActions(FakeState s) {
        super(s);
    }
    static final Map<String, String> SIGNALS = Map.ofEntries(Map.entry("SIGABRT", "6"),
            Map.entry("SIGALRM", "14"), Map.entry("SIGFPE", "8"), Map.entry("SIGHUP", "1"), Map.entry("SIGILL", "4"),
            Map.entry("SIGINT", "2"), Map.entry("SIGKILL", "9"), Map.entry("SIGPIPE", "13"),
            Map.entry("SIGQUIT", "3"), Map.entry("SIGSEGV", "11"), Map.entry("SIGTERM", "15"),
            Map.entry("SIGTRAP", "5"), Map.entry("SIGUSR1", "10"), Map.entry("SIGUSR2", "12"));
    static final Set<String> FATAL_SIGNALS = Set.of("2", "3", "6", "9", "15");
    /** Program model: how long after {@code started} the main process exits (a Go duration). */
    static final String EXIT_AFTER = "FAKE_EXIT_AFTER";
    /** Program model: the exit code (default 0, or 128 + the signal when a signal is set). */
    static final String EXIT_CODE = "FAKE_EXIT_CODE";
    /** Program model: the signal recorded in the exit event, e.g. SIGKILL. */
    static final String EXIT_SIGNAL = "FAKE_EXIT_SIGNAL";
    /** Program model: {@code true} when the exit event says OOM-killed. */
    static final String OOM = "FAKE_OOM";

    private static final Function<ExecCall, ExecOutcome> ECHO = MachineActions::echo;
    private volatile Function<ExecCall, ExecOutcome> execHandler = ECHO;
    private final java.util.Deque<ExecOutcome> programmedExecs = new java.util.concurrent.ConcurrentLinkedDeque<>();

    void onExec(Function<ExecCall, ExecOutcome> handler) {
        this.execHandler = Objects.requireNonNull(handler, "handler");
    }

    /** Queues exec results: the next execs answer them in order, then the handler answers again. */
    void programExec(List<ExecOutcome> outcomes) {
        programmedExecs.addAll(outcomes);
    }

    void resetExec() {
        execHandler = ECHO;
        programmedExecs.clear();
    }

    /**
     * The program model: a machine that reaches {@code started} runs its main process as its
     * config's env says ({@value #EXIT_AFTER}, {@value #EXIT_CODE}, {@value #EXIT_SIGNAL},
     * {@value #OOM}); without {@value #EXIT_AFTER} it runs until stopped.
     */
    void programStarted(Model.Machine m) {
        JsonNode env = m.config.path("env");
        String after = env.path(EXIT_AFTER).asText("");
        if (after.isBlank()) {
            return;
        }
        Duration d;
        try {
            d = io.github.flymachines.internal.json.GoDuration.parse(after.trim());
        } catch (RuntimeException e) {
            return; // refused at create/update; an old config cannot get here
        }
        String sig = env.hasNonNull(EXIT_SIGNAL)
                ? signalNumber(FakeJson.mapper().getNodeFactory().textNode(env.get(EXIT_SIGNAL).asText())) : null;
        int code = env.hasNonNull(EXIT_CODE) ? Integer.parseInt(env.get(EXIT_CODE).asText().trim())
                : sig != null ? 128 + Integer.parseInt(sig) : 0;
        boolean oom = env.path(OOM).asText("false").equalsIgnoreCase("true");
        long g = m.generation;
        s.lifecycle.after(m, g, d, "main process exits with " + code + " (" + EXIT_AFTER + "=" + after + ")", () -> {
            if (m.state.equals("started")) {
                processExit(m, code, sig, oom);
            }
        });
    }

    /** The 400 a config's program env deserves, or null. */
    static FakeResponse programError(JsonNode config) {
        JsonNode env = config.path("env");
        if (env.hasNonNull(EXIT_AFTER)) {
            try {
                Duration d = io.github.flymachines.internal.json.GoDuration.parse(env.get(EXIT_AFTER).asText().trim());
                if (d.isNegative()) {
                    return FakeResponse.error(400, "invalid " + EXIT_AFTER + ": negative");
                }
            } catch (RuntimeException e) {
                return FakeResponse.error(400, "invalid " + EXIT_AFTER + ": not a Go duration");
            }
        }
        if (env.hasNonNull(EXIT_CODE)) {
            try {
                Integer.parseInt(env.get(EXIT_CODE).asText().trim());
            } catch (NumberFormatException e) {
                return FakeResponse.error(400, "invalid " + EXIT_CODE + ": not an integer");
            }
        }
        if (env.hasNonNull(EXIT_SIGNAL)
                && signalNumber(FakeJson.mapper().getNodeFactory().textNode(env.get(EXIT_SIGNAL).asText())) == null) {
            return FakeResponse.error(400, "invalid " + EXIT_SIGNAL + ": unknown signal");
        }
        return null;
    }

    FakeResponse start(FakeRequest r, Model.Machine m) {
        String prev = m.state;
        if (prev.equals("started") || prev.equals("starting")) {
            return FakeResponse.json(200, startJson(prev));
        }
        if (!Set.of("stopped", "created", "suspended", "failed").contains(prev)) {
            return FakeResponse.unableFromState("start", prev);
        }
        if (!s.capacity.hasRoom(m.region, m)) {
            return Capacity.capacityError();
        }
        m.restarts = 0;
        launch(m, "user");
        return FakeResponse.json(200, startJson(prev));
    }

    static ObjectNode startJson(String prev) {
        ObjectNode o = FakeJson.obj();
        o.put("previous_state", prev);
        o.put("migrated", false);
        o.put("new_host", "");
        return o;
    }

    /** Starts a stopped machine: {@code starting}, then {@code started} after the start time. */
    void launch(Model.Machine m, String source) {
        s.lifecycle.transition(m, "starting", settings.startTime(), "started",
                () -> s.lifecycle.setState(m, "started", "start", source, null));
    }

    FakeResponse stop(FakeRequest r, Model.Machine m) {
        JsonNode b = FakeJson.parse(r.body());
        if (b.has("signal") && signalNumber(b.get("signal")) == null) {
            return FakeResponse.error(400, "invalid signal: " + b.get("signal"));
        }
        if (Set.of("stopped", "stopping", "created", "suspended", "failed").contains(m.state)) {
            return FakeResponse.empty(200);
        }
        if (m.state.equals("destroyed") || m.state.equals("destroying")) {
            return FakeResponse.unableFromState("stop", m.state);
        }
        s.lifecycle.transition(m, "stopping", settings.transitionTime(), "stopped", () -> {
            s.lifecycle.setState(m, "stopped", "stop", "user", null);
            autoDestroy(m);
        });
        return FakeResponse.empty(200);
    }

    FakeResponse suspend(FakeRequest r, Model.Machine m) {
        if (m.state.equals("suspended") || m.state.equals("suspending")) {
            return FakeResponse.empty(200);
        }
        if (!m.state.equals("started")) {
            return FakeResponse.unableFromState("suspend", m.state);
        }
        s.lifecycle.transition(m, "suspending", settings.transitionTime(), "suspended",
                () -> s.lifecycle.setState(m, "suspended", "suspend", "user", null));
        return FakeResponse.empty(200);
    }

    FakeResponse restart(FakeRequest r, Model.Machine m) {
        String sig = r.param("signal");
        if (sig != null && signalNumber(FakeJson.mapper().getNodeFactory().textNode(sig)) == null) {
            return FakeResponse.error(400, "invalid signal: " + sig);
        }
        if (!m.state.equals("started")) {
            return FakeResponse.unableFromState("restart", m.state);
        }
        long g = ++m.generation;
        s.lifecycle.setState(m, "restarting", "restart", "user", null);
        s.lifecycle.after(m, g, settings.transitionTime(), "restarting -> started",
                () -> s.lifecycle.setState(m, "started", "start", "flyd", null));
        return FakeResponse.empty(200);
    }

    FakeResponse signal(FakeRequest r, Model.Machine m) {
        JsonNode b = FakeJson.parse(r.body());
        String n = signalNumber(b.get("signal"));
        if (n == null) {
            return FakeResponse.error(400, "invalid signal: " + b.path("signal"));
        }
        if (!m.state.equals("started")) {
            return FakeResponse.error(412, "failed_precondition: machine is not started (state: " + m.state + ")");
        }
        if (FATAL_SIGNALS.contains(n)) {
            processExit(m, 128 + Integer.parseInt(n), n, false);
        }
        return FakeResponse.empty(200);
    }

    static String signalNumber(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        if (s.isInt()) {
            return SIGNALS.containsValue(s.asText()) ? s.asText() : null;
        }
        String t = s.asText().toUpperCase(Locale.ROOT);
        if (SIGNALS.containsValue(t)) {
            return t;
        }
        return SIGNALS.get(t.startsWith("SIG") ? t : "SIG" + t);
    }

    FakeResponse cordon(FakeRequest r, Model.Machine m, boolean on) {
        m.cordoned = on;
        m.updatedAt = clock.instant();
        return FakeResponse.empty(200);
    }

    /** The main process exited: the restart policy and auto_destroy decide what happens next. */
    void processExit(Model.Machine m, int exitCode, String signal, boolean oomKilled) {
        JsonNode restart = m.config.path("restart");
        String policy = restart.path("policy").asText("on-failure");
        int maxRetries = restart.has("max_retries") ? restart.path("max_retries").asInt() : 10;
        boolean again = switch (policy) {
            case "always" -> true;
            case "no" -> false;
            default -> exitCode != 0 && m.restarts < maxRetries;
        };
        ObjectNode req = FakeJson.obj();
        ObjectNode exit = req.putObject("exit_event");
        exit.put("exit_code", exitCode);
        exit.put("guest_exit_code", exitCode);
        exit.put("oom_killed", oomKilled);
        exit.put("requested_stop", false);
        exit.put("restarting", again);
        exit.put("exited_at", clock.instant().toString());
        if (signal != null) {
            exit.put("signal", Integer.parseInt(signal));
            exit.put("guest_signal", Integer.parseInt(signal));
        }
        long g = ++m.generation;
        s.lifecycle.setState(m, "stopped", "exit", "flyd", req);
        if (again) {
            m.restarts++;
            s.lifecycle.setState(m, "starting", null, null, null);
            s.lifecycle.after(m, g, settings.startTime(), "restart after exit: starting -> started",
                    () -> s.lifecycle.setState(m, "started", "start", "flyd", null));
        } else {
            autoDestroy(m);
        }
    }

    void autoDestroy(Model.Machine m) {
        if (m.config.path("auto_destroy").asBoolean(false)) {
            s.machines.beginDestroy(m, "flyd");
        }
    }


    FakeResponse exec(FakeRequest r, String appName, String machineId) {
        ExecCall call;
        Model.App a = s.appsApi.app(appName);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        synchronized (a) {
            Model.Machine m = a.machines.get(machineId);
            if (m == null) {
                return FakeResponse.error(404, "machine not found");
            }
            FakeResponse guard = s.leases.leaseGuard(r, m);
            if (guard != null) {
                return guard;
            }
            if (!m.state.equals("started")) {
                return FakeResponse.error(412, "failed_precondition: machine is not started (state: " + m.state
                        + ")");
            }
            JsonNode b = FakeJson.parse(r.body());
            List<String> command = new ArrayList<>();
            if (b.path("command").isArray()) {
                b.get("command").forEach(c -> command.add(c.asText()));
            } else if (b.hasNonNull("cmd")) {
                for (String part : b.get("cmd").asText().trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        command.add(part);
                    }
                }
            }
            if (command.isEmpty()) {
                return FakeResponse.error(400, "command is required");
            }
            call = new ExecCall(appName, machineId, command, FakeUtil.text(b, "stdin"), FakeUtil.text(b, "container"));
        }
        ExecOutcome outcome = programmedExecs.poll();
        try {
            if (outcome == null) {
                outcome = execHandler.apply(call);
            }
        } catch (RuntimeException e) {
            return FakeResponse.error(500, "exec handler failed: " + e.getClass().getSimpleName());
        }
        ObjectNode o = FakeJson.obj();
        o.put("exit_code", outcome.exitCode());
        o.put("stdout", outcome.stdout() == null ? "" : outcome.stdout());
        o.put("stderr", outcome.stderr() == null ? "" : outcome.stderr());
        return FakeResponse.json(200, o);
    }

    static ExecOutcome echo(ExecCall call) {
        return ExecOutcome.ok(String.join(" ", call.command()) + "\n");
    }

}
