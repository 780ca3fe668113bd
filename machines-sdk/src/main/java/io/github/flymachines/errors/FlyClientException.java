package io.github.flymachines.errors;

/**
 * The client-side branch: no response was received from the API, or the request was never sent.
 *
 * <p>{@link #requestMayHaveReachedServer()} tells whether the server may have acted on the request anyway
 * (the failure came after the request was written): for a non-idempotent call such as machine
 * create, that makes the outcome ambiguous.
 *
 * @serial exclude
 */
public class FlyClientException extends FlyException {
    private static final long serialVersionUID = 1L;
    private final boolean requestMayHaveReachedServer;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the cause, may be null
     * @param requestMayHaveReachedServer whether the server may have received the request
     */
    public FlyClientException(String message, Throwable cause, boolean requestMayHaveReachedServer) {
        super(message, cause);
        this.requestMayHaveReachedServer = requestMayHaveReachedServer;
    }

    /**
     * Tells whether the server may have received, and acted on, the request.
     *
     * @return true when the outcome is ambiguous
     */
    public boolean requestMayHaveReachedServer() {
        return requestMayHaveReachedServer;
    }
}
