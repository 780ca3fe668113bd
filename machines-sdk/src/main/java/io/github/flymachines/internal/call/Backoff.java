package io.github.flymachines.internal.call;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter. */
final class Backoff {
    private Backoff() {
    }

    /**
     * Returns a random delay in {@code [0, min(max, base * 2^(retry-1))]}.
     *
     * @param retry the retry number, starting at 1
     * @param base the first ceiling
     * @param max the largest ceiling
     * @param random the random source
     * @return the delay
     */
    static Duration fullJitter(int retry, Duration base, Duration max, RandomGenerator random) {
        long baseNanos = base.toNanos();
        long maxNanos = max.toNanos();
        int shift = Math.min(Math.max(retry - 1, 0), 40);
        long ceiling = baseNanos > (Long.MAX_VALUE >> shift) ? maxNanos : Math.min(maxNanos, baseNanos << shift);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) (random.nextDouble() * ceiling));
    }
}
