package io.github.flymachines.lifecycle;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.Machine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A machine that lives for the length of a try-with-resources block, the Java form of
 * {@code fly machine run --shell}: created with {@code auto_destroy} and restart policy
 * {@code no}, started before the block runs, destroyed (and awaited until {@code destroyed}) by
 * {@link #close()} even when the block threw.
 *
 * <pre>{@code
 * try (EphemeralMachine vm = machines.runEphemeral(config)) {
 *     System.out.println(vm.exec("uname", "-a").stdout());
 * }
 * }</pre>
 */
public interface EphemeralMachine extends AutoCloseable {
    /** @return the machine id */
    String id();

    /** @return the machine as it was when it started */
    Machine machine();

    /** @return the client of this machine */
    MachineClient client();

    /** @return how long create plus start took */
    Duration startedIn();

    /**
     * Runs a command in the machine.
     *
     * @param command the command and its arguments
     * @return its exit code and output
     */
    ExecResult exec(String... command);

    /**
     * Runs a command in the machine, with the options of an exec request (timeout, stdin...).
     *
     * @param request the command
     * @return its exit code and output
     */
    default ExecResult exec(ExecRequest request) {
        return client().exec(request);
    }

    /**
     * Runs a command in the machine.
     *
     * @param request the command
     * @return its exit code and output
     */
    CompletableFuture<ExecResult> execAsync(ExecRequest request);

    /**
     * Destroys the machine and waits until it is gone.
     *
     * @return completes when the machine is destroyed
     */
    CompletableFuture<Void> closeAsync();

    /** Destroys the machine and waits until it is gone. Safe to call twice. */
    @Override
    void close();
}
