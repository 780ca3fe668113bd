package io.github.flymachines.errors;

/** HTTP 412: a precondition failed, such as a stale {@code machine_version} or a machine being replaced. */
public class PreconditionFailedException extends FlyServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public PreconditionFailedException(ErrorDetails details) {
        super(details);
    }
}
