package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.call.Call;
import io.github.flymachines.internal.call.LeaseHeaders;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.model.Lease;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lease of one Machine: an exclusive lock. A lease acquired here is remembered by the SDK
 * client, so every later mutation of the machine through it carries the nonce; releasing it
 * forgets it. Every method has an {@code Async} twin.
 */
public final class LeasesClient {
    private static final Pattern TAG = Pattern.compile("\\[sdk-lease:[0-9a-f-]+\\]");
    private static final AtomicLong TAGS = new AtomicLong(System.nanoTime());
    private final MachineClient machine;

    LeasesClient(MachineClient machine) {
        this.machine = machine;
    }

    /**
     * Reads the current lease, if any.
     *
     * @return the lease (the live API shows its nonce to an authorized caller), or empty
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
     * Acquires the lease, recoverably. The description carries a tag unique to this acquire
     * ({@code [sdk-lease:<id>]}). When an attempt's outcome is unknown (its answer was lost, a 5xx
     * or a timeout), or a retry is refused with 409 after such an attempt, the lease is read back:
     * when it carries this acquire's tag, it is ours and is adopted (the API shows the nonce to an
     * authorized caller). When the acquire fails for good after the lease may have been granted,
     * a lease carrying the tag is released before the failure is reported: no orphan lease.
     *
     * @param ttl how long it lasts unless refreshed (whole seconds, at least 1 s)
     * @param description what it is for (may be null)
     * @return the lease, with its nonce
     */
    public CompletableFuture<Lease> acquireAsync(Duration ttl, String description) {
        return Requests.run(() -> {
            int seconds = ttlSeconds(ttl);
            String tag = newTag();
            String tagged = description == null || description.isBlank() ? "machines-sdk " + tag
                    : description + " " + tag;
            // ttl goes in the body (spec) and the query (what fly-go sends): both are accepted.
            Call<Lease> call = Call.of(machine.request(Operation.MACHINES_CREATE_LEASE).query("ttl", seconds)
                    .body(new LeaseBody(seconds, tagged)).build(), Decoders.lease()).options(machine.options)
                    .safety(Operation.Safety.CREATE_MACHINE)
                    .adopter(sent -> findTagged(tag)).build();
            CompletableFuture<Lease> acquired = machine.ctx.execute(call);
            CompletableFuture<Lease> out = new CompletableFuture<>();
            acquired.whenComplete((lease, e) -> {
                if (e == null) {
                    boolean usable = lease.nonce() != null && !lease.nonce().isEmpty();
                    if (usable) {
                        machine.ctx.rememberLease(machine.app(), machine.id(), lease.nonce());
                    }
                    if (!out.complete(lease) && usable) {
                        releaseAsync(lease.nonce()); // the caller gave up (cancelled) while it was granted
                    }
                    return;
                }
                Throwable failure = Futures.unwrap(e);
                if (failure instanceof FlyValidationException) {
                    out.completeExceptionally(failure);
                    return;
                }
                // the lease may have been granted by an attempt whose answer was lost: release it
                releaseTagged(tag).whenComplete((v, cleanupError) -> {
                    if (cleanupError != null) {
                        failure.addSuppressed(Futures.unwrap(cleanupError));
                    }
                    out.completeExceptionally(failure);
                });
            });
            out.whenComplete((v, e) -> {
                if (out.isCancelled()) {
                    acquired.cancel(true);
                }
            });
            return out;
        });
    }

    /** Reads the lease; present only when it carries the tag and shows its nonce. */
    private CompletableFuture<Optional<Lease>> findTagged(String tag) {
        return getAsync().thenApply(found -> found.filter(l -> l.description() != null
                && l.description().contains(tag) && l.nonce() != null && !l.nonce().isEmpty()));
    }

    private CompletableFuture<Void> releaseTagged(String tag) {
        return findTagged(tag).thenCompose(found -> found.isEmpty() ? CompletableFuture.<Void>completedFuture(null)
                : releaseAsync(found.get().nonce()));
    }

    private String newTag() {
        long r = machine.ctx.engine().random().nextLong();
        return "[sdk-lease:" + Long.toHexString(r) + "-" + Long.toHexString(TAGS.incrementAndGet()) + "]";
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
        return refreshAsync(nonce, ttl, null);
    }

    /**
     * Extends a held lease, sending its description again so that a lease the API grants anew
     * (after expiry) still carries the acquire's tag. A refresh with the same nonce is safe to
     * repeat, so it is retried like a read.
     */
    CompletableFuture<Lease> refreshAsync(String nonce, Duration ttl, String description) {
        return Requests.run(() -> {
            Requests.require("nonce", nonce);
            int seconds = ttlSeconds(ttl);
            return machine.ctx.execute(Call.of(machine.request(Operation.MACHINES_CREATE_LEASE).query("ttl", seconds)
                    .header(LeaseHeaders.NONCE, nonce).body(new LeaseBody(seconds, description)).build(),
                    Decoders.lease()).options(machine.options).safety(Operation.Safety.IDEMPOTENT).build());
        });
    }

    /** Releases the lease carrying the acquire tag found in {@code description}, if any is held. */
    CompletableFuture<Void> releaseTaggedIn(String description) {
        Matcher m = description == null ? null : TAG.matcher(description);
        return m != null && m.find() ? releaseTagged(m.group()) : CompletableFuture.completedFuture(null);
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
