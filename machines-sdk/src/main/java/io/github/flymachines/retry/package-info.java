/**
 * Client-side resilience: {@link io.github.flymachines.retry.RetryPolicy} (attempts, back-off,
 * Resilience4j retry events, optional circuit breaker) and
 * {@link io.github.flymachines.retry.RateLimitPolicy} (Fly's documented per-action rate limits).
 */
package io.github.flymachines.retry;
