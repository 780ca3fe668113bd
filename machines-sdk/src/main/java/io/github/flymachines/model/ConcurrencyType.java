package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * What a service counts towards its concurrency limits.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class ConcurrencyType extends OpenEnum {
    private static final EnumRegistry<ConcurrencyType> R = new EnumRegistry<>(ConcurrencyType::new);

    /** Count open connections (default). */
    public static final ConcurrencyType CONNECTIONS = R.known("connections");
    /** Count HTTP requests in flight. */
    public static final ConcurrencyType REQUESTS = R.known("requests");

    private ConcurrencyType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static ConcurrencyType of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<ConcurrencyType> values() {
        return R.values();
    }
}
