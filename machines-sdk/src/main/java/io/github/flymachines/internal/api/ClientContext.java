package io.github.flymachines.internal.api;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.errors.FlyClientException;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.call.CallEngine;
import io.github.flymachines.internal.http.ApiRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** What every resource client of one {@code FlyMachines} shares: the call engine and held leases. */
public final class ClientContext {
    private final CallEngine engine;
    private final Map<String, String> heldLeases = new ConcurrentHashMap<>();
    private final Set<AutoCloseable> handles = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> secretsVersions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * Creates the context.
     *
     * @param engine the call engine
     */
    public ClientContext(CallEngine engine) {
        this.engine = engine;
    }

    /** @return the engine */
    public CallEngine engine() {
        return engine;
    }

    /**
     * Runs a request.
     *
     * @param request the request
     * @param decoder reads the response
     * @param options per-request options
     * @param <T> the result type
     * @return the result future
     */
    public <T> CompletableFuture<T> send(ApiRequest request, Call.Decoder<T> decoder, RequestOptions options) {
        if (closed) {
            return CompletableFuture.failedFuture(closedException(request));
        }
        return engine.execute(Call.of(request, decoder).options(options).build());
    }

    /**
     * Runs a prepared call.
     *
     * @param call the call
     * @param <T> the result type
     * @return the result future
     */
    public <T> CompletableFuture<T> execute(Call<T> call) {
        if (closed) {
            return CompletableFuture.failedFuture(closedException(call.request()));
        }
        return engine.execute(call);
    }

    /**
     * Marks the SDK client closed: from then on every request fails with a
     * {@link FlyClientException} before anything is sent.
     */
    public void close() {
        closed = true;
    }

    /** @return whether the SDK client was closed */
    public boolean isClosed() {
        return closed;
    }

    private static FlyClientException closedException(ApiRequest request) {
        String what = request == null ? "the call" : request.method() + " " + request.path();
        return new FlyClientException("this FlyMachines client is closed: " + what
                + " was not sent (build a new client)", null, false);
    }

    /**
     * Records a lease acquired through this client, so mutations of the machine carry its nonce.
     *
     * @param app the app
     * @param machineId the machine
     * @param nonce the nonce
     */
    public void rememberLease(String app, String machineId, String nonce) {
        heldLeases.put(key(app, machineId), nonce);
    }

    /**
     * Forgets a lease (released or lost). Only forgets it when the nonce still matches.
     *
     * @param app the app
     * @param machineId the machine
     * @param nonce the nonce that was held
     */
    public void forgetLease(String app, String machineId, String nonce) {
        heldLeases.remove(key(app, machineId), nonce);
    }

    /**
     * Returns the nonce of a lease held through this client.
     *
     * @param app the app
     * @param machineId the machine
     * @return the nonce, if held
     */
    public Optional<String> heldLease(String app, String machineId) {
        return Optional.ofNullable(heldLeases.get(key(app, machineId)));
    }

    /**
     * Registers background work (a held lease) to stop when the SDK client closes.
     *
     * @param handle the handle
     */
    public void register(AutoCloseable handle) {
        handles.add(handle);
    }

    /**
     * Unregisters background work.
     *
     * @param handle the handle
     */
    public void unregister(AutoCloseable handle) {
        handles.remove(handle);
    }

    /** @return the open handles */
    public Set<AutoCloseable> handles() {
        return Set.copyOf(handles);
    }

    /**
     * Records an app secrets version returned by a write through this client; the highest wins.
     *
     * @param app the app
     * @param version the version
     */
    public void rememberSecretsVersion(String app, long version) {
        secretsVersions.merge(app, version, Math::max);
    }

    /**
     * Returns the highest app secrets version a write through this client returned.
     *
     * @param app the app
     * @return the version, if any write was seen
     */
    public Optional<Long> secretsVersion(String app) {
        return Optional.ofNullable(secretsVersions.get(app));
    }

    private static String key(String app, String machineId) {
        return app + "/" + machineId;
    }
}
