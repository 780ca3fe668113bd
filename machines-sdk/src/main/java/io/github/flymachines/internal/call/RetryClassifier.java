package io.github.flymachines.internal.call;

import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyClientException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyIoException;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.MalformedResponseException;
import io.github.flymachines.errors.RateLimitedException;
import io.github.flymachines.internal.api.Operation;

/**
 * Decides, for one failed attempt, whether a retry is safe and useful. Safety comes from the
 * operation ({@link Operation.Safety}); usefulness from the failure.
 */
public final class RetryClassifier {
    private RetryClassifier() {
    }

    /** What to do after a failed attempt. */
    public enum Verdict {
        /** Do not retry: the failure is final or a retry could do harm. */
        STOP,
        /** Retry with the normal backoff. */
        RETRY,
        /** Retry with the throttling backoff (HTTP 429), honouring {@code Retry-After}. */
        RETRY_THROTTLED,
        /** Capacity ran out: retry, in the next region when the call has several. */
        RETRY_PLACEMENT,
        /** The outcome is unknown: look the created resource up before sending again. */
        RETRY_AFTER_LOOKUP
    }

    /**
     * Classifies a failure.
     *
     * @param safety the operation's safety class, already resolved for leases (see {@link #effectiveSafety})
     * @param failure the failure
     * @return the verdict
     */
    public static Verdict classify(Operation.Safety safety, FlyException failure) {
        if (failure instanceof FlyValidationException || failure instanceof FlyCancelledException) {
            return Verdict.STOP;
        }
        if (failure instanceof RateLimitedException) {
            // 429 is a definite refusal: nothing was done, for every kind of operation
            return Verdict.RETRY_THROTTLED;
        }
        if (failure instanceof CapacityException ce) {
            return ce.isRetryableElsewhere() ? Verdict.RETRY_PLACEMENT : Verdict.STOP;
        }
        boolean definiteNoEffect = isDefiniteNoEffect(failure);
        boolean transientFault = isTransient(failure);
        if (!transientFault) {
            return Verdict.STOP;
        }
        switch (safety) {
            case IDEMPOTENT:
                return Verdict.RETRY;
            case CREATE_MACHINE:
                return definiteNoEffect ? Verdict.RETRY : Verdict.RETRY_AFTER_LOOKUP;
            case NON_IDEMPOTENT:
            case IDEMPOTENT_IF_LEASED:
            default:
                return definiteNoEffect ? Verdict.RETRY : Verdict.STOP;
        }
    }

    /**
     * Resolves {@link Operation.Safety#IDEMPOTENT_IF_LEASED}: a machine update is idempotent when it
     * names the version it replaces or carries a lease nonce.
     *
     * @param op the operation
     * @param hasLeaseNonce whether the request carries a lease nonce
     * @param hasCurrentVersion whether an update names {@code current_version} (or an app create carries
     *        an {@code idempotency_key}: the call was marked idempotent by its caller)
     * @return the effective safety
     */
    public static Operation.Safety effectiveSafety(Operation op, boolean hasLeaseNonce, boolean hasCurrentVersion) {
        if (op.safety() == Operation.Safety.IDEMPOTENT_IF_LEASED) {
            return hasLeaseNonce || hasCurrentVersion ? Operation.Safety.IDEMPOTENT : Operation.Safety.NON_IDEMPOTENT;
        }
        if (op == Operation.APPS_CREATE && hasCurrentVersion) {
            // an app create carrying an idempotency_key: the API dedupes a repeat
            return Operation.Safety.IDEMPOTENT;
        }
        return op.safety();
    }

    /** A transient fault: worth retrying if safe. */
    static boolean isTransient(FlyException f) {
        if (f instanceof FlyIoException || f instanceof FlyTimeoutException) {
            return true;
        }
        if (f instanceof MalformedResponseException) {
            return true;
        }
        if (f instanceof FlyServiceException se) {
            int s = se.httpStatus();
            return s == 408 || s == 429 || s >= 500;
        }
        return false;
    }

    /** The request certainly had no effect (it never reached the server). */
    static boolean isDefiniteNoEffect(FlyException f) {
        if (f instanceof FlyClientException ce) {
            return !ce.requestMayHaveReachedServer();
        }
        return false;
    }
}
