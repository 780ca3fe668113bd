package io.github.flymachines.testing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The documented per-action, per-identifier limits (reference §8) as token buckets on the fake
 * clock: 1 request/s with bursts of 3 for each action; Get Machine 5/s with bursts of 10; app
 * deletions 100/min.
 */
public final class RateLimits {
    /**
     * A limit.
     *
     * @param ratePerSecond the sustained rate
     * @param burst the bucket size
     */
    public record Limit(double ratePerSecond, int burst) {
        /** Each action, per machine or app. */
        public static final Limit ACTION = new Limit(1.0, 3);
        /** Get Machine, per machine. */
        public static final Limit GET_MACHINE = new Limit(5.0, 10);
        /** App deletions. */
        public static final Limit APP_DELETE = new Limit(100.0 / 60.0, 100);
    }

    private static final class Bucket {
        double tokens;
        Instant at;
    }

    private final Clock clock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /**
     * Creates the limiter.
     *
     * @param clock the fake clock
     */
    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes a token.
     *
     * @param key the action and identifier
     * @param limit the limit
     * @return null when allowed, else how long until a token is available
     */
    public synchronized Duration take(String key, Limit limit) {
        Instant now = clock.instant();
        Bucket b = buckets.computeIfAbsent(key, k -> {
            Bucket n = new Bucket();
            n.tokens = limit.burst();
            n.at = now;
            return n;
        });
        double elapsed = Duration.between(b.at, now).toNanos() / 1e9;
        if (elapsed > 0) {
            b.tokens = Math.min(limit.burst(), b.tokens + elapsed * limit.ratePerSecond());
            b.at = now;
        }
        if (b.tokens >= 1.0) {
            b.tokens -= 1.0;
            return null;
        }
        double missing = 1.0 - b.tokens;
        return Duration.ofNanos((long) Math.ceil(missing / limit.ratePerSecond() * 1e9));
    }

    /** Forgets every bucket. */
    public synchronized void reset() {
        buckets.clear();
    }
}
