package io.github.flymachines.examples;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.ConfigDiff;
import io.github.flymachines.lifecycle.Transition;
import io.github.flymachines.lifecycle.UpdateResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The tour: one machine's life. Create it, stop it, start it again, give it more memory (showing
 * the config diff), clone it into another region, destroy both.
 *
 * <p>Run it: {@code ./mvnw -B -q -pl machines-sdk-examples -am verify -DskipTests -Pdemo}.
 */
public final class TourExample implements Example<TourExample.Result> {
    /** How long any one wait may take. */
    static final Duration WAIT = Duration.ofMinutes(2);

    /**
     * What the tour did.
     *
     * @param machineId the machine it created
     * @param region the machine's region
     * @param cloneId the clone
     * @param cloneRegion the clone's region
     * @param memoryDiff the diff of the memory update
     * @param memoryBeforeMb memory before the update
     * @param memoryAfterMb memory after the update, as read back
     * @param states the states the machine went through, in order
     */
    public record Result(String machineId, String region, String cloneId, String cloneRegion, ConfigDiff memoryDiff,
            int memoryBeforeMb, int memoryAfterMb, List<MachineState> states) {
    }

    /**
     * Runs the tour against the fake, or the real API when {@code FLY_API_TOKEN} and
     * {@code FLY_APP} are set.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new TourExample(), args));
    }

    @Override
    public String name() {
        return "tour";
    }

    @Override
    public String summary() {
        return "create, stop, start, update memory (with its diff), clone to another region, destroy";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        MachinesClient machines = env.machines();
        String home = env.regions().get(0);
        String away = env.regions().get(1);
        List<MachineState> states = new ArrayList<>();
        try (Cleanup cleanup = new Cleanup(machines, out)) {
            Machine created = out.step("Create a machine in " + home + " and wait until it is started",
                    () -> machines.run(CreateMachineRequest.of(env.baseConfig()).withRegion(home)),
                    m -> "machine " + m.id() + " is " + m.state() + " in " + m.region()
                            + " (" + m.configOrEmpty().guest().memoryMb() + " MB)");
            cleanup.track(created.id());
            states.add(created.state());
            MachineClient machine = machines.withId(created.id());

            Transition stopped = out.step("Stop it", () -> machine.stopAndWait(WAIT),
                    t -> "state: " + t.state());
            states.add(stopped.state());

            Transition started = out.step("Start it again", () -> machine.startAndWait(WAIT),
                    t -> "state: " + t.state() + " (the image stays on the host, so starting a stopped machine is fast)");
            states.add(started.state());

            int before = created.configOrEmpty().guest().memoryMb();
            int after = before * 2;
            UpdateResult updated = out.step("Update its memory from " + before + " MB to " + after + " MB",
                    () -> machine.update(c -> c.withGuest(c.guest().withMemoryMb(after))),
                    r -> "config diff:\n  " + r.diff().render().replace("\n", "\n  ")
                            + "\nnew version " + r.newVersion().orElse("?") + ", settled as " + r.settled().state());
            Machine reread = machine.get();
            int memoryNow = reread.configOrEmpty().guest().memoryMb();
            states.add(reread.state());

            Machine clone = out.step("Clone it into " + away, () -> machines.clone(created.id(), away),
                    m -> "clone " + m.id() + " is " + m.state() + " in " + m.region() + " with "
                            + m.configOrEmpty().guest().memoryMb() + " MB");
            cleanup.track(clone.id());

            out.step("Destroy the clone", () -> machines.withId(clone.id()).destroyAndWait(WAIT),
                    t -> clone.id() + " " + t.state());
            cleanup.destroyed(clone.id());
            Transition destroyed = out.step("Destroy the machine", () -> machine.destroyAndWait(WAIT),
                    t -> created.id() + " " + t.state());
            cleanup.destroyed(created.id());
            states.add(destroyed.state());
            return new Result(created.id(), created.region(), clone.id(), clone.region(), updated.diff(), before,
                    memoryNow, List.copyOf(states));
        }
    }
}
