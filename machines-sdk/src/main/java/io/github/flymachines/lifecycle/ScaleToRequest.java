package io.github.flymachines.lifecycle;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.model.CreateMachineRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * "N started machines of this group": the machines whose metadata carries every pair of
 * {@code selector} are reconciled to {@code count} started ones. Missing machines are created from
 * {@code template} (with the selector written into their metadata), stopped ones are started,
 * failed ones replaced, and the newest extras destroyed.
 *
 * @param template the machine to create when some are missing (its name must be unset)
 * @param count how many started machines the group should have (0 or more)
 * @param selector the metadata pairs that make a machine part of the group (at least one)
 * @param regions the regions new machines spread over, each falling back through the rest (empty:
 *        the template's)
 * @param concurrency how many creates may be in flight at once
 * @param waitTimeout how long each machine may take to start, stop or be destroyed
 */
public record ScaleToRequest(CreateMachineRequest template, int count, Map<String, String> selector,
        List<String> regions, int concurrency, Duration waitTimeout) {

    /**
     * Creates the record. Checks the values and copies the collections.
     *
     * @param template the machine to create when some are missing (its name must be unset)
     * @param count how many started machines the group should have (0 or more)
     * @param selector the metadata pairs that make a machine part of the group (at least one)
     * @param regions the regions new machines spread over (empty: the template's)
     * @param concurrency how many creates may be in flight at once
     * @param waitTimeout how long each machine may take to start, stop or be destroyed
     * @throws FlyValidationException when a value is missing or out of range
     */
    public ScaleToRequest {
        if (template == null) {
            throw new FlyValidationException("template", "is required");
        }
        if (waitTimeout == null || waitTimeout.isNegative() || waitTimeout.isZero()) {
            throw new FlyValidationException("waitTimeout", "must be positive, got " + waitTimeout);
        }
        selector = Models.map(selector);
        regions = Models.list(regions);
        if (selector.isEmpty()) {
            throw new FlyValidationException("selector", "must name at least one metadata pair");
        }
        if (count < 0) {
            throw new FlyValidationException("count", "must not be negative, got " + count);
        }
        if (concurrency < 1) {
            throw new FlyValidationException("concurrency", "must be at least 1, got " + concurrency);
        }
    }

    /**
     * A reconcile with defaults: concurrency 4, 5 minute waits.
     *
     * @param template the machine to create when some are missing
     * @param count how many started machines
     * @param selector the metadata pairs of the group
     * @param regions the regions new machines spread over
     * @return the request
     */
    public static ScaleToRequest of(CreateMachineRequest template, int count, Map<String, String> selector,
            String... regions) {
        return new ScaleToRequest(template, count, selector, List.of(regions), 4, Duration.ofMinutes(5));
    }

    /**
     * Returns a copy with another concurrency.
     *
     * @param value the number of creates in flight
     * @return the copy
     */
    public ScaleToRequest withConcurrency(int value) {
        return new ScaleToRequest(template, count, selector, regions, value, waitTimeout);
    }

    /**
     * Returns a copy with another wait timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public ScaleToRequest withWaitTimeout(Duration value) {
        return new ScaleToRequest(template, count, selector, regions, concurrency, value);
    }
}
