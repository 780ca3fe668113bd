package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The state of a volume, e.g. {@code created}, {@code extending}, {@code destroyed}.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class VolumeState extends OpenEnum {
    private static final EnumRegistry<VolumeState> R = new EnumRegistry<>(VolumeState::new);

    /** Being created. */
    public static final VolumeState CREATING = R.known("creating");
    /** Ready to use. */
    public static final VolumeState CREATED = R.known("created");
    /** Growing after an extend. */
    public static final VolumeState EXTENDING = R.known("extending");
    /** Being restored from a snapshot. */
    public static final VolumeState RESTORING = R.known("restoring");
    /** Being filled from its source (fork). */
    public static final VolumeState HYDRATING = R.known("hydrating");
    /** Being recovered. */
    public static final VolumeState RECOVERING = R.known("recovering");
    /** Deletion scheduled. */
    public static final VolumeState SCHEDULING_DESTROY = R.known("scheduling_destroy");
    /** Cleaning up after a fork. */
    public static final VolumeState FORK_CLEANUP = R.known("fork_cleanup");
    /** Waiting for its machine to let go. */
    public static final VolumeState WAITING_FOR_DETACH = R.known("waiting_for_detach");
    /** About to be destroyed. */
    public static final VolumeState PENDING_DESTROY = R.known("pending_destroy");
    /** Being destroyed. */
    public static final VolumeState DESTROYING = R.known("destroying");
    /** Destroyed. */
    public static final VolumeState DESTROYED = R.known("destroyed");

    private VolumeState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static VolumeState of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<VolumeState> values() {
        return R.values();
    }
}
