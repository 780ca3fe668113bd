package io.github.flymachines.errors;

import io.github.flymachines.model.MachineState;
import java.time.Duration;
import java.util.Optional;

/**
 * A machine did not reach the awaited state before the caller's deadline. Carries the last state
 * observed and how long the SDK waited.
 *
 * @serial exclude
 */
public class WaitTimeoutException extends FlyTimeoutException {
    private static final long serialVersionUID = 1L;
    private final String machineId;
    private final transient MachineState lastState;
    private final Duration waited;

    /**
     * Creates an exception.
     *
     * @param machineId the machine
     * @param wanted what was awaited, for the message
     * @param lastState the last state observed, or null
     * @param waited how long the SDK waited
     * @param timeout the deadline given
     * @param cause the last failure, may be null
     */
    public WaitTimeoutException(String machineId, String wanted, MachineState lastState, Duration waited,
            Duration timeout, Throwable cause) {
        super("machine " + machineId + " did not reach " + wanted + " within " + timeout.toMillis() + " ms (waited "
                + waited.toMillis() + " ms, last seen " + (lastState == null ? "unknown" : lastState.value()) + ")",
                cause, Kind.CALL, timeout, true);
        this.machineId = machineId;
        this.lastState = lastState;
        this.waited = waited;
    }

    /** @return the machine id */
    public String machineId() {
        return machineId;
    }

    /** @return the last state observed, if any was */
    public Optional<MachineState> lastState() {
        return Optional.ofNullable(lastState);
    }

    /** @return how long the SDK waited */
    public Duration waited() {
        return waited;
    }
}
