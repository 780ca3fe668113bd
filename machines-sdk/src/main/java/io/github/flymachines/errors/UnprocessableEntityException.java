package io.github.flymachines.errors;

/** HTTP 422: the request was understood but refused (for example a certificate that cannot be issued). */
public class UnprocessableEntityException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public UnprocessableEntityException(ErrorDetails details) {
        super(details);
    }
}
