package io.github.flymachines.internal.call;

import io.github.flymachines.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Presents a {@link Sleeper} as the {@link ScheduledExecutorService} that Resilience4j's async
 * retry asks for, so retry delays go through the injected (possibly virtual-time) sleeper and never
 * hold a thread. Only one-shot scheduling is supported. A sleep that fails (rather than completes
 * or is cancelled) would leave the retry waiting forever for a task that never runs, so its failure
 * is handed to the owner instead (a virtual-time sleeper fails a sleep its clock will never reach).
 */
final class SleeperScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final Sleeper sleeper;
    private final java.util.function.Consumer<Throwable> onSleepFailure;

    SleeperScheduler(Sleeper sleeper, java.util.function.Consumer<Throwable> onSleepFailure) {
        this.sleeper = sleeper;
        this.onSleepFailure = onSleepFailure;
    }

    private CompletableFuture<Void> sleep(long delay, TimeUnit unit) {
        CompletableFuture<Void> slept = sleeper.sleep(Duration.ofNanos(unit.toNanos(Math.max(0, delay))));
        slept.whenComplete((v, e) -> {
            Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            if (c != null && !(c instanceof java.util.concurrent.CancellationException)) {
                onSleepFailure.accept(c);
            }
        });
        return slept;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        CompletableFuture<Void> slept = sleep(delay, unit);
        CompletableFuture<Void> done = slept.thenRun(command);
        return new Handle<>(done, slept, unit.toNanos(delay));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        CompletableFuture<Void> slept = sleep(delay, unit);
        CompletableFuture<V> done = slept.thenApply(v -> {
            try {
                return callable.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        return new Handle<>(done, slept, unit.toNanos(delay));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("periodic scheduling is not supported");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("periodic scheduling is not supported");
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
        // nothing to release: the sleeper owns its resources
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }

    private static final class Handle<V> implements ScheduledFuture<V> {
        private final CompletableFuture<V> done;
        private final CompletableFuture<Void> slept;
        private final long delayNanos;

        Handle(CompletableFuture<V> done, CompletableFuture<Void> slept, long delayNanos) {
            this.done = done;
            this.slept = slept;
            this.delayNanos = delayNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            slept.cancel(mayInterruptIfRunning);
            return done.cancel(mayInterruptIfRunning);
        }

        @Override
        public boolean isCancelled() {
            return done.isCancelled();
        }

        @Override
        public boolean isDone() {
            return done.isDone();
        }

        @Override
        public V get() throws InterruptedException, ExecutionException {
            return done.get();
        }

        @Override
        public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return done.get(timeout, unit);
        }
    }
}
