package io.github.flymachines.lifecycle;

import io.github.flymachines.errors.FlyException;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.model.Machine;
import java.time.Duration;
import java.util.List;

/**
 * What a scale-out did.
 *
 * @param started the machines that were created and started
 * @param failures the machines that could not be created or started
 * @param rolledBack ids of machines destroyed because of the rollback policy
 * @param took how long it all took
 */
public record ScaleOutResult(List<Machine> started, List<Failure> failures, List<String> rolledBack, Duration took) {
    /**
     * One machine that failed.
     *
     * @param index its position in the scale-out (0-based)
     * @param region the region it was meant for, or null
     * @param error why
     */
    public record Failure(int index, String region, FlyException error) {
    }

    /**
     * Creates the record. Copies the lists.
     *
     * @param started the machines that were created and started
     * @param failures the machines that could not be created or started
     * @param rolledBack ids of machines destroyed because of the rollback policy
     * @param took how long it all took
     */
    public ScaleOutResult {
        started = Models.list(started);
        failures = Models.list(failures);
        rolledBack = Models.list(rolledBack);
    }

    /** @return whether every machine started */
    public boolean complete() {
        return failures.isEmpty();
    }
}
