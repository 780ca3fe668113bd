package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The transport protocol of a service: {@code tcp} or {@code udp}.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class Protocol extends OpenEnum {
    private static final EnumRegistry<Protocol> R = new EnumRegistry<>(Protocol::new);

    /** TCP. */
    public static final Protocol TCP = R.known("tcp");
    /** UDP. */
    public static final Protocol UDP = R.known("udp");

    private Protocol(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static Protocol of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<Protocol> values() {
        return R.values();
    }
}
