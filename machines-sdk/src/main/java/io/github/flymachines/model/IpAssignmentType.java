package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The kind of IP address to assign to an app.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class IpAssignmentType extends OpenEnum {
    private static final EnumRegistry<IpAssignmentType> R = new EnumRegistry<>(IpAssignmentType::new);

    /** A dedicated public IPv4 address. */
    public static final IpAssignmentType V4 = R.known("v4");
    /** A dedicated public IPv6 address. */
    public static final IpAssignmentType V6 = R.known("v6");
    /** A shared public IPv4 address. */
    public static final IpAssignmentType SHARED_V4 = R.known("shared_v4");
    /** A private (Flycast) IPv6 address. */
    public static final IpAssignmentType PRIVATE_V6 = R.known("private_v6");
    /** A static egress IPv4 address. */
    public static final IpAssignmentType EGRESS_V4 = R.known("egress_v4");
    /** A static egress IPv6 address. */
    public static final IpAssignmentType EGRESS_V6 = R.known("egress_v6");
    /** A pair of static egress addresses (IPv4 and IPv6). */
    public static final IpAssignmentType EGRESS_PAIR = R.known("egress_pair");

    private IpAssignmentType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static IpAssignmentType of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<IpAssignmentType> values() {
        return R.values();
    }
}
