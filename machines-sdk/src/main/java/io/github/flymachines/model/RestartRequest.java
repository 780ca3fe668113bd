package io.github.flymachines.model;

import java.time.Duration;

/**
 * How to restart a Machine.
 *
 * @param signal the signal to stop it with, or null for the default
 * @param timeout how long to wait for it to stop before killing, or null for the default
 * @param forceStop whether to kill it at once (as fly-go's {@code force_stop})
 */
public record RestartRequest(Signal signal, Duration timeout, Boolean forceStop) implements RestartRequestBuilder.With {

    /** {@return an empty builder} */
    public static RestartRequestBuilder builder() {
        return new RestartRequestBuilder();
    }

    /** The defaults. */
    public static final RestartRequest DEFAULT = new RestartRequestBuilder().build();

    @Override
    public String toString() {
        return RestartRequestBuilder.render(this);
    }
}
