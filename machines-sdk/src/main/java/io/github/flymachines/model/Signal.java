package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * A POSIX signal name as used by stop, signal and restart (for example {@code SIGTERM}).
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class Signal extends OpenEnum {
    private static final EnumRegistry<Signal> R = new EnumRegistry<>(Signal::new);

    /** SIGABRT. */
    public static final Signal SIGABRT = R.known("SIGABRT");
    /** SIGALRM. */
    public static final Signal SIGALRM = R.known("SIGALRM");
    /** SIGFPE. */
    public static final Signal SIGFPE = R.known("SIGFPE");
    /** SIGHUP. */
    public static final Signal SIGHUP = R.known("SIGHUP");
    /** SIGILL. */
    public static final Signal SIGILL = R.known("SIGILL");
    /** SIGINT. */
    public static final Signal SIGINT = R.known("SIGINT");
    /** SIGKILL. */
    public static final Signal SIGKILL = R.known("SIGKILL");
    /** SIGPIPE. */
    public static final Signal SIGPIPE = R.known("SIGPIPE");
    /** SIGQUIT. */
    public static final Signal SIGQUIT = R.known("SIGQUIT");
    /** SIGSEGV. */
    public static final Signal SIGSEGV = R.known("SIGSEGV");
    /** SIGTERM. */
    public static final Signal SIGTERM = R.known("SIGTERM");
    /** SIGTRAP. */
    public static final Signal SIGTRAP = R.known("SIGTRAP");
    /** SIGUSR1. */
    public static final Signal SIGUSR1 = R.known("SIGUSR1");
    /** SIGUSR2. */
    public static final Signal SIGUSR2 = R.known("SIGUSR2");

    private Signal(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static Signal of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<Signal> values() {
        return R.values();
    }
}
