package io.github.flymachines.lifecycle;

import io.github.flymachines.model.MachineState;
import java.time.Duration;

/**
 * How a wait for a machine state ended.
 *
 * @param machineId the machine
 * @param state the state reached
 * @param version the machine version the server reported, or null
 * @param eventId the event that reached the state, or null
 * @param waited how long the SDK waited (by its clock)
 * @param polls how many {@code /wait} requests it took (a wait under 60 s normally takes one)
 */
public record WaitOutcome(String machineId, MachineState state, String version, String eventId, Duration waited,
        int polls) {
    /** Renders {@code <id> reached <state> in <ms> ms (<n> poll(s))}. */
    @Override
    public String toString() {
        return machineId + " reached " + state + " in " + waited.toMillis() + " ms (" + polls + " poll"
                + (polls == 1 ? "" : "s") + ")";
    }
}
