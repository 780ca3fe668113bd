package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The kind of CPU of a guest: {@code shared} or {@code performance}.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class CpuKind extends OpenEnum {
    private static final EnumRegistry<CpuKind> R = new EnumRegistry<>(CpuKind::new);

    /** Shared vCPUs (256 MB steps, 256 to 2048 MB per CPU). */
    public static final CpuKind SHARED = R.known("shared");
    /** Dedicated vCPUs (1024 MB steps, 2048 to 8192 MB per CPU). */
    public static final CpuKind PERFORMANCE = R.known("performance");

    private CpuKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static CpuKind of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<CpuKind> values() {
        return R.values();
    }
}
