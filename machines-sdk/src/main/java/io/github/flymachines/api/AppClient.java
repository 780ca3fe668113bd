package io.github.flymachines.api;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.model.App;
import java.util.concurrent.CompletableFuture;

/**
 * One app and its resources: {@code fly.app("my-app").machines()...}. Immutable and thread-safe.
 */
public final class AppClient {
    private final ClientContext ctx;
    private final RequestOptions options;
    private final String name;

    AppClient(ClientContext ctx, RequestOptions options, String name) {
        ApiRequest.segment("app_name", name);
        this.ctx = ctx;
        this.options = options;
        this.name = name;
    }

    /** @return the app name */
    public String name() {
        return name;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public AppClient withOptions(RequestOptions value) {
        return new AppClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), name);
    }

    /**
     * Returns the app's machines.
     *
     * @return the machines client
     */
    public MachinesClient machines() {
        return new MachinesClient(ctx, options, name);
    }

    /**
     * Opens a warm pool of machines in this app (see {@link io.github.flymachines.pool.MachinePool}):
     * adopts the machines an earlier pool of the same name left, then keeps the pool replenished.
     * Its timers run on this client's clock and sleeper.
     *
     * @param options the pool's options
     * @return the open pool; close it when done
     */
    public io.github.flymachines.pool.MachinePool pool(io.github.flymachines.pool.PoolOptions options) {
        io.github.flymachines.internal.validate.Args.notNull(options, "options");
        return io.github.flymachines.internal.util.Futures.join(poolAsync(options));
    }

    /**
     * Async form of {@link #pool(io.github.flymachines.pool.PoolOptions)}.
     *
     * @param options the pool's options
     * @return completes with the open pool once adoption is done
     */
    public CompletableFuture<io.github.flymachines.pool.MachinePool> poolAsync(
            io.github.flymachines.pool.PoolOptions options) {
        return Requests.runWith(options, "options", () -> io.github.flymachines.pool.MachinePool.openAsync(
                machines(), options, ctx.engine().clock(), ctx.engine().sleeper(), ctx.engine().listener()));
    }

    /**
     * A runner of run-to-completion jobs, each on a new machine made from {@code template}
     * (see {@link io.github.flymachines.jobs.JobRunner}).
     *
     * @param template the create request the jobs' machines start from
     * @return the runner
     */
    public io.github.flymachines.jobs.JobRunner jobs(io.github.flymachines.model.CreateMachineRequest template) {
        return io.github.flymachines.jobs.JobRunner.onNewMachines(machines(), template, ctx.engine().clock());
    }

    /**
     * A runner of run-to-completion jobs on the machines of a pool of this app.
     *
     * @param pool the pool
     * @return the runner
     */
    public io.github.flymachines.jobs.JobRunner jobs(io.github.flymachines.pool.MachinePool pool) {
        io.github.flymachines.internal.validate.Args.notNull(pool, "pool");
        return io.github.flymachines.jobs.JobRunner.onPool(machines(), pool, ctx.engine().clock());
    }

    /**
     * Returns the app's volumes.
     *
     * @return the volumes client
     */
    public VolumesClient volumes() {
        return new VolumesClient(ctx, options, name);
    }

    /**
     * Returns one of the app's volumes (shortcut for {@code volumes().volume(id)}).
     *
     * @param volumeId the volume id
     * @return the volume client
     */
    public VolumeClient volume(String volumeId) {
        return volumes().volume(volumeId);
    }

    /**
     * Returns the app's secrets.
     *
     * @return the secrets client
     */
    public SecretsClient secrets() {
        return new SecretsClient(ctx, options, name);
    }

    /**
     * Returns the app's secret keys.
     *
     * @return the secret keys client
     */
    public SecretKeysClient secretKeys() {
        return new SecretKeysClient(ctx, options, name, null);
    }

    /**
     * Returns the app's IP addresses.
     *
     * @return the IP assignments client
     */
    public IpAssignmentsClient ipAssignments() {
        return new IpAssignmentsClient(ctx, options, name);
    }

    /**
     * Returns the app's certificates.
     *
     * @return the certificates client
     */
    public CertificatesClient certificates() {
        return new CertificatesClient(ctx, options, name);
    }

    /**
     * Returns the app's deploy tokens.
     *
     * @return the deploy tokens client
     */
    public DeployTokensClient deployTokens() {
        return new DeployTokensClient(ctx, options, name);
    }

    /**
     * Reads the app.
     *
     * @return the app
     */
    public App get() {
        return new AppsClient(ctx, options).get(name);
    }

    /**
     * Reads the app.
     *
     * @return the app
     */
    public CompletableFuture<App> getAsync() {
        return new AppsClient(ctx, options).getAsync(name);
    }

    /** Deletes the app and everything in it. */
    public void delete() {
        new AppsClient(ctx, options).delete(name);
    }

    /**
     * Deletes the app and everything in it.
     *
     * @return completes when the API accepted the deletion
     */
    public CompletableFuture<Void> deleteAsync() {
        return new AppsClient(ctx, options).deleteAsync(name);
    }
}
