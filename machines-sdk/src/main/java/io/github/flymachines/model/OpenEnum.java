package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the SDK's "open" enumerations: a set of known values plus any other string the API
 * sends. Parsing never fails on a value this SDK does not know yet, and the raw string is written
 * back unchanged, so an update never rewrites a value the SDK does not understand.
 *
 * <p>Instances compare by class and raw value. Use {@link #isKnown()} to tell the documented
 * constants from values added to the API after this SDK was released.
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    /**
     * Creates a value.
     *
     * @param value the raw wire string, not null
     * @param known whether the value is one of the documented constants
     */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /**
     * Returns the raw string used on the wire.
     *
     * @return the raw value
     */
    @JsonValue
    public final String value() {
        return value;
    }

    /**
     * Tells whether this value is one of the constants documented when this SDK was built.
     *
     * @return {@code true} for a documented constant, {@code false} for a value from a newer API
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** Returns the raw value. */
    @Override
    public final String toString() {
        return value;
    }
}
