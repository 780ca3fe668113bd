package io.github.flymachines;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-request overrides of the client's defaults. Unset values (null) inherit from the client.
 * Apply them with {@code withOptions(...)} on any resource client, for example
 * {@code fly.app("a").machines().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(5)).build())}.
 *
 * @param timeout the whole-call deadline: all attempts and the delays between them
 * @param attemptTimeout the limit for one attempt (until the response headers arrive)
 * @param maxAttempts the maximum number of attempts, retries included (1 disables retries)
 */
public record RequestOptions(Duration timeout, Duration attemptTimeout, Integer maxAttempts) {
    /** No overrides. */
    public static final RequestOptions NONE = new RequestOptions(null, null, null);

    /**
     * Creates the record. Validates the values that are set.
     *
     * @param timeout the whole-call deadline: all attempts and the delays between them
     * @param attemptTimeout the limit for one attempt (until the response headers arrive)
     * @param maxAttempts the maximum number of attempts, retries included (1 disables retries)
     */
    public RequestOptions {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (attemptTimeout != null && (attemptTimeout.isNegative() || attemptTimeout.isZero())) {
            throw new IllegalArgumentException("attemptTimeout must be positive: " + attemptTimeout);
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /**
     * Starts a builder.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns these options with unset values taken from {@code defaults}.
     *
     * @param defaults the fallback
     * @return the merged options
     */
    public RequestOptions orElse(RequestOptions defaults) {
        Objects.requireNonNull(defaults, "defaults");
        return new RequestOptions(timeout != null ? timeout : defaults.timeout,
                attemptTimeout != null ? attemptTimeout : defaults.attemptTimeout,
                maxAttempts != null ? maxAttempts : defaults.maxAttempts);
    }

    /**
     * Returns a copy with another whole-call timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public RequestOptions withTimeout(Duration value) {
        return new RequestOptions(value, attemptTimeout, maxAttempts);
    }

    /**
     * Returns a copy with another attempt timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public RequestOptions withAttemptTimeout(Duration value) {
        return new RequestOptions(timeout, value, maxAttempts);
    }

    /**
     * Returns a copy with another attempt limit.
     *
     * @param value the maximum number of attempts
     * @return the copy
     */
    public RequestOptions withMaxAttempts(Integer value) {
        return new RequestOptions(timeout, attemptTimeout, value);
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Duration attemptTimeout;
        private Integer maxAttempts;

        private Builder() {
        }

        /**
         * Sets the whole-call deadline (all attempts and delays).
         *
         * @param value the timeout
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * Sets the per-attempt timeout.
         *
         * @param value the timeout
         * @return this
         */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = value;
            return this;
        }

        /**
         * Sets the maximum number of attempts (1 disables retries).
         *
         * @param value the limit
         * @return this
         */
        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        /** @return the options */
        public RequestOptions build() {
            return new RequestOptions(timeout, attemptTimeout, maxAttempts);
        }
    }
}
