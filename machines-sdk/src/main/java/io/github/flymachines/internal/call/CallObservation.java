package io.github.flymachines.internal.call;

import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.observe.InterceptedHeaders;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.observe.Adoption;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.CallListener;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.ContextScope;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.observe.RateLimitWait;
import io.github.flymachines.observe.RetryReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * What one call reports to the listeners: built only when a listener is set (the engine holds
 * null otherwise), so a client without listeners pays one null check per step and nothing else.
 */
final class CallObservation {
    private final FlyListener listener;
    /** The call's listener, or null when no listener wants the call's events. */
    private final CallListener calls;
    private final CallStart event;
    private final Object parentContext;
    private final long startNanos = System.nanoTime();
    private volatile long sentNanos;
    private volatile int lastStatus;
    private volatile String lastRegion;

    private CallObservation(FlyListener listener, ApiRequest request, List<String> regions, boolean leased) {
        this.listener = listener;
        Operation op = request.operation();
        this.event = new CallStart(op.name(), op.operationId(), op.method(), request.path(), request.appName(),
                request.machineId(), regions, leased);
        this.parentContext = listener.captureContext();
        this.calls = Listeners.callStart(listener, event);
    }

    /**
     * Starts observing a call.
     *
     * @param listener the listener (safe), or null
     * @return the observation, or null when there is no listener
     */
    static CallObservation start(FlyListener listener, ApiRequest request, List<String> regions, boolean leased) {
        return listener == null ? null : new CallObservation(listener, request, regions, leased);
    }

    /** Makes the context of the call's starter current (around completion and adoption look-ups). */
    ContextScope restore() {
        return parentContext == null ? ContextScope.NOOP : listener.restoreContext(parentContext);
    }

    void rateLimitWait(int attempt, Duration wait) {
        if (calls != null) {
            calls.onRateLimitWait(new RateLimitWait(event, attempt, wait));
        }
    }

    /** Reports the start of an attempt and returns the headers the listeners add to it. */
    Map<String, String> attemptStart(int attempt, String region) {
        sentNanos = System.nanoTime();
        if (calls == null) {
            return Map.of();
        }
        lastRegion = region;
        AttemptStart as = new AttemptStart(event, attempt, region);
        calls.onAttemptStart(as);
        return InterceptedHeaders.collect(calls, as);
    }

    void answered(int status) {
        lastStatus = status;
    }

    void attemptSucceeded(int attempt, int status) {
        if (calls != null) {
            calls.onAttemptEnd(new AttemptEnd(event, attempt, lastRegion, status, null, RetryReason.NONE,
                    Duration.ZERO, Duration.ofNanos(System.nanoTime() - sentNanos)));
        }
    }

    void attemptFailed(int attempt, String region, FlyException failure, RetryClassifier.Verdict verdict,
            long delayMillis) {
        int status = failure instanceof FlyServiceException se ? se.httpStatus() : 0;
        long sent = sentNanos;
        sentNanos = 0;
        lastStatus = status;
        if (calls != null) {
            calls.onAttemptEnd(new AttemptEnd(event, attempt, region, status, failure, reasonOf(verdict),
                    Duration.ofMillis(delayMillis), sent == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - sent)));
        }
    }

    void adoption(int attempt, boolean adopted, Object found) {
        if (calls != null) {
            calls.onAdoption(new Adoption(event, attempt, adopted, idOf(found)));
        }
    }

    void end(Throwable failure, int attempts) {
        if (calls == null) {
            return;
        }
        Outcome outcome = failure == null ? Outcome.SUCCESS
                : failure instanceof FlyTimeoutException ? Outcome.TIMEOUT
                : failure instanceof FlyCancelledException || failure instanceof CancellationException
                        ? Outcome.CANCELLED : Outcome.ERROR;
        calls.onCallEnd(new CallEnd(event, outcome, lastStatus, Duration.ofNanos(System.nanoTime() - startNanos),
                attempts, lastRegion, failure instanceof FlyException fe ? fe : null));
    }

    private static RetryReason reasonOf(RetryClassifier.Verdict verdict) {
        switch (verdict) {
            case RETRY:
                return RetryReason.TRANSIENT;
            case RETRY_THROTTLED:
                return RetryReason.THROTTLED;
            case RETRY_PLACEMENT:
                return RetryReason.CAPACITY;
            case RETRY_AFTER_LOOKUP:
                return RetryReason.AMBIGUOUS;
            case STOP:
            default:
                return RetryReason.NONE;
        }
    }

    /** The id of an adopted resource, for listeners. */
    private static String idOf(Object found) {
        if (found instanceof io.github.flymachines.model.Machine m) {
            return m.id();
        }
        if (found instanceof io.github.flymachines.model.App a) {
            return a.name();
        }
        return null;
    }
}
