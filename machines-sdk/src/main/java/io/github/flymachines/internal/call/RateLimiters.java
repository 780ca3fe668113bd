package io.github.flymachines.internal.call;

import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Resilience4j rate limiters keyed per action per machine (or app), created on first use and
 * dropped when idle.
 */
public final class RateLimiters {
    private final RateLimitPolicy policy;
    private final Clock clock;
    private final Map<String, Entry> limiters = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    private record Entry(RateLimiter limiter, AtomicLong lastUsedMillis) {
    }

    /**
     * Creates the limiters.
     *
     * @param policy the policy
     * @param clock the clock that drives the limiters
     */
    public RateLimiters(RateLimitPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Reserves a permit for one attempt and returns how long to wait before sending it.
     *
     * @param request the request
     * @return the wait, zero when the request may go now
     */
    public Duration reserve(ApiRequest request) {
        String key = key(request);
        if (key == null) {
            return Duration.ZERO;
        }
        long now = clock.millis();
        Entry e = limiters.computeIfAbsent(key, k -> new Entry(create(k, request.operation().limit()),
                new AtomicLong(now)));
        e.lastUsedMillis.set(now);
        if (calls.incrementAndGet() % 256 == 0) {
            evictIdle(now);
        }
        long nanos = e.limiter.reservePermission();
        if (nanos < 0) {
            // cannot happen with the long timeout we configure; be safe and wait one window
            return Duration.ofSeconds(1);
        }
        return Duration.ofNanos(nanos);
    }

    /** @return the number of live limiters (for tests) */
    public int size() {
        return limiters.size();
    }

    String key(ApiRequest request) {
        if (!policy.enabled()) {
            return null;
        }
        Operation op = request.operation();
        switch (op.limit()) {
            case MACHINE:
            case MACHINE_GET:
                if (request.machineId() == null) {
                    return null;
                }
                return "fly." + op.operationId() + ":" + op.method() + ":" + request.appName() + "/"
                        + request.machineId();
            case APP:
                if (request.appName() == null) {
                    return null;
                }
                return "fly." + op.operationId() + ":" + op.method() + ":" + request.appName();
            case NONE:
            default:
                return null;
        }
    }

    private RateLimiter create(String key, Operation.Limit limit) {
        double rate = limit == Operation.Limit.MACHINE_GET ? policy.getMachineRate() : policy.perActionRate();
        int burst = limit == Operation.Limit.MACHINE_GET ? policy.getMachineBurst() : policy.perActionBurst();
        long periodNanos = Math.max(1_000_000L, (long) (burst / rate * 1_000_000_000L));
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(burst)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos))
                .timeoutDuration(Duration.ofDays(1))
                .build();
        if (policy.registry().isPresent()) {
            return policy.registry().get().rateLimiter(key, config);
        }
        Supplier<Long> nanoTime = () -> {
            Instant i = clock.instant();
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        };
        return new AtomicRateLimiter(key, config, Map.of(), nanoTime);
    }

    private void evictIdle(long now) {
        long idle = policy.idleEviction().toMillis();
        limiters.entrySet().removeIf(en -> {
            boolean stale = now - en.getValue().lastUsedMillis.get() > idle;
            if (stale) {
                policy.registry().ifPresent(r -> r.remove(en.getKey()));
            }
            return stale;
        });
    }
}
