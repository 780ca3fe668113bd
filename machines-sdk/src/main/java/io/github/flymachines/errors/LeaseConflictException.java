package io.github.flymachines.errors;

/** HTTP 409 because the machine is leased by someone else, or the lease nonce sent is not the current one. */
public class LeaseConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public LeaseConflictException(ErrorDetails details) {
        super(details);
    }
}
