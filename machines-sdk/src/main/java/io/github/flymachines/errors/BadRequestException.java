package io.github.flymachines.errors;

/** HTTP 400: the API rejected the request as invalid. */
public class BadRequestException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}
