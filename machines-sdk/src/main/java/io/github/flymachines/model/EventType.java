package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The type of a machine event ({@code launch}, {@code start}, {@code exit}, ...).
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class EventType extends OpenEnum {
    private static final EnumRegistry<EventType> R = new EnumRegistry<>(EventType::new);

    /** A {@code launch} event. */
    public static final EventType LAUNCH = R.known("launch");
    /** A {@code start} event. */
    public static final EventType START = R.known("start");
    /** A {@code stop} event. */
    public static final EventType STOP = R.known("stop");
    /** A {@code exit} event. */
    public static final EventType EXIT = R.known("exit");
    /** A {@code restart} event. */
    public static final EventType RESTART = R.known("restart");
    /** A {@code update} event. */
    public static final EventType UPDATE = R.known("update");
    /** A {@code destroy} event. */
    public static final EventType DESTROY = R.known("destroy");
    /** A {@code suspend} event. */
    public static final EventType SUSPEND = R.known("suspend");
    /** A {@code resume} event. */
    public static final EventType RESUME = R.known("resume");
    /** A {@code cordon} event. */
    public static final EventType CORDON = R.known("cordon");
    /** A {@code uncordon} event. */
    public static final EventType UNCORDON = R.known("uncordon");
    /** A {@code exec} event. */
    public static final EventType EXEC = R.known("exec");
    /** A {@code check} event. */
    public static final EventType CHECK = R.known("check");
    /** A {@code oom} event. */
    public static final EventType OOM = R.known("oom");
    /** A {@code kill} event. */
    public static final EventType KILL = R.known("kill");

    private EventType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static EventType of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<EventType> values() {
        return R.values();
    }
}
