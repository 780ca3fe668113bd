package io.github.flymachines.retry;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Client-side rate limiting, keyed the way Fly limits: per action, per machine (per app for
 * machine create). A program that fires many calls at one machine waits locally instead of
 * collecting 429s. The defaults follow the documented limits: 1 request/s with bursts of 3, and
 * 5 requests/s with bursts of 10 for get machine.
 *
 * <p>Each key gets a Resilience4j {@code RateLimiter} that lets {@code burst} requests through per
 * window of {@code burst / rate} seconds. Limiters of keys idle for longer than
 * {@link #idleEviction()} are dropped.
 */
public final class RateLimitPolicy {
    private static final RateLimitPolicy DEFAULTS = builder().build();
    private static final RateLimitPolicy DISABLED = builder().enabled(false).build();

    private final boolean enabled;
    private final double perAction;
    private final int perActionBurst;
    private final double getMachine;
    private final int getMachineBurst;
    private final Duration idleEviction;
    private final RateLimiterRegistry registry;

    private RateLimitPolicy(Builder b) {
        this.enabled = b.enabled;
        this.perAction = b.perAction;
        this.perActionBurst = b.perActionBurst;
        this.getMachine = b.getMachine;
        this.getMachineBurst = b.getMachineBurst;
        this.idleEviction = b.idleEviction;
        this.registry = b.registry;
    }

    /** @return the default policy (the documented Fly limits) */
    public static RateLimitPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that never waits */
    public static RateLimitPolicy disabled() {
        return DISABLED;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether limiting is on */
    public boolean enabled() {
        return enabled;
    }

    /** @return sustained requests per second per action per machine (or app) */
    public double perActionRate() {
        return perAction;
    }

    /** @return the burst per action per machine (or app) */
    public int perActionBurst() {
        return perActionBurst;
    }

    /** @return sustained get-machine requests per second per machine */
    public double getMachineRate() {
        return getMachine;
    }

    /** @return the get-machine burst per machine */
    public int getMachineBurst() {
        return getMachineBurst;
    }

    /** @return how long an unused key's limiter is kept */
    public Duration idleEviction() {
        return idleEviction;
    }

    /** @return the user's Resilience4j registry, if given */
    public Optional<RateLimiterRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    @Override
    public String toString() {
        return "RateLimitPolicy[enabled=" + enabled + ", perAction=" + perAction + "/s burst " + perActionBurst
                + ", getMachine=" + getMachine + "/s burst " + getMachineBurst + "]";
    }

    /** Builds a {@link RateLimitPolicy}. */
    public static final class Builder {
        private boolean enabled = true;
        private double perAction = 1.0;
        private int perActionBurst = 3;
        private double getMachine = 5.0;
        private int getMachineBurst = 10;
        private Duration idleEviction = Duration.ofMinutes(5);
        private RateLimiterRegistry registry;

        private Builder() {
        }

        /**
         * Turns limiting on or off.
         *
         * @param value true to limit
         * @return this
         */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /**
         * Sets the per-action limit.
         *
         * @param ratePerSecond sustained rate, positive
         * @param burst burst size, at least 1
         * @return this
         */
        public Builder perAction(double ratePerSecond, int burst) {
            check(ratePerSecond, burst);
            this.perAction = ratePerSecond;
            this.perActionBurst = burst;
            return this;
        }

        /**
         * Sets the get-machine limit.
         *
         * @param ratePerSecond sustained rate, positive
         * @param burst burst size, at least 1
         * @return this
         */
        public Builder getMachine(double ratePerSecond, int burst) {
            check(ratePerSecond, burst);
            this.getMachine = ratePerSecond;
            this.getMachineBurst = burst;
            return this;
        }

        /**
         * Sets how long an unused key's limiter is kept.
         *
         * @param value the idle time
         * @return this
         */
        public Builder idleEviction(Duration value) {
            this.idleEviction = Objects.requireNonNull(value, "idleEviction");
            return this;
        }

        /**
         * Creates the SDK's limiters in this registry.
         *
         * @param value the registry
         * @return this
         */
        public Builder registry(RateLimiterRegistry value) {
            this.registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /** @return the policy */
        public RateLimitPolicy build() {
            return new RateLimitPolicy(this);
        }

        private static void check(double rate, int burst) {
            if (!(rate > 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("rate must be positive: " + rate);
            }
            if (burst < 1) {
                throw new IllegalArgumentException("burst must be at least 1: " + burst);
            }
        }
    }
}
