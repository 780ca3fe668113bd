package io.github.flymachines.model;

import io.github.flymachines.internal.util.Models;
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
public record WaitRequest(List<WaitState> states, Duration timeout, String version, String fromEventId) {
    /**
     * Creates the record. Copies the states.
     *
     * @param states the states to wait for (any of them); empty means {@code started}
     * @param timeout how long the server may block, whole seconds from 1 to 60; null for the server default (60 s)
     * @param version the machine version to anchor to (after an update)
     * @param fromEventId only transitions after this event count
     */
    public WaitRequest {
        states = Models.list(states);
    }

    /**
     * Waits for any of the states with the server default timeout.
     *
     * @param states the states
     * @return the request
     */
    public static WaitRequest of(WaitState... states) {
        return new WaitRequest(List.of(states), null, null, null);
    }

    /**
     * Returns a copy with a timeout.
     *
     * @param value the timeout (1 to 60 s)
     * @return the copy
     */
    public WaitRequest withTimeout(Duration value) {
        return new WaitRequest(states, value, version, fromEventId);
    }

    /**
     * Returns a copy anchored to a version.
     *
     * @param value the version
     * @return the copy
     */
    public WaitRequest withVersion(String value) {
        return new WaitRequest(states, timeout, value, fromEventId);
    }

    /**
     * Returns a copy counting only transitions after an event.
     *
     * @param value the event id
     * @return the copy
     */
    public WaitRequest withFromEventId(String value) {
        return new WaitRequest(states, timeout, version, value);
    }
}
