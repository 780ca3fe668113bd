package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A started machine's memory balloon ({@code GET/PUT .../memory}, {@code POST .../memory/reclaim}),
 * within the guest's memory ({@code config.guest.memory_mb}):
 *
 * <ul>
 *   <li>the limit starts at the guest's memory; the guest's working set is a quarter of it (at
 *       least 32 MB); {@code available_mb} = limit − working set;</li>
 *   <li>{@code PUT {limit_mb}} accepts a limit between the working set and the guest's memory
 *       (400 outside);</li>
 *   <li>{@code reclaim {amount_mb}} inflates the balloon by what the guest can spare: it lowers the
 *       limit by {@code actual_mb} = min(amount, available) and answers it;</li>
 *   <li>the balloon needs a running VM: 412 {@code failed_precondition} unless the machine is
 *       started; a new machine version or a new boot starts from the full guest memory again.</li>
 * </ul>
 *
 * <p>State per machine behind this object's lock.
 */
public final class FakeMemory {
    private final Map<String, Balloon> byMachine = new HashMap<>();

    /**
     * One machine's balloon.
     *
     * @param instanceId the machine version it belongs to
     * @param boots how many events the machine had when it was set (a new boot resets it)
     * @param limitMb the current limit
     */
    private record Balloon(String instanceId, int boots, int limitMb) {
    }

    /**
     * Answers one memory request.
     *
     * @param r the request
     * @param m the machine (its app's lock held by the caller)
     * @param reclaim whether the path is {@code .../memory/reclaim}
     * @return the answer
     */
    public synchronized FakeResponse handle(FakeRequest r, Model.Machine m, boolean reclaim) {
        String method = r.method();
        if (reclaim ? !method.equals("POST") : !method.equals("GET") && !method.equals("PUT")) {
            return FakeResponse.error(404, "not found: " + method + " " + r.path());
        }
        if (!m.state.equals("started")) {
            return FakeResponse.error(412, "failed_precondition: machine is " + m.state
                    + ", the memory balloon needs a started machine");
        }
        int guest = m.config.path("guest").path("memory_mb").asInt(256);
        int used = Math.max(32, guest / 4);
        int boots = starts(m);
        Balloon b = byMachine.get(m.id);
        if (b == null || !b.instanceId().equals(m.instanceId) || b.boots() != boots) {
            b = new Balloon(m.instanceId, boots, guest);
        }
        JsonNode body = FakeJson.parse(r.body());
        if (reclaim) {
            JsonNode amount = body.get("amount_mb");
            if (amount == null || !amount.isIntegralNumber() || amount.asInt() <= 0) {
                return FakeResponse.error(400, "amount_mb must be a positive integer");
            }
            int actual = Math.min(amount.asInt(), b.limitMb() - used);
            byMachine.put(m.id, new Balloon(b.instanceId(), boots, b.limitMb() - actual));
            return FakeResponse.json(200, FakeJson.obj().put("actual_mb", actual));
        }
        if (method.equals("PUT")) {
            JsonNode limit = body.get("limit_mb");
            if (limit == null || !limit.isIntegralNumber()) {
                return FakeResponse.error(400, "limit_mb must be an integer");
            }
            int l = limit.asInt();
            if (l > guest) {
                return FakeResponse.error(400, "limit_mb " + l + " is above the guest's memory (" + guest + " MB)");
            }
            if (l < used) {
                return FakeResponse.error(400, "limit_mb " + l + " is below the guest's working set (" + used + " MB)");
            }
            b = new Balloon(b.instanceId(), boots, l);
            byMachine.put(m.id, b);
        }
        ObjectNode o = FakeJson.obj();
        o.put("limit_mb", b.limitMb());
        o.put("available_mb", b.limitMb() - used);
        return FakeResponse.json(200, o);
    }

    private static int starts(Model.Machine m) {
        int n = 0;
        for (Model.Event e : m.events) {
            if (e.type().equals("start") || e.type().equals("launch") || e.type().equals("restart")) {
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized String toString() {
        return "FakeMemory[" + byMachine.size() + " balloons]";
    }
}
