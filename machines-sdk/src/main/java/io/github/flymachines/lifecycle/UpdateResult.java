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
 */
public record UpdateResult(Machine machine, ConfigDiff diff, WaitOutcome settled, Duration took) {
    /** @return whether an update was sent (false for a dry run or no changes) */
    public boolean applied() {
        return machine != null;
    }

    /** @return the new version, when applied */
    public Optional<String> newVersion() {
        return machine == null ? Optional.empty() : Optional.ofNullable(machine.currentVersion());
    }
}
