package io.github.flymachines.lifecycle;

import io.github.flymachines.errors.FlyException;

/**
 * A scale-out with the {@code ROLLBACK} policy failed; the machines it had created were destroyed.
 * The individual failures are attached as suppressed exceptions and listed in {@link #result()}.
 */
public class ScaleOutException extends FlyException {
    private static final long serialVersionUID = 1L;
    private final transient ScaleOutResult result;

    /**
     * Creates an exception.
     *
     * @param result what happened
     */
    public ScaleOutException(ScaleOutResult result) {
        super("scale-out failed: " + result.failures().size() + " machine(s) failed, " + result.rolledBack().size()
                + " rolled back");
        this.result = result;
        result.failures().forEach(f -> addSuppressed(f.error()));
    }

    /** @return what happened */
    public ScaleOutResult result() {
        return result;
    }
}
