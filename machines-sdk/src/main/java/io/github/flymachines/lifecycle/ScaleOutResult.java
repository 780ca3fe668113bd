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
 * @param outcomes one per machine asked for, in index order: its region, or its failure and cause
 */
public record ScaleOutResult(List<Machine> started, List<Failure> failures, List<String> rolledBack, Duration took,
        List<Outcome> outcomes) {
    /**
     * What became of one machine of the scale-out.
     *
     * @param index its position in the scale-out (0-based)
     * @param region the region it started in, or (when it failed) the one it asked for first, or null
     * @param machine the started machine, or null when it failed
     * @param error why it failed, or null when it started
     */
    public record Outcome(int index, String region, Machine machine, FlyException error) {
        /** @return whether the machine started */
        public boolean started() {
            return machine != null;
        }
    }

    /**
     * Creates a result without per-machine outcomes.
     *
     * @param started the machines that were created and started
     * @param failures the machines that could not be created or started
     * @param rolledBack ids of machines destroyed because of the rollback policy
     * @param took how long it all took
     */
    public ScaleOutResult(List<Machine> started, List<Failure> failures, List<String> rolledBack, Duration took) {
        this(started, failures, rolledBack, took, List.of());
    }

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
     * @param outcomes one per machine asked for, in index order
     */
    public ScaleOutResult {
        outcomes = Models.list(outcomes);
        started = Models.list(started);
        failures = Models.list(failures);
        rolledBack = Models.list(rolledBack);
    }

    /** @return whether every machine started */
    public boolean complete() {
        return failures.isEmpty();
    }
}
