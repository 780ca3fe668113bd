package io.github.flymachines.errors;

/** HTTP 404: the app, machine, volume or other resource does not exist (or is not visible yet). */
public class NotFoundException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}
