package io.github.flymachines.observe;

import java.util.Objects;

/**
 * The look-up the SDK makes after an attempt whose outcome is unknown: a create that timed out or
 * got a 5xx may have made the resource, which is then adopted instead of created twice.
 *
 * @param call the call (a create)
 * @param attempt the attempt number the look-up precedes
 * @param adopted whether the resource was found (and is the call's result)
 * @param resourceId the id (machine) or name (app) of the adopted resource, or null when not found
 */
public record Adoption(CallStart call, int attempt, boolean adopted, String resourceId) {
    /**
     * Creates the record.
     *
     * @param call the call
     * @param attempt the attempt number
     * @param adopted whether found
     * @param resourceId the id or null
     */
    public Adoption {
        Objects.requireNonNull(call, "call");
    }
}
