package io.github.flymachines.lifecycle;

import io.github.flymachines.model.Machine;
import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of an orchestrated update.
 *
 * @param machine the machine as the update call returned it (with its new version), or null for a
 *        dry run or an update with no changes
 * @param diff what changed
 * @param settled how the wait for the new version ended, or null when nothing was sent
 * @param took from taking the lease to the machine settling
 * @param appliedByEarlierAttempt true when an attempt whose answer was lost had applied the update:
 *        the retry was refused over the version and a re-read found the requested config in place
 *        ({@link #machine()} is then the re-read machine)
 */
public record UpdateResult(Machine machine, ConfigDiff diff, WaitOutcome settled, Duration took,
        boolean appliedByEarlierAttempt) {
    /**
     * Creates a result for an update that the attempt it answered applied.
     *
     * @param machine the machine as the update call returned it, or null when nothing was sent
     * @param diff what changed
     * @param settled how the wait for the new version ended, or null when nothing was sent
     * @param took from taking the lease to the machine settling
     */
    public UpdateResult(Machine machine, ConfigDiff diff, WaitOutcome settled, Duration took) {
        this(machine, diff, settled, took, false);
    }

    /** @return whether an update was sent (false for a dry run or no changes) */
    public boolean applied() {
        return machine != null;
    }

    /** @return the new version, when applied */
    public Optional<String> newVersion() {
        return machine == null ? Optional.empty() : Optional.ofNullable(machine.currentVersion());
    }
}
