package io.github.flymachines.errors;

/** The call was cancelled, or the calling thread was interrupted while it waited. */
public class FlyCancelledException extends FlyClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the cause, may be null
     */
    public FlyCancelledException(String message, Throwable cause) {
        super(message, cause, true);
    }
}
