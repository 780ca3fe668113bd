package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * Whether a Machine keeps its root filesystem across restarts.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class RootfsPersist extends OpenEnum {
    private static final EnumRegistry<RootfsPersist> R = new EnumRegistry<>(RootfsPersist::new);

    /** Start from a blank root filesystem every time. */
    public static final RootfsPersist NEVER = R.known("never");
    /** Keep it always. */
    public static final RootfsPersist ALWAYS = R.known("always");
    /** Keep it across restarts only. */
    public static final RootfsPersist RESTART = R.known("restart");

    private RootfsPersist(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static RootfsPersist of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<RootfsPersist> values() {
        return R.values();
    }
}
