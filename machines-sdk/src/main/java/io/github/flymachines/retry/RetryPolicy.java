package io.github.flymachines.retry;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the SDK retries failed calls. Which failures are retried is decided per operation (see the
 * README's retry table): idempotent operations on any transient fault, non-idempotent ones only
 * after a definite refusal, machine create after looking up the machine it may already have made.
 * This policy says how many times and how long to wait.
 *
 * <p>Delays use exponential backoff with full jitter: attempt {@code n} waits a random time in
 * {@code [0, min(maxDelay, baseDelay * 2^(n-1))]}. Throttling (HTTP 429) uses its own, slower
 * backoff. A {@code Retry-After} header is honoured: the delay is the larger of the server's and
 * the computed one. A delay that does not fit in the call's remaining time is not taken: the call
 * fails at once with the last error.
 *
 * <p>Pass a {@link RetryRegistry} to observe retry events and metrics: retries then run on
 * Resilience4j, one {@code Retry} per operation, named {@code fly.<operationId>}. Without one, the
 * SDK makes the same retry decisions in its own loop and builds nothing of Resilience4j's retry.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration throttleBaseDelay;
    private final Duration throttleMaxDelay;
    private final int adoptionLookups;
    private final RetryRegistry registry;
    private final CircuitBreaker circuitBreaker;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.throttleBaseDelay = b.throttleBaseDelay;
        this.throttleMaxDelay = b.throttleMaxDelay;
        this.adoptionLookups = b.adoptionLookups;
        this.registry = b.registry;
        this.circuitBreaker = b.circuitBreaker;
    }

    /**
     * Returns the defaults: 4 attempts, backoff 250 ms doubling up to 5 s, throttling backoff 1 s
     * doubling up to 30 s, two look-ups before a machine create is sent again.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a policy that never retries.
     *
     * @return a single-attempt policy
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Starts a builder from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this policy's values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.baseDelay = baseDelay;
        b.maxDelay = maxDelay;
        b.throttleBaseDelay = throttleBaseDelay;
        b.throttleMaxDelay = throttleMaxDelay;
        b.adoptionLookups = adoptionLookups;
        b.registry = registry;
        return b;
    }

    /** @return the maximum number of attempts per call, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the first backoff ceiling */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the largest backoff ceiling */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the first backoff ceiling after a 429 */
    public Duration throttleBaseDelay() {
        return throttleBaseDelay;
    }

    /** @return the largest backoff ceiling after a 429 */
    public Duration throttleMaxDelay() {
        return throttleMaxDelay;
    }

    /**
     * Returns how many times a machine create whose outcome is unknown looks the machine up by its
     * client request id before sending the create again.
     *
     * @return the number of look-ups
     */
    public int adoptionLookups() {
        return adoptionLookups;
    }

    /**
     * Returns the circuit breaker guarding every attempt, if one was set.
     *
     * @return the breaker
     */
    public Optional<CircuitBreaker> circuitBreaker() {
        return Optional.ofNullable(circuitBreaker);
    }

    /**
     * Returns the Resilience4j registry the SDK creates its {@code Retry} instances in.
     *
     * @return the user's registry, if one was given
     */
    public Optional<RetryRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", throttleBaseDelay=" + throttleBaseDelay + ", throttleMaxDelay=" + throttleMaxDelay
                + ", adoptionLookups=" + adoptionLookups + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration baseDelay = Duration.ofMillis(250);
        private Duration maxDelay = Duration.ofSeconds(5);
        private Duration throttleBaseDelay = Duration.ofSeconds(1);
        private Duration throttleMaxDelay = Duration.ofSeconds(30);
        private int adoptionLookups = 2;
        private RetryRegistry registry;
        private CircuitBreaker circuitBreaker;

        private Builder() {
        }

        /**
         * Sets the maximum number of attempts (1 disables retries).
         *
         * @param value at least 1
         * @return this
         */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * Sets the backoff: the first ceiling and the largest one.
         *
         * @param base the first ceiling
         * @param max the largest ceiling
         * @return this
         */
        public Builder backoff(Duration base, Duration max) {
            this.baseDelay = positive("baseDelay", base);
            this.maxDelay = positive("maxDelay", max);
            return this;
        }

        /**
         * Sets the backoff used after HTTP 429.
         *
         * @param base the first ceiling
         * @param max the largest ceiling
         * @return this
         */
        public Builder throttleBackoff(Duration base, Duration max) {
            this.throttleBaseDelay = positive("throttleBaseDelay", base);
            this.throttleMaxDelay = positive("throttleMaxDelay", max);
            return this;
        }

        /**
         * Sets how many look-ups by client request id precede a repeated machine create.
         *
         * @param value zero or more
         * @return this
         */
        public Builder adoptionLookups(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("adoptionLookups must not be negative: " + value);
            }
            this.adoptionLookups = value;
            return this;
        }

        /**
         * Creates the SDK's {@code Retry} instances in this registry, so that existing Resilience4j
         * monitoring sees them.
         *
         * @param value the registry
         * @return this
         */
        public Builder registry(RetryRegistry value) {
            this.registry = Objects.requireNonNull(value, "registry");
            return this;
        }

        /**
         * Guards every attempt with a Resilience4j circuit breaker, against retry storms: while it
         * is open, calls fail at once with {@link io.github.flymachines.errors.CircuitOpenException}
         * and nothing is sent. Attempts that end in a server or network fault (5xx, 408, reset,
         * timeout) count as failures; any other answer, including 4xx and 429, counts as a
         * success, since the API answered. Share one breaker per API endpoint you want guarded.
         *
         * @param value the breaker
         * @return this
         */
        public Builder circuitBreaker(CircuitBreaker value) {
            this.circuitBreaker = Objects.requireNonNull(value, "circuitBreaker");
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + d);
            }
            return d;
        }
    }
}
