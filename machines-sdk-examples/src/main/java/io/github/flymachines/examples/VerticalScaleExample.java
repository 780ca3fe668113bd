package io.github.flymachines.examples;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.ConfigDiff;
import io.github.flymachines.lifecycle.UpdateResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Vertical scale with a preview: compute the config diff of a bigger guest without changing
 * anything ({@code previewUpdate}), then apply it ({@code update}: under a lease, with the
 * current version, waiting for the new version to settle).
 */
public final class VerticalScaleExample implements Example<VerticalScaleExample.Result> {
    /**
     * What the vertical scale did.
     *
     * @param machineId the machine
     * @param preview the diff previewed before anything was sent
     * @param applied the diff of the update that was sent
     * @param memoryBeforeMb memory before
     * @param memoryAfterMb memory after, as read back
     * @param versionBefore the machine version before
     * @param versionAfter the machine version after
     */
    public record Result(String machineId, ConfigDiff preview, ConfigDiff applied, int memoryBeforeMb,
            int memoryAfterMb, String versionBefore, String versionAfter) {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the new memory size in MB (default 1024)
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new VerticalScaleExample(), args));
    }

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String summary() {
        return "vertical scale: preview the config diff of more memory and CPUs, then apply it";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        MachinesClient machines = env.machines();
        int memory = args.isEmpty() ? 1024 : Integer.parseInt(args.get(0));
        try (Cleanup cleanup = new Cleanup(machines, out)) {
            Machine created = out.step("Start a machine in " + env.regions().get(0),
                    () -> machines.run(CreateMachineRequest.of(env.baseConfig()).withRegion(env.regions().get(0))),
                    m -> "machine " + m.id() + " is " + m.state() + ", guest " + describe(m.configOrEmpty()));
            cleanup.track(created.id());
            MachineClient machine = machines.withId(created.id());
            UnaryOperator<MachineConfig> bigger = c -> c.withGuest(c.guest().withCpus(2).withMemoryMb(memory));

            ConfigDiff preview = out.step("Preview: 2 shared CPUs and " + memory + " MB (nothing is sent)",
                    () -> machine.previewUpdate(bigger), d -> "would change:\n  " + d.render().replace("\n", "\n  "));
            String versionBefore = machine.get().currentVersion();
            out.say("   The machine is unchanged after the preview: version " + versionBefore);

            UpdateResult result = out.step("Apply it (lease, update with current version, wait until settled)",
                    () -> machine.update(bigger),
                    r -> !r.applied() ? "nothing to change: no update was sent"
                            : "changed:\n  " + r.diff().render().replace("\n", "\n  ") + "\nversion "
                                    + versionBefore + " -> " + r.newVersion().orElse("?") + ", settled as "
                                    + r.settled().state());
            Machine after = machine.get();
            out.say("   Read back: guest " + describe(after.configOrEmpty()));

            out.step("Destroy " + created.id(), () -> machine.destroyAndWait(TourExample.WAIT),
                    t -> "state: " + t.state());
            cleanup.destroyed(created.id());
            return new Result(created.id(), preview, result.diff(), created.configOrEmpty().guest().memoryMb(),
                    after.configOrEmpty().guest().memoryMb(), versionBefore, result.newVersion().orElse(null));
        }
    }

    private static String describe(MachineConfig c) {
        return c.guest().cpuKind() + " " + c.guest().cpus() + " CPU, " + c.guest().memoryMb() + " MB";
    }
}
