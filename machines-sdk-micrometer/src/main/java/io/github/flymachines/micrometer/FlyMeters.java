package io.github.flymachines.micrometer;

import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.WaitEnd;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The meters {@link FlyMicrometer} records. */
final class FlyMeters {
    private final MeterRegistry registry;
    private final double[] percentiles;
    private final AtomicInteger outstandingWaits = new AtomicInteger();
    // the meters of every call, looked up by a small key instead of a builder per call
    private final Map<CallKey, Timer> callTimers = new ConcurrentHashMap<>();
    private final Map<AttemptKey, Counter> attemptCounters = new ConcurrentHashMap<>();

    private record CallKey(String operation, String statusClass, Enum<?> outcome, String region) {
    }

    private record AttemptKey(String operation, boolean success, String region) {
    }

    FlyMeters(MeterRegistry registry, double[] percentiles) {
        this.registry = registry;
        this.percentiles = percentiles;
        Gauge.builder(FlyMicrometer.WAITS_OUTSTANDING, outstandingWaits, AtomicInteger::get)
                .description("Waits for a machine state in progress")
                .register(registry);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String orNone(String s) {
        return s == null ? "none" : s;
    }

    void call(CallEnd end) {
        CallKey key = new CallKey(end.call().operation(), end.statusClass(), end.outcome(), orNone(end.region()));
        callTimers.computeIfAbsent(key, k -> Timer.builder(FlyMicrometer.CALLS)
                .description("Machines API calls, retries included")
                .tag("operation", k.operation())
                .tag("status_class", k.statusClass())
                .tag("outcome", lower(k.outcome()))
                .tag("region", k.region())
                .publishPercentiles(percentiles)
                .register(registry))
                .record(end.duration());
    }

    void attempt(AttemptEnd a) {
        AttemptKey key = new AttemptKey(a.call().operation(), a.succeeded(), orNone(a.region()));
        attemptCounters.computeIfAbsent(key, k -> Counter.builder(FlyMicrometer.ATTEMPTS)
                .description("Attempts sent (or refused before sending)")
                .tag("operation", k.operation())
                .tag("outcome", k.success() ? "success" : "error")
                .tag("region", k.region())
                .register(registry))
                .increment();
        if (a.retrying()) {
            Counter.builder(FlyMicrometer.RETRIES)
                    .description("Attempts followed by another")
                    .tag("operation", a.call().operation())
                    .tag("reason", lower(a.retryReason()))
                    .register(registry)
                    .increment();
        }
    }

    void adoption(String operation, boolean adopted) {
        Counter.builder(FlyMicrometer.ADOPTIONS)
                .description("Look-ups after an ambiguous create, and whether they adopted the resource")
                .tag("operation", operation)
                .tag("result", adopted ? "adopted" : "not_found")
                .register(registry)
                .increment();
    }

    void rateLimitWait(String operation, Duration delay) {
        Timer.builder(FlyMicrometer.RATE_LIMIT_WAIT)
                .description("Time attempts waited for the client-side rate limiter")
                .tag("operation", operation)
                .register(registry)
                .record(delay);
    }

    void waitStarted() {
        outstandingWaits.incrementAndGet();
    }

    void waitEnded(WaitEnd end) {
        outstandingWaits.decrementAndGet();
        Timer.builder(FlyMicrometer.WAITS)
                .description("Waits for a machine state")
                .tag("outcome", lower(end.outcome()))
                .tag("state", orNone(end.state()))
                .register(registry)
                .record(end.duration());
    }

    void lease(LeaseEvent e) {
        Counter.builder(FlyMicrometer.LEASES)
                .description("Lease events")
                .tag("event", lower(e.kind()))
                .register(registry)
                .increment();
    }
}
