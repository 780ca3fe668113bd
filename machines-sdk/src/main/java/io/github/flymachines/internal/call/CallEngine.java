package io.github.flymachines.internal.call;

import io.github.flymachines.RequestOptions;
import io.github.flymachines.Sleeper;
import io.github.flymachines.errors.ConflictException;
import io.github.flymachines.errors.ErrorDetails;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.errors.MalformedResponseException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.RequestTimeoutException;
import io.github.flymachines.errors.RateLimitedException;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.http.ErrorMapper;
import io.github.flymachines.internal.http.RawResponse;
import io.github.flymachines.internal.http.Transport;
import io.github.flymachines.retry.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.flymachines.errors.CircuitOpenException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.observe.ContextScope;
import io.github.flymachines.observe.FlyListener;
import java.util.concurrent.TimeUnit;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Runs {@link Call}s: per-call deadline, per-attempt timeout, client-side rate limiting, and
 * retries with the SDK's classification, backoff, {@code Retry-After}, region fallback and
 * adoption of machines an ambiguous create may have made (on Resilience4j when the retry policy has
 * a registry, else in the equivalent {@link RetryLoop}). Never blocks a thread.
 */
public final class CallEngine {
    private static final Logger LOG = System.getLogger("io.github.flymachines.retry");

    private final Transport transport;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RetryPolicy policy;
    private final RateLimiters limiters;
    private final RequestOptions defaults;
    /**
     * The user's registry, or null: then calls retry in a {@link RetryLoop} (the same decisions,
     * nothing of Resilience4j's to build on a cold client) and {@link #retryFor} makes standalone
     * {@code Retry} instances.
     */
    private final RetryRegistry registry;
    private final Map<Operation, Retry> retries = new ConcurrentHashMap<>();
    /** The client's listeners behind catches, or null when none is set (the no-cost case). */
    private final FlyListener listener;

    /**
     * Creates an engine.
     *
     * @param transport the transport
     * @param clock the clock (deadlines, rate limits, Retry-After dates)
     * @param sleeper the sleeper (all delays)
     * @param random the random source (jitter)
     * @param policy the retry policy
     * @param limiters the rate limiters
     * @param defaults the client's default request options (all values set)
     */
    public CallEngine(Transport transport, Clock clock, Sleeper sleeper, RandomGenerator random, RetryPolicy policy,
            RateLimiters limiters, RequestOptions defaults) {
        this(transport, clock, sleeper, random, policy, limiters, defaults, null);
    }

    /**
     * Creates an engine that reports to a listener.
     *
     * @param transport the transport
     * @param clock the clock (deadlines, rate limits, Retry-After dates)
     * @param sleeper the sleeper (all delays)
     * @param random the random source (jitter)
     * @param policy the retry policy
     * @param limiters the rate limiters
     * @param defaults the client's default request options (all values set)
     * @param listener the client's listeners, combined by {@link Listeners#combine}, or null
     */
    public CallEngine(Transport transport, Clock clock, Sleeper sleeper, RandomGenerator random, RetryPolicy policy,
            RateLimiters limiters, RequestOptions defaults, FlyListener listener) {
        this.listener = listener;
        this.transport = transport;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.policy = policy;
        this.limiters = limiters;
        this.defaults = defaults;
        this.registry = policy.registry().orElse(null);
    }

    /**
     * The engine's Resilience4j retry configuration, built on first use (a registry's first call,
     * or {@link #retryFor}): the attempts decide, as in {@link RetryLoop}.
     */
    private static final class Resilience4jRetry {
        static final RetryConfig CONFIG = RetryConfig.custom()
                .maxAttempts(Integer.MAX_VALUE)
                .retryOnException(t -> t instanceof AttemptFailure af && af.retry)
                .intervalBiFunction((attempt, either) -> either.isLeft()
                        && either.getLeft() instanceof AttemptFailure af ? Math.max(0L, af.delayMillis) : 0L)
                .failAfterMaxAttempts(false)
                .build();

        private Resilience4jRetry() {
        }
    }

    /** @return the client's listener (safe, combined), or null when none is set */
    public FlyListener listener() {
        return listener;
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the sleeper */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** @return the random source */
    public RandomGenerator random() {
        return random;
    }

    /** @return the client's default options */
    public RequestOptions defaults() {
        return defaults;
    }

    /** @return the transport */
    public Transport transport() {
        return transport;
    }

    /** @return the retry policy */
    public RetryPolicy policy() {
        return policy;
    }

    /**
     * Returns the Resilience4j {@code Retry} an operation's calls use when the retry policy has a
     * registry (it is created there); without one, calls retry in the engine's own loop and this
     * returns a standalone instance with the same configuration.
     *
     * @param op the operation
     * @return the retry instance, named {@code fly.<operationId>}
     */
    public Retry retryFor(Operation op) {
        return retries.computeIfAbsent(op, o -> {
            String name = "fly." + o.operationId() + "." + o.method();
            return registry != null ? registry.retry(name, Resilience4jRetry.CONFIG)
                    : Retry.of(name, Resilience4jRetry.CONFIG);
        });
    }

    /**
     * Runs a call.
     *
     * @param call the call
     * @param <T> the result type
     * @return the result future; cancelling it aborts the attempt in flight and stops retries
     */
    public <T> CompletableFuture<T> execute(Call<T> call) {
        return new Run<>(call, call.options.orElse(defaults)).start();
    }

    private final class Run<T> {
        private final Call<T> call;
        private final RequestOptions opts;
        private final Instant deadline;
        private final Operation.Safety safety;
        private final List<FlyException> failures = Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private volatile int attempt;
        private volatile int regionIndex;
        private volatile boolean lookupPending;
        private volatile boolean everAmbiguous;
        private volatile ApiRequest lastSent;
        private volatile CompletableFuture<?> inFlight;
        /** What the call reports to listeners; null when none is set. */
        private final CallObservation obs;

        Run(Call<T> call, RequestOptions opts) {
            this.call = call;
            this.opts = opts;
            this.deadline = clock.instant().plus(opts.timeout());
            Operation op = call.request.operation();
            boolean leased = call.request.headers().containsKey(LeaseHeaders.NONCE);
            this.safety = call.safety != null ? call.safety
                    : RetryClassifier.effectiveSafety(op, leased, call.idempotentUpdate);
            FlyListener l = call.listener == null ? listener : Listeners.combine(listener, call.listener);
            this.obs = CallObservation.start(l, call.request, call.regions, leased);
        }

        private void finish(T v, Throwable e) {
            if (e == null) {
                result.complete(v);
            } else {
                result.completeExceptionally(finalError(e));
            }
        }

        /** Reports the end, then completes the future inside the caller's context. */
        private void finishObserved(T v, Throwable e) {
            Throwable fin = e == null ? null : finalError(e);
            obs.end(fin, attempt);
            try (ContextScope scope = obs.restore()) {
                if (fin == null) {
                    result.complete(v);
                } else {
                    result.completeExceptionally(fin);
                }
            }
        }

        private String regionOf(ApiRequest req) {
            return call.regionOf == null ? null : call.regionOf.apply(req);
        }

        CompletableFuture<T> start() {
            // a failed back-off sleep ends the call (the retry would wait for it forever)
            SleeperScheduler scheduler = new SleeperScheduler(sleeper,
                    e -> {
                        if (obs == null) {
                            finish(null, e);
                        } else {
                            finishObserved(null, e);
                        }
                    });
            CompletionStage<T> stage = registry == null ? RetryLoop.start(scheduler, this::attempt)
                    : Retry.decorateCompletionStage(retryFor(call.request.operation()), scheduler, this::attempt).get();
            if (obs == null) {
                stage.whenComplete(this::finish);
            } else {
                stage.whenComplete(this::finishObserved);
            }
            result.whenComplete((v, e) -> {
                if (result.isCancelled()) {
                    CompletableFuture<?> f = inFlight;
                    if (f != null) {
                        f.cancel(true);
                    }
                }
            });
            return result;
        }

        private int maxAttempts() {
            int max = opts.maxAttempts();
            return call.regions.isEmpty() ? max : Math.max(max, call.regions.size());
        }

        private Duration remaining() {
            return Duration.between(clock.instant(), deadline);
        }

        /** Server and network faults open the breaker; any other answer means the API is there. */
        private void record(CircuitBreaker breaker, long sentAt, RawResponse raw, Throwable err) {
            long took = System.nanoTime() - sentAt;
            if (err != null) {
                if (Futures.unwrap(err) instanceof java.util.concurrent.CancellationException) {
                    breaker.releasePermission();
                } else {
                    breaker.onError(took, TimeUnit.NANOSECONDS, Futures.unwrap(err));
                }
            } else if (raw.status() >= 500 || raw.status() == 408) {
                breaker.onError(took, TimeUnit.NANOSECONDS, new IllegalStateException("HTTP " + raw.status()));
            } else {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            }
        }

        private ApiRequest requestForAttempt() {
            if (call.regions.isEmpty() || call.regionApplier == null) {
                return call.request;
            }
            return call.regionApplier.apply(call.request, call.regions.get(regionIndex));
        }

        CompletableFuture<T> attempt() {
            int n = ++attempt;
            if (result.isDone()) {
                return failedStop(new FlyCancelledException(describe() + " was cancelled", null));
            }
            Duration left = remaining();
            if (left.isNegative() || left.isZero()) {
                return failedStop(callTimeout(null));
            }
            ApiRequest req = requestForAttempt();
            boolean looking = lookupPending && call.adopter != null;
            CompletableFuture<Optional<T>> adopted;
            if (!looking) {
                adopted = CompletableFuture.completedFuture(Optional.empty());
            } else if (obs == null) {
                adopted = lookup(lastSent != null ? lastSent : req, policy.adoptionLookups());
            } else {
                // the look-up calls belong to the caller's trace, like the create
                try (ContextScope scope = obs.restore()) {
                    adopted = lookup(lastSent != null ? lastSent : req, policy.adoptionLookups());
                }
            }
            CompletableFuture<T> out = new CompletableFuture<>();
            adopted.whenComplete((found, lookupError) -> {
                if (lookupError != null) {
                    FlyException fe = asFly(lookupError, req);
                    // Cannot tell whether the first create happened: never send it again blindly.
                    out.completeExceptionally(decide(n, req, fe, RetryClassifier.Verdict.RETRY_AFTER_LOOKUP));
                    return;
                }
                if (looking && obs != null) {
                    obs.adoption(n, found.isPresent(), found.orElse(null));
                }
                if (found.isPresent()) {
                    LOG.log(Level.INFO, () -> describe() + ": adopted the resource created by an earlier attempt");
                    out.complete(found.get());
                    return;
                }
                lookupPending = false;
                send(n, req, out);
            });
            return out;
        }

        private void send(int n, ApiRequest req, CompletableFuture<T> out) {
            Duration wait = limiters.reserve(req);
            Duration left = remaining();
            if (wait.compareTo(left) >= 0) {
                out.completeExceptionally(new AttemptFailure(callTimeout(null), false, 0));
                return;
            }
            if (obs != null && !wait.isZero()) {
                obs.rateLimitWait(n, wait);
            }
            CompletableFuture<Void> gate = wait.isZero() ? CompletableFuture.completedFuture(null) : sleeper.sleep(wait);
            inFlight = gate;
            gate.whenComplete((ignored, sleepError) -> {
                if (result.isDone()) {
                    out.completeExceptionally(new AttemptFailure(
                            new FlyCancelledException(describe() + " was cancelled", null), false, 0));
                    return;
                }
                Duration budget = remaining();
                if (budget.isNegative() || budget.isZero()) {
                    out.completeExceptionally(new AttemptFailure(callTimeout(null), false, 0));
                    return;
                }
                Duration attemptTimeout = opts.attemptTimeout().compareTo(budget) < 0 ? opts.attemptTimeout() : budget;
                boolean deadlineBound = attemptTimeout.equals(budget) && budget.compareTo(opts.attemptTimeout()) < 0;
                CircuitBreaker breaker = policy.circuitBreaker().orElse(null);
                if (breaker != null && !breaker.tryAcquirePermission()) {
                    out.completeExceptionally(new AttemptFailure(new CircuitOpenException(describe()
                            + " not sent: circuit breaker '" + breaker.getName() + "' is "
                            + breaker.getState(), null), false, 0));
                    return;
                }
                long sentAt = System.nanoTime();
                lastSent = req;
                CompletableFuture<RawResponse> sent = obs == null ? transport.send(req, attemptTimeout)
                        : transport.send(req, attemptTimeout, obs.attemptStart(n, regionOf(req)));
                if (breaker != null) {
                    sent.whenComplete((raw, err) -> record(breaker, sentAt, raw, err));
                }
                inFlight = sent;
                if (result.isDone()) {
                    sent.cancel(true);
                }
                sent.whenComplete((raw, err) -> {
                    if (err != null) {
                        FlyException fe = asFly(err, req);
                        if (deadlineBound && fe instanceof FlyTimeoutException te
                                && te.kind() == FlyTimeoutException.Kind.ATTEMPT) {
                            fe = callTimeout(fe);
                        }
                        out.completeExceptionally(decide(n, req, fe, null));
                        return;
                    }
                    if (obs != null) {
                        obs.answered(raw.status());
                    }
                    if (raw.status() >= 200 && raw.status() < 300) {
                        try {
                            T value = call.decoder.decode(raw);
                            if (obs != null) {
                                obs.attemptSucceeded(n, raw.status());
                            }
                            out.complete(value);
                        } catch (FlyException fe) {
                            out.completeExceptionally(decide(n, req, fe, null));
                        } catch (Exception parseError) {
                            ErrorDetails d = ErrorMapper.details(req, raw.status(), raw.headers(), raw.body(),
                                    transport.knownSecrets(req));
                            out.completeExceptionally(decide(n, req, new MalformedResponseException(d, parseError),
                                    null));
                        }
                        return;
                    }
                    out.completeExceptionally(decide(n, req,
                            ErrorMapper.map(req, raw.status(), raw.headers(), raw.body(), clock,
                                    transport.knownSecrets(req)), null));
                });
            });
        }

        private CompletableFuture<Optional<T>> lookup(ApiRequest sentRequest, int lookupsLeft) {
            return call.adopter.lookup(sentRequest).thenCompose(found -> {
                if (found.isPresent() || lookupsLeft <= 1) {
                    return CompletableFuture.completedFuture(found);
                }
                Duration pause = Backoff.fullJitter(1, policy.baseDelay(), policy.maxDelay(), random)
                        .plus(policy.baseDelay());
                if (pause.compareTo(remaining()) >= 0) {
                    return CompletableFuture.completedFuture(found);
                }
                return sleeper.sleep(pause).thenCompose(v -> lookup(sentRequest, lookupsLeft - 1));
            });
        }

        private AttemptFailure decide(int n, ApiRequest req, FlyException failure, RetryClassifier.Verdict forced) {
            RetryClassifier.Verdict verdict = forced != null ? forced : RetryClassifier.classify(safety, failure);
            if (call.request.operation() == Operation.MACHINES_WAIT
                    && (failure instanceof RequestTimeoutException || failure instanceof NotFoundException)) {
                // the waiter owns these: 408 means "keep waiting", 404 depends on what is awaited
                verdict = RetryClassifier.Verdict.STOP;
            }
            if (verdict == RetryClassifier.Verdict.RETRY_AFTER_LOOKUP) {
                everAmbiguous = true;
            }
            if (failure instanceof ConflictException && everAmbiguous && call.adopter != null) {
                // 409 "already exists" after an ambiguous create: the first attempt probably made it.
                verdict = RetryClassifier.Verdict.RETRY_AFTER_LOOKUP;
            }
            failures.add(failure);
            long delay = 0;
            boolean retry = verdict != RetryClassifier.Verdict.STOP && !result.isDone();
            if (retry && verdict == RetryClassifier.Verdict.RETRY_PLACEMENT && !call.regions.isEmpty()) {
                if (regionIndex + 1 < call.regions.size()) {
                    regionIndex++;
                    delay = 0;
                } else {
                    retry = false;
                }
            } else if (retry) {
                if (n >= maxAttempts()) {
                    retry = false;
                } else {
                    Duration d;
                    if (verdict == RetryClassifier.Verdict.RETRY_THROTTLED) {
                        d = Backoff.fullJitter(n, policy.throttleBaseDelay(), policy.throttleMaxDelay(), random);
                        if (failure instanceof RateLimitedException rl && rl.retryAfter().isPresent()
                                && rl.retryAfter().get().compareTo(d) > 0) {
                            d = rl.retryAfter().get();
                        }
                    } else {
                        d = Backoff.fullJitter(n, policy.baseDelay(), policy.maxDelay(), random);
                    }
                    if (d.compareTo(remaining()) >= 0) {
                        retry = false;
                    } else {
                        delay = Math.max(0, (d.toNanos() + 999_999) / 1_000_000);
                    }
                }
            }
            if (retry && verdict == RetryClassifier.Verdict.RETRY_AFTER_LOOKUP) {
                lookupPending = true;
            }
            if (obs != null) {
                obs.attemptFailed(n, regionOf(req), failure, retry ? verdict : RetryClassifier.Verdict.STOP, delay);
            }
            if (LOG.isLoggable(Level.DEBUG)) {
                String line = describe() + " attempt " + n + " failed (" + failure.getClass().getSimpleName()
                        + "); " + (retry ? "retrying in " + delay + " ms" : "giving up");
                LOG.log(Level.DEBUG, () -> line);
            }
            return new AttemptFailure(failure, retry, delay);
        }

        private CompletableFuture<T> failedStop(FlyException e) {
            return CompletableFuture.failedFuture(new AttemptFailure(e, false, 0));
        }

        private FlyTimeoutException callTimeout(Throwable cause) {
            return new FlyTimeoutException(describe() + ": call timed out after " + opts.timeout().toMillis()
                    + " ms (" + (attempt) + " attempt(s))", cause, FlyTimeoutException.Kind.CALL, opts.timeout(),
                    lastSent != null);
        }

        private String describe() {
            return call.request.method() + " " + call.request.path();
        }

        private Throwable finalError(Throwable e) {
            Throwable t = e;
            while (t instanceof CompletionException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof CancellationException) {
                return t;
            }
            FlyException last = t instanceof AttemptFailure af ? af.failure : asFly(t, call.request);
            synchronized (failures) {
                for (FlyException earlier : failures) {
                    if (earlier != last) {
                        last.addSuppressed(earlier);
                    }
                }
            }
            return last;
        }
    }

    private static FlyException asFly(Throwable t, ApiRequest req) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof AttemptFailure) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof FlyException fe) {
            return fe;
        }
        if (c instanceof CancellationException) {
            return new FlyCancelledException(req.method() + " " + req.path() + " was cancelled", c);
        }
        return new FlyException(req.method() + " " + req.path() + " failed: " + c, c);
    }
}
