package io.github.flymachines.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.flymachines.internal.json.AutostopJson;
import java.util.Objects;

/**
 * What the Fly proxy does with an idle Machine of a service: {@link #OFF}, {@link #STOP} or
 * {@link #SUSPEND}.
 *
 * <p>The API accepts a string or a boolean and still answers with {@code false}/{@code true} for
 * off/stop. This type reads both and always writes the string form the OpenAPI spec documents
 * ({@code true} is written back as {@code "stop"}, which the API treats the same).
 */
@JsonSerialize(using = AutostopJson.Serializer.class)
@JsonDeserialize(using = AutostopJson.Deserializer.class)
public final class Autostop {
    /** Never stop idle machines. */
    public static final Autostop OFF = new Autostop("off");
    /** Stop idle machines. */
    public static final Autostop STOP = new Autostop("stop");
    /** Suspend idle machines, falling back to stop. */
    public static final Autostop SUSPEND = new Autostop("suspend");

    private final String mode;

    private Autostop(String mode) {
        this.mode = mode;
    }

    /**
     * Parses a string value ({@code off}, {@code stop}, {@code suspend}, or any newer mode).
     *
     * @param mode the raw mode
     * @return the value
     */
    public static Autostop of(String mode) {
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case "off" -> OFF;
            case "stop" -> STOP;
            case "suspend" -> SUSPEND;
            default -> new Autostop(mode);
        };
    }

    /**
     * Reads the legacy boolean form: {@code true} is stop, {@code false} is off.
     *
     * @param stop the boolean from the wire
     * @return {@link #STOP} or {@link #OFF}
     */
    public static Autostop ofBoolean(boolean stop) {
        return stop ? STOP : OFF;
    }

    /**
     * Returns the mode: {@code off}, {@code stop}, {@code suspend} or a newer one.
     *
     * @return the mode
     */
    public String mode() {
        return mode;
    }

    /** Compares by mode only: {@code true} equals {@code "stop"}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Autostop a && a.mode.equals(mode);
    }

    @Override
    public int hashCode() {
        return mode.hashCode();
    }

    @Override
    public String toString() {
        return mode;
    }
}
