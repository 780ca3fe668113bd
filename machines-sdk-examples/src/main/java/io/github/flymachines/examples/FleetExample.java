package io.github.flymachines.examples;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.micrometer.FlyMicrometer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.WaitState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A fleet: N machines (default 5) created at once, spread over the regions, waited for together
 * with {@code waitForAll} (one combined future, no thread held per wait), then destroyed together.
 * On the real API the SDK's client-side rate limits pace the creates (per app: 1/s after a burst
 * of 3); the fake's client has them off. At the end it prints what the SDK's Micrometer meters
 * ({@code machines-sdk-micrometer}) recorded: calls by operation with p50/p99, and retries.
 */
public final class FleetExample implements Example<FleetExample.Result> {
    /** The fleet size when no argument is given. */
    public static final int DEFAULT_SIZE = 5;

    /**
     * What the fleet example did.
     *
     * @param machineIds the machines created
     * @param regions the region of each machine, in the same order
     * @param started the outcome of the wait for each machine
     * @param destroyed the outcome of the wait for each machine's destruction
     * @param metrics the metrics summary printed at the end
     */
    public record Result(List<String> machineIds, List<String> regions, List<WaitOutcome> started,
            List<WaitOutcome> destroyed, String metrics) {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the number of machines (default 5)
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new FleetExample(), args));
    }

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public String summary() {
        return "N machines (default 5) created at once, waited for together with waitForAll, destroyed";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        int n = args.isEmpty() ? DEFAULT_SIZE : Integer.parseInt(args.get(0));
        if (n < 1 || n > 50) {
            throw new IllegalArgumentException("the fleet size must be 1-50, got " + n);
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<String> regions = env.regions();
        try (FlyMachines client = env.clientBuilder()
                .listener(FlyMicrometer.builder().meterRegistry(meters).percentiles(0.5, 0.99).build())
                .build();
                Cleanup cleanup = new Cleanup(client.app(env.appName()).machines(), out)) {
            MachinesClient machines = client.app(env.appName()).machines();
            List<Machine> fleet = out.step("Create " + n + " machines at once over " + regions, () -> {
                List<CompletableFuture<Machine>> creates = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String region = regions.get(i % regions.size());
                    creates.add(machines.createAsync(CreateMachineRequest.of(env.baseConfig()).withRegion(region))
                            .whenComplete((m, e) -> {
                                if (m != null) {
                                    cleanup.track(m.id());
                                }
                            }));
                }
                CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
                List<Machine> created = new ArrayList<>();
                for (CompletableFuture<Machine> f : creates) {
                    created.add(f.join()); // rethrows the first failure; Cleanup destroys the others
                }
                return created;
            }, list -> list.size() + " created: " + list.stream().map(m -> m.id() + "@" + m.region()).toList());
            List<String> ids = fleet.stream().map(Machine::id).toList();

            List<WaitOutcome> started = out.step("Wait for all of them to be started (waitForAll)",
                    () -> machines.waitForAll(ids, WaitState.STARTED, TourExample.WAIT),
                    outcomes -> String.join("\n", outcomes.stream().map(WaitOutcome::toString).toList()));

            List<WaitOutcome> destroyed = out.step("Destroy all of them and wait until they are gone", () -> {
                List<CompletableFuture<Void>> destroys = new ArrayList<>();
                for (String id : ids) {
                    destroys.add(machines.withId(id).destroyAsync(true));
                }
                CompletableFuture.allOf(destroys.toArray(CompletableFuture[]::new)).join();
                return machines.waitForAll(ids, WaitState.DESTROYED, TourExample.WAIT);
            }, outcomes -> outcomes.size() + " destroyed");
            ids.forEach(cleanup::destroyed);
            String metrics = out.step("Metrics the SDK recorded (machines-sdk-micrometer)",
                    () -> MetricsSummary.of(meters), summary -> summary);
            return new Result(ids, fleet.stream().map(Machine::region).toList(), started, destroyed, metrics);
        }
    }
}
