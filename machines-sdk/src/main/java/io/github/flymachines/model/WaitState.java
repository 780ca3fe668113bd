package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * A state that {@code GET /machines/{id}/wait} can wait for; {@link #SETTLED} means any non-transient state.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class WaitState extends OpenEnum {
    private static final EnumRegistry<WaitState> R = new EnumRegistry<>(WaitState::new);

    /** Running. */
    public static final WaitState STARTED = R.known("started");
    /** Stopped. */
    public static final WaitState STOPPED = R.known("stopped");
    /** Suspended. */
    public static final WaitState SUSPENDED = R.known("suspended");
    /** Destroyed. */
    public static final WaitState DESTROYED = R.known("destroyed");
    /** Failed. */
    public static final WaitState FAILED = R.known("failed");
    /** Any non-transient state (the SDK then reads the machine to learn which). */
    public static final WaitState SETTLED = R.known("settled");

    private WaitState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static WaitState of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<WaitState> values() {
        return R.values();
    }

    /**
     * Returns the wait state matching a machine state.
     *
     * @param state a machine state
     * @return the wait state with the same raw value
     */
    public static WaitState of(MachineState state) {
        return of(state.value());
    }

    /**
     * Tells whether a machine in the given state satisfies this wait state.
     *
     * @param state the observed state
     * @return true when reached
     */
    public boolean isReachedBy(MachineState state) {
        if (this.equals(SETTLED)) {
            return state.isKnown() && !state.isTransient();
        }
        return value().equals(state.value());
    }
}
