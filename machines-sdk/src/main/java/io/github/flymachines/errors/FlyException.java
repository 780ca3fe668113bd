package io.github.flymachines.errors;

/**
 * Root of every exception this SDK throws. Unchecked.
 *
 * <p>Two branches: {@link FlyServiceException} when the API answered (it carries the HTTP status,
 * the API's {@code status} code, the {@code fly-request-id} and a bounded raw body), and
 * {@link FlyClientException} when no answer was received (I/O failure, timeout, cancellation) or
 * the request was never sent ({@link FlyValidationException}).
 *
 * <p>Messages never contain the API token, lease nonces or environment values.
 */
public class FlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the cause, may be null
     */
    public FlyException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception.
     *
     * @param message the message
     */
    public FlyException(String message) {
        super(message);
    }
}
