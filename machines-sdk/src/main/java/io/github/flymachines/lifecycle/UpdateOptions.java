package io.github.flymachines.lifecycle;

import java.time.Duration;

/**
 * Options of an orchestrated update.
 *
 * @param waitTimeout how long to wait for the new version to settle (default 5 min, as flyctl)
 * @param leaseTtl the TTL of the lease held during the update (refreshed in the background)
 * @param dryRun only compute the diff; send nothing
 * @param minSecretsVersion the app secrets version the new version must see, or null
 */
public record UpdateOptions(Duration waitTimeout, Duration leaseTtl, boolean dryRun, Long minSecretsVersion) {
    /** The defaults: 5 minute wait, 30 s lease, not a dry run. */
    public static final UpdateOptions DEFAULTS = new UpdateOptions(Duration.ofMinutes(5), Duration.ofSeconds(30),
            false, null);

    /**
     * Creates the record. Checks the durations.
     *
     * @param waitTimeout how long to wait for the new version to settle (default 5 min, as flyctl)
     * @param leaseTtl the TTL of the lease held during the update (refreshed in the background)
     * @param dryRun only compute the diff; send nothing
     * @param minSecretsVersion the app secrets version the new version must see, or null
     */
    public UpdateOptions {
        io.github.flymachines.internal.validate.Args.notNull(waitTimeout, "waitTimeout");
        io.github.flymachines.internal.validate.Args.notNull(leaseTtl, "leaseTtl");
        if (leaseTtl.getSeconds() < 1) {
            throw new io.github.flymachines.errors.FlyValidationException("leaseTtl", "must be at least 1 s: " + leaseTtl);
        }
    }

    /**
     * Returns a copy that only computes the diff.
     *
     * @return the copy
     */
    public UpdateOptions asDryRun() {
        return new UpdateOptions(waitTimeout, leaseTtl, true, minSecretsVersion);
    }

    /**
     * Returns a copy with another wait timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public UpdateOptions withWaitTimeout(Duration value) {
        return new UpdateOptions(value, leaseTtl, dryRun, minSecretsVersion);
    }

    /**
     * Returns a copy with another lease TTL.
     *
     * @param value the TTL
     * @return the copy
     */
    public UpdateOptions withLeaseTtl(Duration value) {
        return new UpdateOptions(waitTimeout, value, dryRun, minSecretsVersion);
    }

    /**
     * Returns a copy requiring a secrets version.
     *
     * @param value the version from a secrets update
     * @return the copy
     */
    public UpdateOptions withMinSecretsVersion(Long value) {
        return new UpdateOptions(waitTimeout, leaseTtl, dryRun, value);
    }
}
