package io.github.flymachines.internal.call;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The retry loop of a call when the user gave no {@code RetryRegistry}: the decisions Resilience4j's
 * asynchronous retry makes with the engine's {@code RetryConfig} (retry on an
 * {@link AttemptFailure} marked {@code retry}, after its {@code delayMillis}; stop on anything
 * else; a success completes at once), without a {@code RetryConfig}, a {@code Retry} and their
 * event machinery to build on a cold client's first call. Nobody can observe a standalone
 * {@code Retry}'s events, so the two are indistinguishable; with a registry the engine uses
 * Resilience4j itself. Mirrors {@code Retry.AsyncRetryBlock}: the next attempt is scheduled on
 * {@code scheduler}, the result completes with the last attempt's outcome as it came.
 *
 * @param <T> the result type
 */
final class RetryLoop<T> implements Runnable {
    private final ScheduledExecutorService scheduler;
    private final Supplier<CompletionStage<T>> attempt;
    private final CompletableFuture<T> promise = new CompletableFuture<>();

    private RetryLoop(ScheduledExecutorService scheduler, Supplier<CompletionStage<T>> attempt) {
        this.scheduler = scheduler;
        this.attempt = attempt;
    }

    /**
     * Runs the first attempt now (on this thread) and retries as the attempts decide.
     *
     * @param scheduler runs the later attempts after their delays
     * @param attempt starts one attempt
     * @param <T> the result type
     * @return the outcome of the last attempt
     */
    static <T> CompletableFuture<T> start(ScheduledExecutorService scheduler, Supplier<CompletionStage<T>> attempt) {
        RetryLoop<T> loop = new RetryLoop<>(scheduler, attempt);
        loop.run();
        return loop.promise;
    }

    @Override
    public void run() {
        attempt.get().whenComplete(this::settle);
    }

    private void settle(T value, Throwable error) {
        try {
            if (error == null) {
                promise.complete(value);
            } else if (!(error instanceof Exception)) {
                promise.completeExceptionally(error);
            } else {
                long delay = delayMillis(error);
                if (delay < 0) {
                    promise.completeExceptionally(error);
                } else {
                    scheduler.schedule(this, delay, TimeUnit.MILLISECONDS);
                }
            }
        } catch (Throwable t) {
            promise.completeExceptionally(t);
        }
    }

    /**
     * The wait before the next attempt, or -1 to stop: the engine's retry predicate and interval
     * applied, as Resilience4j does, to the failure unwrapped from one completion layer.
     *
     * @param error how the attempt failed
     * @return the delay in milliseconds, or -1
     */
    static long delayMillis(Throwable error) {
        Throwable t = error instanceof CompletionException || error instanceof ExecutionException
                ? error.getCause() : error;
        if (t instanceof AttemptFailure af && af.retry) {
            return Math.max(0L, af.delayMillis);
        }
        return -1;
    }
}
