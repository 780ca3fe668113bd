package io.github.flymachines.errors;

/** The app name is already taken ({@code status: name_taken}); app names are global across Fly. */
public class NameTakenException extends UnprocessableEntityException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public NameTakenException(ErrorDetails details) {
        super(details);
    }
}
