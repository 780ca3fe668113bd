package io.github.flymachines.observe;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A wait for a machine to reach one of several states.
 *
 * @param app the app
 * @param machineId the machine id
 * @param states the states waited for, e.g. {@code started}
 * @param timeout how long the caller allows
 */
public record WaitStart(String app, String machineId, List<String> states, Duration timeout) {
    /**
     * Creates the record.
     *
     * @param app the app
     * @param machineId the machine
     * @param states the states
     * @param timeout the timeout
     */
    public WaitStart {
        states = List.copyOf(states);
        Objects.requireNonNull(timeout, "timeout");
    }
}
