package io.github.flymachines.examples;

import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.EphemeralMachine;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import java.util.List;

/**
 * An ephemeral machine, the Java form of {@code fly machine run --shell}: created with
 * {@code auto_destroy}, a command run in it with exec, destroyed when the try-with-resources block
 * ends, also when the command fails.
 */
public final class ShellExample implements Example<ShellExample.Result> {
    /** The command the example runs. */
    public static final List<String> COMMAND = List.of("uname", "-a");

    /**
     * What the shell example did.
     *
     * @param machineId the ephemeral machine
     * @param exitCode the command's exit code
     * @param stdout the command's output
     * @param stateAfterClose the machine's state after the block: {@code destroyed} (or gone)
     */
    public record Result(String machineId, int exitCode, String stdout, MachineState stateAfterClose) {
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new ShellExample(), args));
    }

    @Override
    public String name() {
        return "shell";
    }

    @Override
    public String summary() {
        return "an ephemeral machine: start, exec `uname -a`, destroyed on close";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        String id;
        ExecResult result;
        EphemeralMachine vm = out.step("Start an ephemeral machine (auto_destroy, restart policy 'no')",
                () -> env.machines().runEphemeral(env.baseConfig()),
                m -> "machine " + m.id() + " is " + m.machine().state() + " in " + m.machine().region()
                        + " (create + start: " + StepPrinter.format(m.startedIn()) + ")");
        try (vm) {
            id = vm.id();
            result = out.step("Run `" + String.join(" ", COMMAND) + "` in it",
                    () -> vm.exec(COMMAND.toArray(String[]::new)),
                    r -> "exit code " + r.exitCode() + ", stdout:\n  " + String.valueOf(r.stdout()).strip());
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the command failed with exit code " + result.exitCode()
                        + (result.stderr() == null ? "" : ": " + result.stderr().strip()));
            }
            out.say("Leaving the try-with-resources block: close() destroys the machine and waits until it is gone");
        }
        MachineState after = out.step("Check that the machine is gone", () -> {
            try {
                Machine m = env.machines().get(id);
                return m.state();
            } catch (NotFoundException gone) {
                return MachineState.DESTROYED;
            }
        }, s -> "state: " + s);
        if (!after.isGone()) {
            throw new IllegalStateException("machine " + id + " is still " + after);
        }
        return new Result(id, result.exitCode(), result.stdout(), after);
    }
}
