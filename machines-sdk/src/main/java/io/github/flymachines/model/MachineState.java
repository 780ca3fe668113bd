package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;
import java.util.Set;

/**
 * The state of a Machine. Unknown states parse without error ({@link #isKnown()} is then false).
 *
 * <p>Persistent states: {@link #CREATED}, {@link #STARTED}, {@link #STOPPED}, {@link #SUSPENDED},
 * {@link #FAILED}. Transient: creating, starting, stopping, restarting, suspending, destroying,
 * updating, replacing, launch_failed. Terminal: {@link #DESTROYED} (and {@link #REPLACED} for an
 * old version, {@link #MIGRATED}).
 */
public final class MachineState extends OpenEnum {
    private static final EnumRegistry<MachineState> R = new EnumRegistry<>(MachineState::new);

    /** Created but never started (for example with {@code skip_launch}). */
    public static final MachineState CREATED = R.known("created");
    /** Being created. */
    public static final MachineState CREATING = R.known("creating");
    /** Booting. */
    public static final MachineState STARTING = R.known("starting");
    /** Running. */
    public static final MachineState STARTED = R.known("started");
    /** Shutting down. */
    public static final MachineState STOPPING = R.known("stopping");
    /** Stopped; can be started again quickly. */
    public static final MachineState STOPPED = R.known("stopped");
    /** Saving its memory snapshot. */
    public static final MachineState SUSPENDING = R.known("suspending");
    /** Suspended; resumes from its memory snapshot on start. */
    public static final MachineState SUSPENDED = R.known("suspended");
    /** Restarting. */
    public static final MachineState RESTARTING = R.known("restarting");
    /** Applying a new configuration. */
    public static final MachineState UPDATING = R.known("updating");
    /** Being replaced by a new version. */
    public static final MachineState REPLACING = R.known("replacing");
    /** The state of an old version after an update. */
    public static final MachineState REPLACED = R.known("replaced");
    /** Being destroyed. */
    public static final MachineState DESTROYING = R.known("destroying");
    /** Destroyed (terminal). */
    public static final MachineState DESTROYED = R.known("destroyed");
    /** Failed; needs intervention. */
    public static final MachineState FAILED = R.known("failed");
    /** The launch failed; leads to destroyed. */
    public static final MachineState LAUNCH_FAILED = R.known("launch_failed");
    /** Migrated to another host. */
    public static final MachineState MIGRATED = R.known("migrated");

    private static final Set<MachineState> TRANSIENT = Set.of(CREATING, STARTING, STOPPING, RESTARTING,
            SUSPENDING, DESTROYING, UPDATING, REPLACING, LAUNCH_FAILED);

    private MachineState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the state for a wire value, known or not.
     *
     * @param value the raw state string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static MachineState of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented states.
     *
     * @return the constants in declaration order
     */
    public static List<MachineState> values() {
        return R.values();
    }

    /**
     * Tells whether the machine is on its way to another state (starting, stopping, ...).
     *
     * @return true for a documented transient state
     */
    public boolean isTransient() {
        return TRANSIENT.contains(this);
    }

    /**
     * Tells whether the machine is gone or going ({@code destroying} or {@code destroyed}).
     *
     * @return true when the machine is destroyed or being destroyed
     */
    public boolean isGone() {
        return this.equals(DESTROYED) || this.equals(DESTROYING);
    }
}
