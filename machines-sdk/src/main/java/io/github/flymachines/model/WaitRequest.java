package io.github.flymachines.model;

import java.time.Duration;
import java.util.List;

/**
 * One server-side wait ({@code GET /machines/{id}/wait}): blocks until the machine reaches any of
 * the states, for at most {@code timeout} (1 to 60 s; the server caps it at 60 s).
 *
 * @param states the states to wait for (any of them); empty means {@code started}
 * @param timeout how long the server may block, whole seconds from 1 to 60; null for the server default (60 s)
 * @param version the machine version to anchor to (after an update)
 * @param fromEventId only transitions after this event count
 */
public record WaitRequest(List<WaitState> states, Duration timeout, String version, String fromEventId) implements WaitRequestBuilder.With {

    /** {@return an empty builder} */
    public static WaitRequestBuilder builder() {
        return new WaitRequestBuilder();
    }

    /**
     * Waits for any of the states with the server default timeout.
     *
     * @param states the states
     * @return the request
     */
    public static WaitRequest of(WaitState... states) {
        return builder().states(states).build();
    }

    @Override
    public String toString() {
        return WaitRequestBuilder.render(this);
    }
}
