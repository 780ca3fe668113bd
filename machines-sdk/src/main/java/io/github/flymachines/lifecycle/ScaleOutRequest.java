package io.github.flymachines.lifecycle;

import io.github.flymachines.internal.util.Models;
import io.github.flymachines.model.CreateMachineRequest;
import java.time.Duration;
import java.util.List;

/**
 * N machines from one template, spread over regions, created with bounded concurrency. Machine
 * {@code i} asks for region {@code regions[i % n]} first and falls back through the others in
 * order on its own (capacity, or a start that failed). Regions have one place of truth: naming
 * them both here and on the template (its {@code region} or {@code fallbackRegions}) is refused.
 *
 * @param template the machine to create (its name must be unset: names are unique)
 * @param count how many
 * @param regions the regions to spread over, round-robin, each machine falling back through the
 *        rest (empty: the template's region and fallbacks)
 * @param concurrency how many creates may be in flight at once
 * @param onFailure what to do with the machines already created when one fails
 * @param waitTimeout how long each machine may take to start
 */
public record ScaleOutRequest(CreateMachineRequest template, int count, List<String> regions, int concurrency,
        FailurePolicy onFailure, Duration waitTimeout) {

    /** What happens to the machines already created when one fails. */
    public enum FailurePolicy {
        /** Destroy (killing) every machine this scale-out created, then fail with {@link ScaleOutException}. */
        ROLLBACK,
        /** Keep the ones that started and report one outcome per machine (the default). */
        KEEP
    }

    /**
     * Creates the record. Checks the values and copies the regions.
     *
     * @param template the machine to create (its name must be unset: names are unique)
     * @param count how many
     * @param regions the regions to spread over, round-robin, each machine falling back through the
     *        rest (empty: the template's region and fallbacks)
     * @param concurrency how many creates may be in flight at once
     * @param onFailure what to do with the machines already created when one fails
     * @param waitTimeout how long each machine may take to start
     */
    public ScaleOutRequest {
        io.github.flymachines.internal.validate.Args.notNull(template, "template");
        io.github.flymachines.internal.validate.Args.notNull(onFailure, "onFailure");
        io.github.flymachines.internal.validate.Args.notNull(waitTimeout, "waitTimeout");
        regions = Models.list(regions);
        if (count < 1) {
            throw new io.github.flymachines.errors.FlyValidationException("count", "must be at least 1: " + count);
        }
        if (concurrency < 1) {
            throw new io.github.flymachines.errors.FlyValidationException("concurrency", "must be at least 1: " + concurrency);
        }
    }

    /**
     * A scale-out with defaults: concurrency 4, keep what started ({@link FailurePolicy#KEEP}),
     * 5 minute waits.
     *
     * @param template the machine to create
     * @param count how many
     * @param regions the regions to spread over
     * @return the request
     */
    public static ScaleOutRequest of(CreateMachineRequest template, int count, String... regions) {
        return new ScaleOutRequest(template, count, List.of(regions), 4, FailurePolicy.KEEP, Duration.ofMinutes(5));
    }

    /**
     * Returns a copy with another concurrency.
     *
     * @param value the number of creates in flight
     * @return the copy
     */
    public ScaleOutRequest withConcurrency(int value) {
        return new ScaleOutRequest(template, count, regions, value, onFailure, waitTimeout);
    }

    /**
     * Returns a copy with another failure policy.
     *
     * @param value the policy
     * @return the copy
     */
    public ScaleOutRequest withOnFailure(FailurePolicy value) {
        return new ScaleOutRequest(template, count, regions, concurrency, value, waitTimeout);
    }

    /**
     * Returns a copy with another wait timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public ScaleOutRequest withWaitTimeout(Duration value) {
        return new ScaleOutRequest(template, count, regions, concurrency, onFailure, value);
    }
}
