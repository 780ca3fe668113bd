package io.github.flymachines.errors;

/** The connection failed: refused, reset, closed early, or a response that could not be read. */
public class FlyIoException extends FlyClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the I/O cause
     * @param requestMayHaveReachedServer whether the server may have received the request
     */
    public FlyIoException(String message, Throwable cause, boolean requestMayHaveReachedServer) {
        super(message, cause, requestMayHaveReachedServer);
    }
}
