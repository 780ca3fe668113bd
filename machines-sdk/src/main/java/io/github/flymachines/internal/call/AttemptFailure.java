package io.github.flymachines.internal.call;

import io.github.flymachines.errors.FlyException;

/**
 * Carries one failed attempt through Resilience4j together with the SDK's decision about it. Never
 * reaches the caller: the engine unwraps it.
 */
final class AttemptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient FlyException failure;
    final boolean retry;
    final long delayMillis;

    AttemptFailure(FlyException failure, boolean retry, long delayMillis) {
        super(failure.getMessage(), failure, false, false);
        this.failure = failure;
        this.retry = retry;
        this.delayMillis = delayMillis;
    }
}
