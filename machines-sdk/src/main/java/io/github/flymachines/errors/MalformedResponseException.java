package io.github.flymachines.errors;

/**
 * The API answered with a success status but a body the SDK could not read (not JSON, cut short,
 * or the wrong shape). Reads are retried; for a non-idempotent call the action may have happened.
 */
public class MalformedResponseException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     * @param cause the parse failure
     */
    public MalformedResponseException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
