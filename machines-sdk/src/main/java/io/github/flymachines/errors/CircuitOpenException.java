package io.github.flymachines.errors;

/**
 * The call was not sent because the circuit breaker configured in
 * {@link io.github.flymachines.retry.RetryPolicy.Builder#circuitBreaker} is open: recent attempts
 * failed with server or network faults. Nothing reached the API; try again later.
 */
public class CircuitOpenException extends FlyClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message
     * @param cause the breaker's own exception
     */
    public CircuitOpenException(String message, Throwable cause) {
        super(message, cause, false);
    }
}
