package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The control API under {@code /__fake/}, so tests in any language can drive the fake over HTTP
 * (same token as the API). See the module README for curl examples.
 *
 * <ul>
 * <li>{@code POST /__fake/reset}: forget everything (apps, machines, capacity, exec results, journal, stubs).</li>
 * <li>{@code POST /__fake/apps} {@code {"name": "a", "org_slug": "personal"}}: create an app.</li>
 * <li>{@code GET /__fake/capacity}; {@code PUT /__fake/capacity/{region}} {@code {"machines": 2}};
 * {@code DELETE /__fake/capacity/{region}}.</li>
 * <li>{@code POST /__fake/apps/{app}/machines/{id}/exit} {@code {"exit_code": 3, "signal": "SIGKILL", "oom_killed": false}}.</li>
 * <li>{@code POST /__fake/exec} {@code {"results": [{"exit_code": 0, "stdout": "hi", "stderr": ""}]}}:
 * the next execs answer these, in order; {@code DELETE /__fake/exec} goes back to the echo.</li>
 * <li>{@code GET /__fake/clock}: now, whether manual, pending timers; {@code POST /__fake/clock/advance}
 * {@code {"by": "1.5s"}}; {@code POST /__fake/clock/settle}: advance until no transition is pending.</li>
 * <li>{@code GET /__fake/timers}: the pending timers, with what each is for.</li>
 * </ul>
 */
public final class ControlApi implements Function<FakeRequest, FakeResponse> {
    /** What the control API needs from the fake. */
    public interface Target {
        /** Resets the fake (engine, journal, stubs). */
        void reset();

        /** Settles a manual clock (advances until no transition is pending). */
        void settle();

        /** @return the parked waits, described */
        List<String> parkedWaits();
    }

    private final FakeEngine engine;
    private final FakeClock clock;
    private final String token;
    private final Target target;

    /**
     * Creates the control API.
     *
     * @param engine the engine
     * @param clock the clock
     * @param token the accepted token
     * @param target the fake's own controls
     */
    public ControlApi(FakeEngine engine, FakeClock clock, String token, Target target) {
        this.engine = engine;
        this.clock = clock;
        this.token = token;
        this.target = target;
    }

    @Override
    public FakeResponse apply(FakeRequest r) {
        if (!authorized(r)) {
            return FakeResponse.error(401, "You must be authenticated to view this.");
        }
        String[] p = r.path().substring("/__fake".length()).replaceFirst("^/", "").split("/");
        String m = r.method();
        String head = p.length == 0 ? "" : p[0];
        switch (head) {
            case "reset":
                if (m.equals("POST")) {
                    target.reset();
                    return FakeResponse.json(200, FakeJson.obj().put("ok", true));
                }
                break;
            case "apps":
                if (p.length == 1 && m.equals("POST")) {
                    JsonNode b = FakeJson.parse(r.body());
                    String name = b.path("name").asText("");
                    if (!AppsResource.APP_NAME.matcher(name).matches()) {
                        return FakeResponse.error(400, "invalid app name: must be lower-case letters, digits and dashes");
                    }
                    engine.createApp(name, b.path("org_slug").asText(engine.settings().org()));
                    return FakeResponse.json(201, FakeJson.obj().put("name", name));
                }
                if (p.length == 5 && p[2].equals("machines") && p[4].equals("exit") && m.equals("POST")) {
                    JsonNode b = FakeJson.parse(r.body());
                    if (!b.path("exit_code").canConvertToInt() && !b.path("exit_code").isMissingNode()) {
                        return FakeResponse.error(400, "exit_code must be an integer");
                    }
                    try {
                        engine.exitMachine(p[1], p[3], b.path("exit_code").asInt(0),
                                b.hasNonNull("signal") ? b.get("signal").asText() : null,
                                b.path("oom_killed").asBoolean(false));
                    } catch (IllegalArgumentException e) {
                        return FakeResponse.error(404, e.getMessage());
                    } catch (IllegalStateException e) {
                        return FakeResponse.error(412, e.getMessage());
                    }
                    return FakeResponse.json(200, FakeJson.obj().put("state", engine.machineState(p[1], p[3])));
                }
                break;
            case "capacity":
                if (p.length == 1 && m.equals("GET")) {
                    ObjectNode o = FakeJson.obj();
                    engine.capacities().forEach(o::put);
                    return FakeResponse.json(200, o);
                }
                if (p.length == 2 && m.equals("PUT")) {
                    JsonNode n = FakeJson.parse(r.body()).path("machines");
                    if (!n.canConvertToInt() || n.asInt() < 0) {
                        return FakeResponse.error(400, "machines must be an integer, zero or more");
                    }
                    engine.setCapacity(p[1], n.asInt());
                    return FakeResponse.json(200, FakeJson.obj().put(p[1], n.asInt()));
                }
                if (p.length == 2 && m.equals("DELETE")) {
                    engine.setCapacity(p[1], null);
                    return FakeResponse.empty(204);
                }
                break;
            case "exec":
                if (p.length == 1 && m.equals("POST")) {
                    JsonNode results = FakeJson.parse(r.body()).path("results");
                    if (!results.isArray() || results.isEmpty()) {
                        return FakeResponse.error(400, "results must be a non-empty array");
                    }
                    List<ExecOutcome> out = new ArrayList<>();
                    for (JsonNode x : results) {
                        out.add(new ExecOutcome(x.path("exit_code").asInt(0), x.path("stdout").asText(""),
                                x.path("stderr").asText("")));
                    }
                    engine.programExec(out);
                    return FakeResponse.json(200, FakeJson.obj().put("queued", out.size()));
                }
                if (p.length == 1 && m.equals("DELETE")) {
                    engine.resetExec();
                    return FakeResponse.empty(204);
                }
                break;
            case "clock":
                if (p.length == 1 && m.equals("GET")) {
                    return FakeResponse.json(200, clockJson());
                }
                if (p.length == 2 && p[1].equals("advance") && m.equals("POST")) {
                    requireManual();
                    String by = FakeJson.parse(r.body()).path("by").asText("");
                    Duration d;
                    try {
                        d = io.github.flymachines.internal.json.GoDuration.parse(by);
                    } catch (RuntimeException e) {
                        return FakeResponse.error(400, "by must be a Go duration such as \"1.5s\" or \"200ms\"");
                    }
                    if (d.isNegative()) {
                        return FakeResponse.error(400, "cannot move time backwards: " + by);
                    }
                    clock.advance(d);
                    return FakeResponse.json(200, clockJson());
                }
                if (p.length == 2 && p[1].equals("settle") && m.equals("POST")) {
                    requireManual();
                    target.settle();
                    return FakeResponse.json(200, clockJson());
                }
                break;
            case "timers":
                if (p.length == 1 && m.equals("GET")) {
                    return FakeResponse.json(200, clockJson());
                }
                break;
            default:
                break;
        }
        return FakeResponse.error(404, "not found: " + m + " " + r.path());
    }

    private void requireManual() {
        if (!clock.isManual()) {
            throw new IllegalStateException("the fake runs on the system clock: time cannot be advanced");
        }
    }

    private ObjectNode clockJson() {
        ObjectNode o = FakeJson.obj();
        o.put("now", clock.instant().toString());
        o.put("manual", clock.isManual());
        ArrayNode t = o.putArray("pending_timers");
        clock.pendingTimerList().forEach(t::add);
        ArrayNode w = o.putArray("parked_waits");
        target.parkedWaits().forEach(w::add);
        o.put("pending_transitions", engine.pendingSteps());
        return o;
    }

    private boolean authorized(FakeRequest r) {
        return FakeUtil.authorizes(r.header("authorization"), token, false);
    }

    @Override
    public String toString() {
        return "ControlApi";
    }
}
