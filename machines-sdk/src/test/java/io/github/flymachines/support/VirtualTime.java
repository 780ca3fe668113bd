package io.github.flymachines.support;

import io.github.flymachines.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Virtual time for tests: a clock that only moves when the SDK sleeps, and a sleeper that records
 * every delay and completes it at once after advancing the clock. Tests assert the delays actually
 * taken without waiting for them.
 */
public final class VirtualTime implements Sleeper {
    /** The instant virtual time starts at. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private volatile Instant now = EPOCH;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    /** Resets the clock and the recorded sleeps. */
    public synchronized void reset() {
        now = EPOCH;
        sleeps.clear();
    }

    /** @return a clock reading this virtual time */
    public Clock clock() {
        return reading(this::now);
    }

    /**
     * A UTC clock reading the given time.
     *
     * @param now the current instant, read on every tick
     * @return the clock
     */
    static Clock reading(Supplier<Instant> now) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    /**
     * Moves the clock forward.
     *
     * @param d how far
     */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public CompletableFuture<Void> sleep(Duration delay) {
        synchronized (this) {
            sleeps.add(delay);
            now = now.plus(delay);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** @return every delay slept, in order */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    /** @return the current virtual instant */
    public Instant now() {
        return now;
    }
}
