package io.github.flymachines.jobs;

import io.github.flymachines.model.MachineEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a job ended.
 *
 * @param job the job's name
 * @param status how it ended
 * @param machineId the machine it ran on, or null when none was made
 * @param region the machine's region, or null when unknown
 * @param exitCode the main process's exit code from the exit event, or null when it did not exit
 * @param signal the signal that ended it, or null
 * @param oomKilled true when the process was killed for running out of memory
 * @param startDelay from submission until the machine's process started (zero when it never did)
 * @param runTime from the process start until its exit (zero when it did not exit)
 * @param total from submission until the result, clean-up included
 * @param events the machine's events, newest first, as the API answered them
 * @param failure for {@link Status#FAILED}, {@link Status#TIMED_OUT} and {@link Status#CANCELLED}:
 *     what went wrong; otherwise null
 */
public record JobResult(String job, Status status, String machineId, String region, Integer exitCode, Integer signal,
        boolean oomKilled, Duration startDelay, Duration runTime, Duration total, List<MachineEvent> events,
        String failure) {
    /** How a job ended. */
    public enum Status {
        /** The process exited on its own; see {@link #exitCode()}. */
        EXITED,
        /** It ran past its timeout; its machine was destroyed. */
        TIMED_OUT,
        /** It was cancelled; its machine was destroyed. */
        CANCELLED,
        /** The machine could not be created or started, or failed. */
        FAILED
    }

    /**
     * Checks the values.
     *
     * @param job as in the record header
     * @param status as in the record header
     * @param machineId as in the record header
     * @param region as in the record header
     * @param exitCode as in the record header
     * @param signal as in the record header
     * @param oomKilled as in the record header
     * @param startDelay as in the record header
     * @param runTime as in the record header
     * @param total as in the record header
     * @param events as in the record header
     * @param failure as in the record header
     */
    public JobResult {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(status, "status");
        startDelay = startDelay == null ? Duration.ZERO : startDelay;
        runTime = runTime == null ? Duration.ZERO : runTime;
        total = total == null ? Duration.ZERO : total;
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** @return true when the process exited with code 0 and no signal or OOM kill */
    public boolean succeeded() {
        return status == Status.EXITED && exitCode != null && exitCode == 0 && signal == null && !oomKilled;
    }
}
