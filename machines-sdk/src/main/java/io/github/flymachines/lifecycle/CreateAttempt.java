package io.github.flymachines.lifecycle;

import io.github.flymachines.errors.FlyException;
import java.util.Objects;

/**
 * One failed attempt of a machine create, as reported to
 * {@link io.github.flymachines.api.MachinesClient#withCreateAttemptListener}: where it went, why it
 * failed and whether the SDK tries again (in the same region after a back-off, or in the next of
 * the request's fallback regions after a capacity error).
 *
 * @param attempt the attempt number, from 1
 * @param region the region the attempt asked for, or null when the request named none
 * @param failure why it failed (messages never hold secrets)
 * @param retrying whether another attempt follows
 */
public record CreateAttempt(int attempt, String region, FlyException failure, boolean retrying) {
    /**
     * Creates the record.
     *
     * @param attempt the attempt number, from 1
     * @param region the region the attempt asked for, or null
     * @param failure why it failed
     * @param retrying whether another attempt follows
     */
    public CreateAttempt {
        Objects.requireNonNull(failure, "failure");
    }

    /** @return e.g. {@code attempt 1 -> ord: CapacityException: ... (retrying)} */
    @Override
    public String toString() {
        return "attempt " + attempt + " -> " + (region == null ? "(default region)" : region) + ": "
                + failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (retrying ? " (retrying)" : " (giving up)");
    }
}
