package io.github.flymachines;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Schedules the SDK's delays (retry backoff, waiter polls, lease refreshes) without holding a
 * thread. The default uses {@link CompletableFuture#delayedExecutor}; tests inject a virtual-time
 * sleeper to assert the delays actually taken without waiting for them.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Returns a future that completes after the delay. Cancelling it should abandon the delay.
     *
     * @param delay how long to wait, zero or positive
     * @return a future completed after the delay
     */
    CompletableFuture<Void> sleep(Duration delay);

    /**
     * Returns a future that completes after the delay, for a timer that keeps background work
     * alive (a held lease's refresh) rather than one a caller waits on. A virtual-time sleeper
     * may let such a timer fire as time passes without driving time forward, so that a lease held
     * open does not make a test's clock run ahead. The default is {@link #sleep(Duration)}.
     *
     * @param delay how long to wait, zero or positive
     * @return a future completed after the delay
     */
    default CompletableFuture<Void> background(Duration delay) {
        return sleep(delay);
    }

    /**
     * Returns the real-time sleeper.
     *
     * @return a sleeper backed by the JDK's shared delay scheduler
     */
    static Sleeper system() {
        return delay -> {
            if (delay.isZero() || delay.isNegative()) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
        };
    }
}
