package io.github.flymachines.examples;

import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import java.util.List;

/**
 * Clone across regions: start a machine in one region and clone it into another. The SDK copies
 * the config, leaving out what belongs to one machine (volume mounts, standbys, its request id),
 * and waits until the clone is started.
 */
public final class CloneExample implements Example<CloneExample.Result> {
    /**
     * What the clone example did.
     *
     * @param sourceId the original machine
     * @param sourceRegion its region
     * @param cloneId the clone
     * @param cloneRegion the clone's region
     * @param sameImageAndGuest whether the clone runs the same image on the same guest size
     */
    public record Result(String sourceId, String sourceRegion, String cloneId, String cloneRegion,
            boolean sameImageAndGuest) {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the target region (default: the environment's second region)
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new CloneExample(), args));
    }

    @Override
    public String name() {
        return "clone";
    }

    @Override
    public String summary() {
        return "start a machine in one region and clone it into another";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        MachinesClient machines = env.machines();
        String from = env.regions().get(0);
        String to = args.isEmpty() ? env.regions().get(1) : args.get(0);
        try (Cleanup cleanup = new Cleanup(machines, out)) {
            Machine source = out.step("Start a machine in " + from,
                    () -> machines.run(CreateMachineRequest.of(env.baseConfig()).withRegion(from)),
                    m -> "machine " + m.id() + " is " + m.state() + " in " + m.region());
            cleanup.track(source.id());

            Machine clone = out.step("Clone " + source.id() + " into " + to, () -> machines.clone(source.id(), to),
                    m -> "clone " + m.id() + " is " + m.state() + " in " + m.region());
            cleanup.track(clone.id());

            Machine reread = machines.get(clone.id());
            boolean same = reread.configOrEmpty().image().equals(source.configOrEmpty().image())
                    && reread.configOrEmpty().guest().equals(source.configOrEmpty().guest());
            out.say("   source " + source.id() + " @ " + source.region() + "  ->  clone " + clone.id() + " @ "
                    + clone.region() + "  (same image and guest: " + same + ")");

            for (Machine m : List.of(clone, source)) {
                out.step("Destroy " + m.id(), () -> machines.withId(m.id()).destroyAndWait(TourExample.WAIT),
                        t -> "state: " + t.state());
                cleanup.destroyed(m.id());
            }
            return new Result(source.id(), source.region(), clone.id(), clone.region(), same);
        }
    }
}
