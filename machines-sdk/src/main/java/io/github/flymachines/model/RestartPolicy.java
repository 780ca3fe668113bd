package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * What the platform does when the main process of a Machine exits.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class RestartPolicy extends OpenEnum {
    private static final EnumRegistry<RestartPolicy> R = new EnumRegistry<>(RestartPolicy::new);

    /** Never restart; the machine stops (or is destroyed with {@code auto_destroy}). */
    public static final RestartPolicy NO = R.known("no");
    /** Always restart. */
    public static final RestartPolicy ALWAYS = R.known("always");
    /** Restart on a non-zero exit, up to {@code max_retries} times (the default). */
    public static final RestartPolicy ON_FAILURE = R.known("on-failure");
    /** Restart on spot-price eviction (older API). */
    public static final RestartPolicy SPOT_PRICE = R.known("spot-price");

    private RestartPolicy(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static RestartPolicy of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<RestartPolicy> values() {
        return R.values();
    }
}
