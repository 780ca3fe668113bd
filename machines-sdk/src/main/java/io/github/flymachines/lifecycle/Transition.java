package io.github.flymachines.lifecycle;

import io.github.flymachines.model.MachineState;
import java.time.Duration;

/**
 * A lifecycle action and the wait that followed it: "started in 212 ms".
 *
 * @param machineId the machine
 * @param action the action ({@code start}, {@code stop}, {@code suspend}, {@code restart}, ...)
 * @param state the state reached
 * @param took from sending the action to reaching the state (by the SDK's clock)
 * @param outcome the wait that ended it
 */
public record Transition(String machineId, String action, MachineState state, Duration took, WaitOutcome outcome) {
    /** Renders {@code <state> in <ms> ms}, e.g. {@code started in 212 ms}. */
    @Override
    public String toString() {
        return state + " in " + took.toMillis() + " ms";
    }
}
