package io.github.flymachines.errors;

/** HTTP 5xx: the API failed. Idempotent calls are retried; for non-idempotent ones the outcome is ambiguous. */
public class ServerErrorException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public ServerErrorException(ErrorDetails details) {
        super(details);
    }
}
