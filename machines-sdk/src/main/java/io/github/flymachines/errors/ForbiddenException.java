package io.github.flymachines.errors;

/** HTTP 403: the token may not do this (or, for an app lookup, the name belongs to another organization). */
public class ForbiddenException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public ForbiddenException(ErrorDetails details) {
        super(details);
    }
}
