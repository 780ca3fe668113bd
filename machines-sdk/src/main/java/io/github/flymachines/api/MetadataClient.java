package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The metadata of one Machine: read all, read one key, set, delete, and batch replace or patch.
 * Metadata calls are not lease-guarded. Every method has an {@code Async} twin.
 */
public final class MetadataClient {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final MachineClient machine;

    MetadataClient(MachineClient machine) {
        this.machine = machine;
    }

    /**
     * Reads all metadata.
     *
     * @return the key/value pairs
     */
    public Map<String, String> all() {
        return Futures.join(allAsync());
    }

    /**
     * Reads all metadata.
     *
     * @return the key/value pairs
     */
    public CompletableFuture<Map<String, String>> allAsync() {
        return Requests.run(() -> machine.send(machine.request(Operation.MACHINES_SHOW_METADATA).build(),
                Decoders.<Map<String, String>>json(STRING_MAP.getType())).thenApply(Models::map));
    }

    /**
     * Reads one key.
     *
     * @param key the key
     * @return the value, or empty when the key is not set
     */
    public Optional<String> get(String key) {
        return Futures.join(getAsync(key));
    }

    /**
     * Reads one key.
     *
     * @param key the key
     * @return the value, or empty when the key is not set
     */
    public CompletableFuture<Optional<String>> getAsync(String key) {
        return Requests.run(() -> machine.send(machine.request(Operation.MACHINES_GET_METADATA_KEY)
                .path("key", key).build(), Decoders.<ValueBody>json(ValueBody.class))
                .thenApply(v -> Optional.ofNullable(v.value()))
                .exceptionally(e -> {
                    if (Futures.unwrap(e) instanceof NotFoundException) {
                        return Optional.empty();
                    }
                    throw e instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(e);
                }));
    }

    /**
     * Sets one key.
     *
     * @param key the key
     * @param value the value
     */
    public void set(String key, String value) {
        Futures.join(setAsync(key, value));
    }

    /**
     * Sets one key.
     *
     * @param key the key
     * @param value the value
     * @return completes when stored
     */
    public CompletableFuture<Void> setAsync(String key, String value) {
        return Requests.run(() -> {
            if (value == null) {
                throw new FlyValidationException("value", "is required (use delete to remove a key)");
            }
            return machine.send(machine.request(Operation.MACHINES_UPSERT_METADATA).path("key", key)
                    .body(new ValueBody(value, null)).build(), Decoders.none());
        });
    }

    /**
     * Deletes one key.
     *
     * @param key the key
     */
    public void delete(String key) {
        Futures.join(deleteAsync(key));
    }

    /**
     * Deletes one key.
     *
     * @param key the key
     * @return completes when deleted
     */
    public CompletableFuture<Void> deleteAsync(String key) {
        return Requests.run(() -> machine.send(machine.request(Operation.MACHINES_DELETE_METADATA).path("key", key)
                .build(), Decoders.none()));
    }

    /**
     * Replaces all metadata at once ({@code PUT}).
     *
     * @param metadata the new key/value pairs
     * @param machineVersion if not null, the update fails with 412 unless the machine is still at this version
     */
    public void replace(Map<String, String> metadata, String machineVersion) {
        io.github.flymachines.internal.validate.Args.notNull(metadata, "metadata");
        Futures.join(replaceAsync(metadata, machineVersion));
    }

    /**
     * Replaces all metadata at once ({@code PUT}).
     *
     * @param metadata the new key/value pairs
     * @param machineVersion if not null, the update fails with 412 unless the machine is still at this version
     * @return completes when stored
     */
    public CompletableFuture<Void> replaceAsync(Map<String, String> metadata, String machineVersion) {
        return Requests.runWith(metadata, "metadata", () -> machine.send(
                machine.request(Operation.MACHINES_REPLACE_METADATA)
                        .body(new BatchBody(Models.map(metadata), machineVersion)).build(), Decoders.none()));
    }

    /**
     * Changes several keys at once ({@code PATCH}); a key mapped to the empty string or null is deleted.
     *
     * @param changes the keys to set (or delete, with "" or null)
     * @param machineVersion if not null, the update fails with 412 unless the machine is still at this version
     */
    public void patch(Map<String, String> changes, String machineVersion) {
        io.github.flymachines.internal.validate.Args.notNull(changes, "changes");
        Futures.join(patchAsync(changes, machineVersion));
    }

    /**
     * Changes several keys at once ({@code PATCH}); a key mapped to the empty string or null is deleted.
     *
     * @param changes the keys to set (or delete, with "" or null)
     * @param machineVersion if not null, the update fails with 412 unless the machine is still at this version
     * @return completes when stored
     */
    public CompletableFuture<Void> patchAsync(Map<String, String> changes, String machineVersion) {
        return Requests.runWith(changes, "changes", () -> {
            // a key mapped to null means "delete" as much as "" does: send it as "" instead of dropping it
            Map<String, String> body = new LinkedHashMap<>();
            changes.forEach((k, v) -> {
                if (k != null) {
                    body.put(k, v == null ? "" : v);
                }
            });
            return machine.send(machine.request(Operation.MACHINES_PATCH_METADATA)
                    .body(new BatchBody(body, machineVersion)).build(), Decoders.none());
        });
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ValueBody(@JsonProperty("value") String value, @JsonProperty("updated_at") String updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchBody(@JsonProperty("metadata") Map<String, String> metadata,
            @JsonProperty("machine_version") String machineVersion) {
    }
}
