package io.github.flymachines.errors;

import java.util.Optional;

/**
 * The API answered with an error status. Subclasses name the common cases; catch this type for
 * all of them.
 *
 * @serial exclude
 */
public class FlyServiceException extends FlyException {
    private static final long serialVersionUID = 1L;
    private final ErrorDetails details;

    /**
     * Creates an exception.
     *
     * @param details what the API answered
     */
    public FlyServiceException(ErrorDetails details) {
        this(details, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param details what the API answered
     * @param cause the cause, may be null
     */
    public FlyServiceException(ErrorDetails details, Throwable cause) {
        super(render(details), cause);
        this.details = details;
    }

    static String render(ErrorDetails d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.method()).append(' ').append(d.path()).append(" -> HTTP ").append(d.httpStatus());
        if (d.apiMessage() != null && !d.apiMessage().isBlank()) {
            sb.append(": ").append(d.apiMessage());
        }
        if (d.apiStatus() != null && !d.apiStatus().isBlank()) {
            sb.append(" [status=").append(d.apiStatus()).append(']');
        }
        if (d.requestId() != null) {
            sb.append(" [fly-request-id=").append(d.requestId()).append(']');
        }
        return sb.toString();
    }

    /**
     * Returns everything the API answered.
     *
     * @return the details
     */
    public ErrorDetails details() {
        return details;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int httpStatus() {
        return details.httpStatus();
    }

    /**
     * Returns the API's {@code status} code ({@code insufficient_capacity}, {@code name_taken}, ...).
     *
     * @return the code, if the body carried one
     */
    public Optional<String> apiStatus() {
        return Optional.ofNullable(details.apiStatus());
    }

    /**
     * Returns the API's error text.
     *
     * @return the text, if the body carried one
     */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(details.apiMessage());
    }

    /**
     * Returns the {@code fly-request-id} header, to quote to Fly support.
     *
     * @return the request id, if the response had one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(details.requestId());
    }
}
