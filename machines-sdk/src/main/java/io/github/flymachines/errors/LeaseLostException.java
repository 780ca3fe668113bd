package io.github.flymachines.errors;

/**
 * A lease held through the SDK could not be refreshed: it expired or someone else took the
 * machine. Mutations made with its nonce will be refused.
 */
public class LeaseLostException extends FlyException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what happened
     * @param cause the refresh failure
     */
    public LeaseLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
