package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.ExtendVolumeResult;
import io.github.flymachines.model.UpdateVolumeRequest;
import io.github.flymachines.model.Volume;
import io.github.flymachines.model.VolumeSnapshot;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One volume: {@code fly.app("my-app").volumes().volume("vol_123")}. Read, update settings,
 * delete, extend and snapshots. Every method has an {@code Async} twin. Immutable and thread-safe.
 */
public final class VolumeClient {
    private static final TypeReference<List<VolumeSnapshot>> SNAPSHOT_LIST = new TypeReference<>() {
    };

    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;
    private final String id;

    VolumeClient(ClientContext ctx, RequestOptions options, String app, String id) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
        this.id = id;
    }

    /** @return the volume id */
    public String id() {
        return id;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public VolumeClient withOptions(RequestOptions value) {
        return new VolumeClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app, id);
    }

    private ApiRequest.Builder request(Operation op) {
        return ApiRequest.builder(op).path("app_name", app).path("volume_id", id);
    }

    /**
     * Reads the volume.
     *
     * @return the volume
     */
    public Volume get() {
        return Futures.join(getAsync());
    }

    /**
     * Reads the volume.
     *
     * @return the volume
     */
    public CompletableFuture<Volume> getAsync() {
        return Requests.run(() -> ctx.send(request(Operation.VOLUMES_GET).build(), Decoders.<Volume>json(Volume.class),
                options));
    }

    /**
     * Changes the snapshot settings (at least one must be set; retention 1 to 60 days).
     *
     * @param update the settings
     * @return the volume after the change
     */
    public Volume update(UpdateVolumeRequest update) {
        return Futures.join(updateAsync(update));
    }

    /**
     * Changes the snapshot settings.
     *
     * @param update the settings
     * @return the volume after the change
     */
    public CompletableFuture<Volume> updateAsync(UpdateVolumeRequest update) {
        return Requests.run(() -> {
            SurfaceValidator.updateVolume(update);
            return ctx.send(request(Operation.VOLUMES_UPDATE).body(update).build(), Decoders.<Volume>json(Volume.class),
                    options);
        });
    }

    /**
     * Deletes the volume. Its data is gone; snapshots stay for their retention.
     *
     * @return the volume as the API last described it
     */
    public Volume delete() {
        return Futures.join(deleteAsync());
    }

    /**
     * Deletes the volume.
     *
     * @return the volume as the API last described it (null when the API answers without a body)
     */
    public CompletableFuture<Volume> deleteAsync() {
        return Requests.run(() -> ctx.send(request(Operation.VOLUMES_DELETE).build(),
                Decoders.<Volume>jsonOrNull(Volume.class), options));
    }

    /**
     * Grows the volume. Volumes only grow; {@link ExtendVolumeResult#restartNeeded()} tells whether
     * the attached Machine must restart to see the new size.
     *
     * @param sizeGb the new size in GB (1 to 500, larger than the current size)
     * @return the volume and whether a restart is needed
     */
    public ExtendVolumeResult extend(int sizeGb) {
        return Futures.join(extendAsync(sizeGb));
    }

    /**
     * Grows the volume. See {@link #extend(int)}.
     *
     * @param sizeGb the new size in GB
     * @return the volume and whether a restart is needed
     */
    public CompletableFuture<ExtendVolumeResult> extendAsync(int sizeGb) {
        return Requests.run(() -> {
            SurfaceValidator.extendVolume(sizeGb);
            return ctx.send(request(Operation.VOLUMES_EXTEND).body(new ExtendBody(sizeGb)).build(),
                    Decoders.<ExtendVolumeResult>json(ExtendVolumeResult.class), options);
        });
    }

    /**
     * Lists the volume's snapshots.
     *
     * @return the snapshots
     */
    public List<VolumeSnapshot> snapshots() {
        return Futures.join(snapshotsAsync());
    }

    /**
     * Lists the volume's snapshots.
     *
     * @return the snapshots
     */
    public CompletableFuture<List<VolumeSnapshot>> snapshotsAsync() {
        return Requests.run(() -> ctx.send(request(Operation.VOLUMES_LIST_SNAPSHOTS).build(),
                Decoders.<List<VolumeSnapshot>>json(SNAPSHOT_LIST.getType()), options).thenApply(Models::list));
    }

    /**
     * Starts a snapshot now (on top of the daily ones). The API answers before the snapshot is
     * done; list the snapshots to follow it. Not retried after an ambiguous failure.
     */
    public void createSnapshot() {
        Futures.join(createSnapshotAsync());
    }

    /**
     * Starts a snapshot now.
     *
     * @return completes when the API accepted the request
     */
    public CompletableFuture<Void> createSnapshotAsync() {
        return Requests.run(() -> ctx.send(request(Operation.VOLUMES_CREATE_SNAPSHOT).build(), Decoders.none(),
                options));
    }

    record ExtendBody(@JsonProperty("size_gb") int sizeGb) {
    }
}
