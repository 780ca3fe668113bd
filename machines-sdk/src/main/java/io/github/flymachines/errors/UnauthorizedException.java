package io.github.flymachines.errors;

/** HTTP 401: the token is missing or invalid. */
public class UnauthorizedException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public UnauthorizedException(ErrorDetails details) {
        super(details);
    }
}
