package io.github.flymachines.examples.bench;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.AppClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.pool.MachinePool;
import io.github.flymachines.pool.PoolOptions;
import io.github.flymachines.pool.PooledMachine;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFly;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Acquire latency of a warm pool against create-per-request, on the fake's time model (system
 * clock: the fake's transitions take real time).
 *
 * <ul>
 * <li><b>warm pool</b>: {@link MachinePool#acquire()} of a pool with 2 ready machines, timed from
 * the call to a started, leased machine; then one {@code exec} and a release, not timed.</li>
 * <li><b>create per request</b>: {@code machines().run(...)}, timed from the call to a started
 * machine; then one {@code exec} and a destroy, not timed.</li>
 * </ul>
 *
 * <p>Requests are sequential. Prints one Markdown table.
 *
 * <pre>
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Ppool-bench [-Dpool-bench.args=quick]
 * </pre>
 */
public final class PoolBench {
    /** The fake's time to start a stopped machine. */
    static final Duration START = Duration.ofMillis(100);
    /** The fake's time to create a machine (image fetch, root filesystem): several times a start. */
    static final Duration CREATE = Duration.ofMillis(800);
    /** The fake's time for the other transitions (stop, destroy). */
    static final Duration TRANSITION = Duration.ofMillis(20);

    private PoolBench() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code quick} for a short run, {@code requests=N} to set the count (a leading {@code --} is allowed)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> a0 = Arrays.stream(args).map(a -> a.startsWith("--") ? a.substring(2) : a).toList();
        boolean quick = a0.contains("quick");
        int requests = a0.stream().filter(a -> a.startsWith("requests=")).map(a -> a.substring(9))
                .mapToInt(Integer::parseInt).findFirst().orElse(quick ? 10 : 60);
        try (FakeFly fake = FakeFly.builder().clock(FakeClock.system()).transitionTime(TRANSITION)
                .createTime(CREATE).startTime(START).build().start()) {
            fake.createApp("bench-pool");
            FlyMachines fly = fake.client();
            AppClient app = fly.app("bench-pool");
            MachineConfig config = MachineConfig.builder().image("registry.fly.io/handler:1").build();
            // warm-up of the HTTP path, not measured
            app.machines().list();

            List<Duration> warm = new ArrayList<>();
            int warmHits = 0;
            try (MachinePool pool = app.pool(PoolOptions.builder("bench", config).minSize(2).maxSize(6).build())) {
                pool.awaitSteady();
                pool.acquire().release(); // warm-up, not measured
                pool.awaitSteady();
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    PooledMachine m = pool.acquire();
                    warm.add(Duration.ofNanos(System.nanoTime() - t0));
                    warmHits += m.warm() ? 1 : 0;
                    m.client().exec("echo", "request");
                    m.release();
                }
            }

            List<Duration> cold = new ArrayList<>();
            MachinesClient machines = app.machines();
            Machine first = machines.run(CreateMachineRequest.of(config)); // warm-up, not measured
            machines.withId(first.id()).destroyAndWait(true, Duration.ofMinutes(1));
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                Machine m = machines.run(CreateMachineRequest.of(config));
                cold.add(Duration.ofNanos(System.nanoTime() - t0));
                machines.withId(m.id()).exec("echo", "request");
                machines.withId(m.id()).destroyAndWait(true, Duration.ofMinutes(1));
            }

            System.out.println();
            System.out.println("Acquire latency, " + requests + " sequential requests each, fake on the system clock "
                    + "(time model: create " + CREATE.toMillis() + " ms, start " + START.toMillis() + " ms, other transitions "
                    + TRANSITION.toMillis() + " ms), "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature());
            System.out.println();
            System.out.println("| Mode | Requests | p50 | p99 | mean | max |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            row("warm pool (min 2 ready; " + warmHits + " of " + requests + " warm)", warm);
            row("create per request", cold);
            System.out.printf(Locale.ROOT, "%nwarm p50 is %.1fx faster than create-per-request p50%n",
                    ms(percentile(cold, 50)) / Math.max(0.001, ms(percentile(warm, 50))));
        }
    }

    private static void row(String name, List<Duration> samples) {
        double mean = samples.stream().mapToDouble(PoolBench::ms).average().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name, samples.size(),
                ms(percentile(samples, 50)), ms(percentile(samples, 99)), mean, ms(percentile(samples, 100)));
    }

    static Duration percentile(List<Duration> samples, int p) {
        List<Duration> sorted = samples.stream().sorted().toList();
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1_000_000.0;
    }
}
