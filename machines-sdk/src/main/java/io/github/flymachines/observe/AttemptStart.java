package io.github.flymachines.observe;

import java.util.Objects;

/**
 * One attempt of a call, about to be sent.
 *
 * @param call the call
 * @param attempt the attempt number, from 1
 * @param region the region a create asks for in this attempt, or null (other operations, or a
 *        create that names none)
 */
public record AttemptStart(CallStart call, int attempt, String region) {
    /**
     * Creates the record.
     *
     * @param call the call
     * @param attempt the attempt number
     * @param region the region or null
     */
    public AttemptStart {
        Objects.requireNonNull(call, "call");
    }
}
