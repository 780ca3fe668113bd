package io.github.flymachines.examples;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.CreateAttempt;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Placement fallback: create a machine with a list of regions. When the first region has no
 * capacity, the SDK sends the same create to the next one (no backoff: another region is another
 * chance). On the fake the first region is made full, so the machine lands in the second; on the
 * real API it lands wherever Fly has room.
 *
 * <p>Each failed attempt is shown through
 * {@link io.github.flymachines.api.MachinesClient#withCreateAttemptListener}.
 */
public final class PlacementFallbackExample implements Example<PlacementFallbackExample.Result> {
    /**
     * One attempt of the create.
     *
     * @param number 1 for the first
     * @param region the region it went to
     * @param outcome what happened, in a few words
     */
    public record Attempt(int number, String region, String outcome) {
    }

    /**
     * What the placement did.
     *
     * @param machineId the machine
     * @param regions the regions asked for, in order
     * @param landedIn the region the machine was placed in
     * @param attempts every attempt, the failed ones first
     */
    public record Result(String machineId, List<String> regions, String landedIn, List<Attempt> attempts) {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the regions to try, in order (default: the environment's)
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new PlacementFallbackExample(), args));
    }

    @Override
    public String name() {
        return "placement";
    }

    @Override
    public String summary() {
        return "create with a region list: no capacity in the first region, the machine lands in the next";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        List<String> regions = args.isEmpty() ? env.regions() : List.copyOf(args);
        if (env.isFake()) {
            env.withNoCapacityIn(regions.get(0));
            out.say("   (fake) region " + regions.get(0) + " has no capacity left");
        }
        List<Attempt> failed = Collections.synchronizedList(new ArrayList<>());
        try (FlyMachines fly = env.clientBuilder().build();
                Cleanup cleanup = new Cleanup(fly.app(env.appName()).machines(), out)) {
            var machines = fly.app(env.appName()).machines()
                    .withCreateAttemptListener(a -> failed.add(describe(a)));
            Machine m = out.step("Create and start a machine, regions in order of preference: " + regions,
                    () -> machines.run(CreateMachineRequest.of(env.baseConfig()).withFallbackRegions(regions)),
                    created -> {
                        StringBuilder sb = new StringBuilder();
                        synchronized (failed) {
                            failed.forEach(a -> sb.append("attempt ").append(a.number()).append(" -> ")
                                    .append(a.region()).append(": ").append(a.outcome()).append('\n'));
                        }
                        sb.append("attempt ").append(failed.size() + 1).append(" -> ").append(created.region())
                                .append(": created ").append(created.id()).append(", now ").append(created.state());
                        return sb.toString();
                    });
            cleanup.track(m.id());
            List<Attempt> attempts = new ArrayList<>(failed);
            attempts.add(new Attempt(attempts.size() + 1, m.region(), "created " + m.id()));
            out.say("   The machine landed in " + m.region() + (m.region().equals(regions.get(0)) ? " (first choice)"
                    : " (fallback: " + (attempts.size() - 1) + " region(s) were full)"));

            out.step("Destroy " + m.id(), () -> machines.withId(m.id()).destroyAndWait(TourExample.WAIT),
                    t -> "state: " + t.state());
            cleanup.destroyed(m.id());
            return new Result(m.id(), regions, m.region(), List.copyOf(attempts));
        }
    }

    private static Attempt describe(CreateAttempt a) {
        String next = a.retrying() ? ", trying again" : ", giving up";
        if (a.failure() instanceof CapacityException ce) {
            return new Attempt(a.attempt(), a.region() == null ? ce.region().orElse("?") : a.region(),
                    "no capacity (" + ce.scope() + ")" + (a.retrying() ? ", trying the next region" : next));
        }
        return new Attempt(a.attempt(), a.region() == null ? "?" : a.region(),
                "failed (" + StepPrinter.oneLine(a.failure()) + ")" + next);
    }
}
