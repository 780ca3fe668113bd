package io.github.flymachines.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.Volume;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The volumes of one app: {@code fly.app("my-app").volumes()}. List and create here; one volume's
 * operations on {@link #volume(String)}. Every method has an {@code Async} twin returning a
 * {@link CompletableFuture}; the blocking form throws the SDK's typed exceptions. Immutable and
 * thread-safe.
 */
public final class VolumesClient {
    private static final TypeReference<List<Volume>> VOLUME_LIST = new TypeReference<>() {
    };

    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;

    VolumesClient(ClientContext ctx, RequestOptions options, String app) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public VolumesClient withOptions(RequestOptions value) {
        return new VolumesClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app);
    }

    /**
     * Returns one volume.
     *
     * @param volumeId the volume id ({@code vol_...})
     * @return the volume client
     * @throws io.github.flymachines.errors.FlyValidationException when the id is empty or unsafe in a URL
     */
    public VolumeClient volume(String volumeId) {
        ApiRequest.segment("volume_id", volumeId);
        return new VolumeClient(ctx, options, app, volumeId);
    }

    /**
     * Lists the app's volumes, destroyed ones included while the API still shows them.
     *
     * @return the volumes
     */
    public List<Volume> list() {
        return Futures.join(listAsync());
    }

    /**
     * Lists the app's volumes.
     *
     * @return the volumes
     */
    public CompletableFuture<List<Volume>> listAsync() {
        return listAsync(null);
    }

    /**
     * Lists the app's volumes, optionally as summaries (without usage figures).
     *
     * @param summary true for summaries, null for the API default
     * @return the volumes
     */
    public List<Volume> list(Boolean summary) {
        return Futures.join(listAsync(summary));
    }

    /**
     * Lists the app's volumes, optionally as summaries.
     *
     * @param summary true for summaries, null for the API default
     * @return the volumes
     */
    public CompletableFuture<List<Volume>> listAsync(Boolean summary) {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.VOLUMES_LIST).path("app_name", app)
                .query("summary", summary).build(), Decoders.<List<Volume>>json(VOLUME_LIST.getType()), options)
                .thenApply(Models::list));
    }

    /**
     * Creates a volume, validated first: name, region (unless forking), size (unless restoring or
     * forking), retention 1 to 60, and not both a snapshot and a source volume. Not retried after
     * an ambiguous failure (a retry could create a second volume); a definite refusal (capacity,
     * 429) is retried.
     *
     * @param request the volume to create
     * @return the volume
     */
    public Volume create(CreateVolumeRequest request) {
        return Futures.join(createAsync(request));
    }

    /**
     * Creates a volume. See {@link #create(CreateVolumeRequest)}.
     *
     * @param request the volume to create
     * @return the volume
     */
    public CompletableFuture<Volume> createAsync(CreateVolumeRequest request) {
        return Requests.run(() -> {
            SurfaceValidator.createVolume(request);
            return ctx.send(ApiRequest.builder(Operation.VOLUMES_CREATE).path("app_name", app).body(request).build(),
                    Decoders.<Volume>json(Volume.class), options);
        });
    }
}
