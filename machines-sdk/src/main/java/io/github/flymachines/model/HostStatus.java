package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * Whether the host of a Machine is reachable: {@code ok}, {@code unknown} or {@code unreachable}.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class HostStatus extends OpenEnum {
    private static final EnumRegistry<HostStatus> R = new EnumRegistry<>(HostStatus::new);

    /** Reachable. */
    public static final HostStatus OK = R.known("ok");
    /** Status unknown. */
    public static final HostStatus UNKNOWN = R.known("unknown");
    /** Unreachable; the machine config may be incomplete. */
    public static final HostStatus UNREACHABLE = R.known("unreachable");

    private HostStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static HostStatus of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<HostStatus> values() {
        return R.values();
    }
}
