package io.github.flymachines.lifecycle;

import java.time.Duration;

/**
 * Options of {@code MachinesClient.run}: how long to wait for {@code started}, and whether to keep
 * a machine that was created but failed to start.
 *
 * @param waitTimeout how long to wait for {@code started} (default 5 min, as flyctl)
 * @param keepOnFailure keep the machine when something fails after it exists (default: destroy it,
 *        so no billable machine leaks)
 */
public record RunOptions(Duration waitTimeout, boolean keepOnFailure) {
    /** The defaults: wait up to 5 minutes, destroy on failure. */
    public static final RunOptions DEFAULTS = new RunOptions(Duration.ofMinutes(5), false);

    /**
     * Creates the record. Checks the timeout.
     *
     * @param waitTimeout how long to wait for {@code started} (default 5 min, as flyctl)
     * @param keepOnFailure keep the machine when something fails after it exists (default: destroy it,
     *        so no billable machine leaks)
     */
    public RunOptions {
        io.github.flymachines.internal.validate.Args.notNull(waitTimeout, "waitTimeout");
        if (waitTimeout.isNegative() || waitTimeout.isZero()) {
            throw new io.github.flymachines.errors.FlyValidationException("waitTimeout", "must be positive: " + waitTimeout);
        }
    }

    /**
     * Returns a copy with another wait timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public RunOptions withWaitTimeout(Duration value) {
        return new RunOptions(value, keepOnFailure);
    }

    /**
     * Returns a copy that keeps (or not) a machine that failed to start.
     *
     * @param value true to keep it
     * @return the copy
     */
    public RunOptions withKeepOnFailure(boolean value) {
        return new RunOptions(waitTimeout, value);
    }
}
