package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.LeaseHeaders;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.model.Lease;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The lease of one Machine: an exclusive lock. A lease acquired here is remembered by the SDK
 * client, so every later mutation of the machine through it carries the nonce; releasing it
 * forgets it. Every method has an {@code Async} twin.
 */
public final class LeasesClient {
    private final MachineClient machine;

    LeasesClient(MachineClient machine) {
        this.machine = machine;
    }

    /**
     * Reads the current lease, if any.
     *
     * @return the lease (without a usable nonce unless you hold it), or empty
     */
    public Optional<Lease> get() {
        return Futures.join(getAsync());
    }

    /**
     * Reads the current lease, if any.
     *
     * @return the lease, or empty when the machine is not leased
     */
    public CompletableFuture<Optional<Lease>> getAsync() {
        return Requests.run(() -> machine.send(machine.request(Operation.MACHINES_SHOW_LEASE).build(),
                Decoders.lease()).thenApply(Optional::of).exceptionally(e -> {
                    if (Futures.unwrap(e) instanceof NotFoundException) {
                        return Optional.empty();
                    }
                    throw e instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(e);
                }));
    }

    /**
     * Acquires the lease.
     *
     * @param ttl how long it lasts unless refreshed (whole seconds, at least 1 s)
     * @param description what it is for, shown to others who find the machine leased (may be null)
     * @return the lease, with its nonce
     * @throws io.github.flymachines.errors.LeaseConflictException when someone else holds it
     */
    public Lease acquire(Duration ttl, String description) {
        return Futures.join(acquireAsync(ttl, description));
    }

    /**
     * Acquires the lease.
     *
     * @param ttl how long it lasts unless refreshed (whole seconds, at least 1 s)
     * @param description what it is for (may be null)
     * @return the lease, with its nonce
     */
    public CompletableFuture<Lease> acquireAsync(Duration ttl, String description) {
        return Requests.run(() -> {
            int seconds = ttlSeconds(ttl);
            // ttl goes in the body (spec) and the query (what fly-go sends): both are accepted.
            return machine.send(machine.request(Operation.MACHINES_CREATE_LEASE).query("ttl", seconds)
                    .body(new LeaseBody(seconds, description)).build(), Decoders.lease()).thenApply(lease -> {
                        if (lease.nonce() != null) {
                            machine.ctx.rememberLease(machine.app(), machine.id(), lease.nonce());
                        }
                        return lease;
                    });
        });
    }

    /**
     * Extends a held lease.
     *
     * @param nonce the nonce of the held lease
     * @param ttl the new time to live
     * @return the refreshed lease (same nonce)
     */
    public Lease refresh(String nonce, Duration ttl) {
        return Futures.join(refreshAsync(nonce, ttl));
    }

    /**
     * Extends a held lease.
     *
     * @param nonce the nonce of the held lease
     * @param ttl the new time to live
     * @return the refreshed lease (same nonce)
     */
    public CompletableFuture<Lease> refreshAsync(String nonce, Duration ttl) {
        return Requests.run(() -> {
            Requests.require("nonce", nonce);
            int seconds = ttlSeconds(ttl);
            return machine.send(machine.request(Operation.MACHINES_CREATE_LEASE).query("ttl", seconds)
                    .header(LeaseHeaders.NONCE, nonce).body(new LeaseBody(seconds, null)).build(), Decoders.lease());
        });
    }

    /**
     * Releases a held lease. A lease that is already gone (expired or released) counts as
     * released.
     *
     * @param nonce the nonce of the held lease
     */
    public void release(String nonce) {
        Futures.join(releaseAsync(nonce));
    }

    /**
     * Releases a held lease; "lease not found" counts as released.
     *
     * @param nonce the nonce of the held lease
     * @return completes when released
     */
    public CompletableFuture<Void> releaseAsync(String nonce) {
        return Requests.run(() -> {
            Requests.require("nonce", nonce);
            return machine.send(machine.request(Operation.MACHINES_RELEASE_LEASE).header(LeaseHeaders.NONCE, nonce)
                    .build(), Decoders.none()).exceptionally(e -> {
                        if (Futures.unwrap(e) instanceof NotFoundException) {
                            return null;
                        }
                        throw e instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(e);
                    }).thenRun(() -> machine.ctx.forgetLease(machine.app(), machine.id(), nonce));
        });
    }

    private static int ttlSeconds(Duration ttl) {
        if (ttl == null || ttl.getSeconds() < 1) {
            throw new FlyValidationException("ttl", "must be at least 1 second, got " + ttl);
        }
        if (ttl.getSeconds() > Integer.MAX_VALUE) {
            throw new FlyValidationException("ttl", "is too large: " + ttl);
        }
        return (int) ttl.getSeconds();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LeaseBody(@JsonProperty("ttl") Integer ttl, @JsonProperty("description") String description) {
    }
}
