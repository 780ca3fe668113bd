package io.github.flymachines.examples.bench;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.micrometer.FlyMicrometer;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.retry.RateLimitPolicy;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost per call of the SDK's observability: the same blocking {@code get machine} against
 * {@link BenchServer} (in its own JVM, on loopback) with no listener, with the
 * {@code machines-sdk-micrometer} listener recording meters only, and with it recording meters
 * and Observations (a registry with a {@code DefaultMeterObservationHandler}). Prints one Markdown
 * table: mean time per call and bytes allocated per call on the calling thread, and the
 * difference from no listener. Single caller thread, variants rotated each round, median of the
 * rounds.
 *
 * <pre>
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pbench-observe
 * </pre>
 */
public final class ObservabilityBench {
    private static final String APP = "bench";
    private static final String MACHINE_ID = "d8903e1b2c4e68";

    private ObservabilityBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code quick} for a smoke run (numbers mean nothing)
     * @throws Exception when it cannot run
     */
    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("quick");
        int rounds = quick ? 1 : 7;
        long warmMs = quick ? 300 : 1_000;
        long measureMs = quick ? 500 : 3_000;
        Process server = startServer();
        try {
            String port = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            run(port, rounds, warmMs, measureMs, quick);
        } finally {
            server.getOutputStream().close();
            server.destroy();
        }
    }

    private static void run(String portLine, int rounds, long warmMs, long measureMs, boolean quick)
            throws Exception {
        if (portLine == null || !portLine.startsWith("PORT ")) {
            throw new IOException("bench server did not start: " + portLine);
        }
        String base = "http://127.0.0.1:" + portLine.substring(5).trim();
        RateLimitPolicy unthrottled = RateLimitPolicy.builder().getMachine(1e9, 1_000_000_000).build();

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FlyListener metersOnly = FlyMicrometer.builder().meterRegistry(meters).build();
        SimpleMeterRegistry meters2 = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters2));
        FlyListener withObservations = FlyMicrometer.builder().meterRegistry(meters2)
                .observationRegistry(observations).build();

        Map<String, FlyMachines> clients = new LinkedHashMap<>();
        clients.put("no listener", FlyMachines.builder().baseUrl(base).token("bench-token")
                .rateLimits(unthrottled).build());
        clients.put("micrometer: meters", FlyMachines.builder().baseUrl(base).token("bench-token")
                .rateLimits(unthrottled).listener(metersOnly).build());
        clients.put("micrometer: meters + observations", FlyMachines.builder().baseUrl(base).token("bench-token")
                .rateLimits(unthrottled).listener(withObservations).build());
        List<String> names = new ArrayList<>(clients.keySet());
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (String n : names) {
            results.put(n, new ArrayList<>());
            MachineClient mc = clients.get(n).app(APP).machines().withId(MACHINE_ID);
            loop(mc, quick ? 500 : 5_000); // JIT warm-up
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get((i + r) % names.size());
                MachineClient mc = clients.get(n).app(APP).machines().withId(MACHINE_ID);
                loop(mc, warmMs);
                results.get(n).add(loop(mc, measureMs));
            }
            System.err.println("round " + (r + 1) + "/" + rounds + " done");
        }
        clients.values().forEach(FlyMachines::close);

        double baseMicros = median(results.get(names.get(0)), 0);
        double baseBytes = median(results.get(names.get(0)), 1);
        StringBuilder sb = new StringBuilder();
        double baseCpu = median(results.get(names.get(0)), 2);
        sb.append("| Variant | client CPU µs per call | Δ CPU µs | wall µs per call | Δ wall µs"
                + " | bytes per call (caller thread) | Δ bytes |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (String n : names) {
            double us = median(results.get(n), 0);
            double bytes = median(results.get(n), 1);
            double cpu = median(results.get(n), 2);
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %+.1f | %.1f | %+.1f | %.0f | %+.0f |%n", n, cpu,
                    cpu - baseCpu, us, us - baseMicros, bytes, bytes - baseBytes));
        }
        sb.append(String.format(Locale.ROOT, "%nSingle caller, blocking `get machine` on loopback; median of %d rounds"
                + " of %d ms; %d cores, Java %s.%n", rounds, measureMs, Runtime.getRuntime().availableProcessors(),
                Runtime.version()));
        sb.append('\n').append(listenerWork(metersOnly, withObservations, quick));
        System.out.print(sb);
    }

    /**
     * The listener's own work per call, without the network: the events the engine emits for a
     * call of one attempt (start, attempt start, headers, attempt end, call end), dispatched through
     * the SDK's safe wrapper, timed by the thread's CPU clock (so other load on the machine is not
     * counted), median of rounds.
     */
    private static String listenerWork(FlyListener metersOnly, FlyListener withObservations, boolean quick) {
        Map<String, FlyListener> variants = new LinkedHashMap<>();
        variants.put("SPI, a listener that ignores everything", new FlyListener() {
            @Override
            public io.github.flymachines.observe.CallListener onCallStart(
                    io.github.flymachines.observe.CallStart call) {
                return new io.github.flymachines.observe.CallListener() {
                };
            }
        });
        variants.put("micrometer: meters", metersOnly);
        variants.put("micrometer: meters + observations", withObservations);
        int n = quick ? 20_000 : 200_000;
        int rounds = quick ? 1 : 7;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        StringBuilder sb = new StringBuilder();
        sb.append("| Listener work per call (no network) | thread CPU ns per call | bytes per call |\n");
        sb.append("|---|---|---|\n");
        for (Map.Entry<String, FlyListener> v : variants.entrySet()) {
            FlyListener safe = io.github.flymachines.internal.observe.Listeners.combine(List.of(v.getValue()));
            emit(safe, n); // warm-up
            List<double[]> res = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long b0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                emit(safe, n);
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long b = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - b0;
                res.add(new double[] {(double) cpu / n, (double) b / n});
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", v.getKey(), median(res, 0), median(res, 1)));
        }
        return sb.toString();
    }

    private static void emit(FlyListener l, int n) {
        java.time.Duration d = java.time.Duration.ofMillis(3);
        for (int i = 0; i < n; i++) {
            io.github.flymachines.observe.CallStart start = new io.github.flymachines.observe.CallStart(
                    "MACHINES_SHOW", "Machines_show", "GET", "/v1/apps/bench/machines/" + MACHINE_ID, APP, MACHINE_ID,
                    List.of(), false);
            Object ctx = l.captureContext();
            io.github.flymachines.observe.CallListener c = io.github.flymachines.internal.observe.Listeners
                    .callStart(l, start);
            if (c != null) {
                io.github.flymachines.observe.AttemptStart as = new io.github.flymachines.observe.AttemptStart(start, 1,
                        null);
                c.onAttemptStart(as);
                io.github.flymachines.internal.observe.InterceptedHeaders.collect(c, as);
                c.onAttemptEnd(new io.github.flymachines.observe.AttemptEnd(start, 1, null, 200, null,
                        io.github.flymachines.observe.RetryReason.NONE, java.time.Duration.ZERO, d));
                c.onCallEnd(new io.github.flymachines.observe.CallEnd(start, io.github.flymachines.observe.Outcome.SUCCESS,
                        200, d, 1, null, null));
            }
            if (ctx != null) {
                l.restoreContext(ctx).close();
            }
        }
    }

    /**
     * Calls in a loop for a while; returns {mean wall µs per call, bytes allocated per call on this
     * thread, client-process CPU µs per call (all the client JVM's threads; the server is another JVM)}.
     */
    private static double[] loop(MachineClient mc, long millis) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long tid = Thread.currentThread().getId();
        long bytes0 = threads.getThreadAllocatedBytes(tid);
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + millis * 1_000_000L;
        long n = 0;
        long now;
        do {
            if (mc.get() == null) {
                throw new IllegalStateException("no machine");
            }
            n++;
            now = System.nanoTime();
        } while (now < end);
        long bytes = threads.getThreadAllocatedBytes(tid) - bytes0;
        long cpu = os.getProcessCpuTime() - cpu0;
        return new double[] {(now - start) / 1e3 / n, (double) bytes / n, cpu / 1e3 / n};
    }

    private static double median(List<double[]> xs, int k) {
        double[] v = xs.stream().mapToDouble(x -> x[k]).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static Process startServer() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName()));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
