package io.github.flymachines.jobs;

import io.github.flymachines.errors.FlyValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A command to run to completion as a machine's main process.
 *
 * @param name a label for the job, copied into its {@link JobResult} (not sent anywhere secret)
 * @param command the command and its arguments (the config's {@code init.exec})
 * @param env environment variables added to the machine's config (values never shown in {@link #toString()})
 * @param timeout how long the job may take from submission to exit; after that its machine is destroyed
 */
public record Job(String name, List<String> command, Map<String, String> env, Duration timeout) {
    /** The timeout of {@link #of(String...)}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /**
     * Checks the values.
     *
     * @param name as in the record header
     * @param command as in the record header
     * @param env as in the record header
     * @param timeout as in the record header
     * @throws FlyValidationException naming the first bad parameter
     */
    public Job {
        if (command == null || command.isEmpty()) {
            throw new FlyValidationException("command", "must name at least the program to run");
        }
        command = List.copyOf(command);
        env = env == null ? Map.of() : Map.copyOf(env);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new FlyValidationException("timeout", "must be positive, got " + timeout);
        }
        name = name == null || name.isBlank() ? String.join(" ", command) : name;
    }

    /**
     * A job running {@code command}, named after it, with no extra env and {@link #DEFAULT_TIMEOUT}.
     *
     * @param command the program and its arguments
     * @return the job
     */
    public static Job of(String... command) {
        return new Job(null, List.of(command), Map.of(), DEFAULT_TIMEOUT);
    }

    /**
     * Returns a copy with another name.
     *
     * @param value the name
     * @return the copy
     */
    public Job withName(String value) {
        return new Job(value, command, env, timeout);
    }

    /**
     * Returns a copy with these environment variables.
     *
     * @param value the variables
     * @return the copy
     */
    public Job withEnv(Map<String, String> value) {
        return new Job(name, command, value, timeout);
    }

    /**
     * Returns a copy with another timeout.
     *
     * @param value the timeout
     * @return the copy
     */
    public Job withTimeout(Duration value) {
        return new Job(name, command, env, value);
    }

    /** Renders the job; env values are masked. */
    @Override
    public String toString() {
        return "Job[name=" + name + ", command=" + command + ", env=" + env.keySet() + ", timeout=" + timeout + "]";
    }
}
