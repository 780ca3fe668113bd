package io.github.flymachines.observe;

import java.util.List;
import java.util.Objects;

/**
 * A call that starts: a redacted view of the request. It holds no token, no lease nonce (only
 * whether one is sent), no body and no query, so no env value or secret can reach a listener.
 *
 * @param operation the operation, the name of the SDK's operation constant, e.g.
 *        {@code MACHINES_CREATE} (low cardinality)
 * @param operationId the spec's {@code operationId}, e.g. {@code Machines_create}
 * @param method the HTTP method
 * @param path the request path (from {@code /v1}; app, machine ids and names only)
 * @param app the app, or null when the operation has none
 * @param machineId the machine id, or null when the operation has none
 * @param regions the fallback regions of a create, in order (empty otherwise)
 * @param leased whether the request carries a lease nonce
 */
public record CallStart(String operation, String operationId, String method, String path, String app,
        String machineId, List<String> regions, boolean leased) {
    /**
     * Creates the record.
     *
     * @param operation the operation name
     * @param operationId the spec's operation id
     * @param method the HTTP method
     * @param path the path
     * @param app the app or null
     * @param machineId the machine id or null
     * @param regions the fallback regions
     * @param leased whether a nonce is sent
     */
    public CallStart {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        regions = List.copyOf(regions);
    }
}
