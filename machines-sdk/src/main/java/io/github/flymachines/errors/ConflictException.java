package io.github.flymachines.errors;

/** HTTP 409: a conflict, such as a lease held by someone else or a name or zone race. */
public class ConflictException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public ConflictException(ErrorDetails details) {
        super(details);
    }
}
