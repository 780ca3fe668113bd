package io.github.flymachines.errors;

/** HTTP 408: the server gave up waiting (a {@code /wait} deadline, or an internal deadline). For a non-idempotent call the outcome is ambiguous: the action may have happened. */
public class RequestTimeoutException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public RequestTimeoutException(ErrorDetails details) {
        super(details);
    }
}
