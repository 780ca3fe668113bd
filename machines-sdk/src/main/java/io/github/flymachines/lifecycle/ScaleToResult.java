package io.github.flymachines.lifecycle;

import io.github.flymachines.internal.util.Models;
import io.github.flymachines.model.Machine;
import java.time.Duration;
import java.util.List;

/**
 * What a reconcile ({@code scaleTo}) did.
 *
 * @param machines the group's started machines afterwards, oldest first
 * @param created ids of the machines it created
 * @param started ids of existing machines it started
 * @param destroyed ids of the machines it destroyed (extras, and failed machines it replaced)
 * @param failures the creates, starts or destroys that failed
 * @param took how long it all took
 */
public record ScaleToResult(List<Machine> machines, List<String> created, List<String> started,
        List<String> destroyed, List<ScaleOutResult.Failure> failures, Duration took) {

    /**
     * Creates the record. Copies the lists.
     *
     * @param machines the group's started machines afterwards, oldest first
     * @param created ids of the machines it created
     * @param started ids of existing machines it started
     * @param destroyed ids of the machines it destroyed
     * @param failures the steps that failed
     * @param took how long it all took
     */
    public ScaleToResult {
        machines = Models.list(machines);
        created = Models.list(created);
        started = Models.list(started);
        destroyed = Models.list(destroyed);
        failures = Models.list(failures);
    }

    /** @return whether nothing failed */
    public boolean complete() {
        return failures.isEmpty();
    }
}
