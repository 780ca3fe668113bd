package io.github.flymachines.support;

import io.github.flymachines.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Virtual time that only moves when the test says so: sleeps stay pending until
 * {@link #advance(Duration)} passes their due time. For background work (lease refreshes) that
 * would otherwise loop.
 */
public final class ManualTime implements Sleeper {
    private record Pending(Instant due, Duration delay, CompletableFuture<Void> future) {
    }

    private Instant now = VirtualTime.EPOCH;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    /** @return a clock reading this time */
    public Clock clock() {
        return VirtualTime.reading(this::now);
    }

    private synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized CompletableFuture<Void> sleep(Duration delay) {
        sleeps.add(delay);
        CompletableFuture<Void> f = new CompletableFuture<>();
        if (delay.isZero() || delay.isNegative()) {
            f.complete(null);
            return f;
        }
        pending.add(new Pending(now.plus(delay), delay, f));
        return f;
    }

    /**
     * Moves time forward and completes every sleep that falls due, in order.
     *
     * @param d how far
     */
    public void advance(Duration d) {
        Instant target;
        synchronized (this) {
            target = now.plus(d);
        }
        while (true) {
            Pending next = null;
            synchronized (this) {
                pending.removeIf(p -> p.future().isDone());
                for (Pending p : pending) {
                    if (!p.due().isAfter(target) && (next == null || p.due().isBefore(next.due()))) {
                        next = p;
                    }
                }
                if (next == null) {
                    now = target;
                    return;
                }
                pending.remove(next);
                if (next.due().isAfter(now)) {
                    now = next.due();
                }
            }
            next.future().complete(null);
        }
    }

    /** @return how many sleeps are waiting */
    public synchronized int pendingCount() {
        pending.removeIf(p -> p.future().isDone());
        return pending.size();
    }

    /** @return every delay asked for, in order */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }
}
