package io.github.flymachines.observe;

import io.github.flymachines.errors.FlyException;
import java.util.Objects;

/**
 * One {@code /wait} poll that has answered.
 *
 * @param start the wait
 * @param poll the poll number, from 1
 * @param state the machine state the poll reported, or null when it reported none (the server's
 *        poll ended with 408, the machine is not visible yet, an error)
 * @param failure the poll's error, or null
 */
public record WaitPoll(WaitStart start, int poll, String state, FlyException failure) {
    /**
     * Creates the record.
     *
     * @param start the wait
     * @param poll the poll number
     * @param state the state or null
     * @param failure the error or null
     */
    public WaitPoll {
        Objects.requireNonNull(start, "start");
    }
}
