package io.github.flymachines.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFly;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benchmark of the fake itself ({@code machines-sdk-testing}), with a plain
 * {@code java.net.http} client and no SDK in the way: the fake runs in this JVM on the system
 * clock with 1 ms transitions, configured as the standalone server is.
 *
 * <pre>
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pfake-bench
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pfake-bench -Dfake-bench.args="--seconds 3 --waits 500"
 * </pre>
 *
 * <p>Measures:
 * <ol>
 * <li>lifecycles per second at concurrency 32: create, wait started, stop, wait stopped, destroy;</li>
 * <li>{@code GET} machine per second at concurrency 32;</li>
 * <li>parked waits: N waits parked at once, then the latency of plain GETs while they are parked,
 * the live threads, and how many of the waits were answered 200 once their machines stopped;</li>
 * <li>memory: heap after a full GC, before and after 100,000 GETs (the request journal's cost).</li>
 * </ol>
 * Figures are printed, never asserted. See {@code machines-sdk-examples/BENCHMARKS.md}.
 */
public final class FakeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "bench";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    private FakeBench(String base, String token) {
        this.base = base + "/v1/apps/" + APP + "/machines";
        this.token = token;
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --seconds N} (per throughput phase, default 10), {@code --waits N}
     *        (parked waits, default 2000), {@code --gets N} (GETs of the memory phase, default 100000),
     *        {@code --journal N} (WireMock's request journal: 0 off, the standalone default; -1 all)
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        double seconds = doubleArg(args, "--seconds", 10);
        int waits = (int) doubleArg(args, "--waits", 2000);
        int gets = (int) doubleArg(args, "--gets", 100_000);
        int journal = (int) doubleArg(args, "--journal", 0);
        FakeFly fake = FakeFly.builder().clock(FakeClock.system()).transitionTime(Duration.ofMillis(1))
                .requestJournal(journal).build().start();
        try {
            fake.createApp(APP);
            FakeBench b = new FakeBench(fake.baseUrl(), fake.token());
            List<String> out = new ArrayList<>();
            out.add("| Measurement | Result |");
            out.add("|---|---|");
            b.lifecycles(seconds, 32, out);
            b.getsPerSecond(seconds, 32, out);
            b.memory(gets, out);
            b.parkedWaits(fake, waits, out);
            out.add("");
            out.add("- JVM " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                    + " CPUs, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; fake "
                    + "in-process on the system clock, 1 ms transitions, request journal " + journal
                    + " (0 = off, as the standalone server), HTTP/1.1 loopback.");
            out.forEach(System.out::println);
            System.out.flush();
        } finally {
            fake.close();
        }
        System.exit(0);
    }

    private static double doubleArg(String[] args, String name, double dflt) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? Double.parseDouble(args[i + 1]) : dflt;
    }

    private static void progress(String s) {
        System.err.println("[fake-bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }

    // ---------------------------------------------------------------- phases

    private void lifecycles(double seconds, int concurrency, List<String> out) throws Exception {
        progress("lifecycles, concurrency " + concurrency + ", warm-up");
        runLoop(Math.min(2, seconds / 3), concurrency, this::lifecycle);
        progress("lifecycles, measuring " + seconds + " s");
        long cpu0 = cpuNanos();
        long[] r = runLoop(seconds, concurrency, this::lifecycle);
        long cpu = cpuNanos() - cpu0;
        out.add("| lifecycles/s (create, wait started, stop, wait stopped, destroy), concurrency " + concurrency
                + " | " + String.format("%.0f", r[0] / seconds) + " (" + r[0] + " in " + seconds + " s, "
                + r[1] + " failed; JVM CPU " + String.format("%.2f", cpu / 1e6 / Math.max(1, r[0]))
                + " ms per lifecycle, client included) |");
    }

    private void getsPerSecond(double seconds, int concurrency, List<String> out) throws Exception {
        String id = create();
        wait(id, "started");
        progress("GETs, concurrency " + concurrency);
        runLoop(Math.min(2, seconds / 3), concurrency, () -> get(id));
        long cpu0 = cpuNanos();
        long[] r = runLoop(seconds, concurrency, () -> get(id));
        long cpu = cpuNanos() - cpu0;
        out.add("| GET machine/s, concurrency " + concurrency + " | " + String.format("%.0f", r[0] / seconds)
                + " (" + r[1] + " failed; JVM CPU " + String.format("%.3f", cpu / 1e6 / Math.max(1, r[0]))
                + " ms per GET, client included) |");
    }

    private void parkedWaits(FakeFly fake, int waits, List<String> out) throws Exception {
        int machines = Math.max(1, waits / 100);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < machines; i++) {
            ids.add(create());
        }
        for (String id : ids) {
            wait(id, "started");
        }
        String probe = create();
        wait(probe, "started");
        progress("parking " + waits + " waits on " + machines + " machines");
        List<CompletableFuture<HttpResponse<String>>> parked = new ArrayList<>();
        for (int i = 0; i < waits; i++) {
            String id = ids.get(i % machines);
            parked.add(http.sendAsync(req(base + "/" + id + "/wait?state=stopped&timeout=60").GET()
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (fake.pendingWaits() < waits && System.nanoTime() < deadline
                && parked.stream().noneMatch(CompletableFuture::isDone)) {
            Thread.sleep(20);
        }
        int parkedCount = fake.pendingWaits();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        progress(parkedCount + " parked, " + threads + " live threads; probing GET latency");
        long[] lat = new long[200];
        int failed = 0;
        for (int i = 0; i < lat.length; i++) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(req(base + "/" + probe).GET().timeout(Duration.ofSeconds(60))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    failed++;
                }
            } catch (java.io.IOException e) {
                failed++;
            }
            lat[i] = System.nanoTime() - t0;
        }
        Arrays.sort(lat);
        progress("stopping the machines to release the waits");
        for (String id : ids) {
            send("POST", base + "/" + id + "/stop", "{}");
        }
        int ok = 0;
        int other = 0;
        for (CompletableFuture<HttpResponse<String>> f : parked) {
            try {
                if (f.get(120, java.util.concurrent.TimeUnit.SECONDS).statusCode() == 200) {
                    ok++;
                } else {
                    other++;
                }
            } catch (Exception e) {
                other++;
            }
        }
        out.add("| " + waits + " waits sent: parked at once | " + parkedCount + " (live threads in the JVM: "
                + threads + ") |");
        out.add("| GET latency while parked, p50 / p99 / max | " + ms(lat[lat.length / 2]) + " / "
                + ms(lat[lat.length * 99 / 100]) + " / " + ms(lat[lat.length - 1]) + " (" + failed + " failed) |");
        out.add("| parked waits answered 200 after the stop | " + ok + " of " + waits + " (" + other
                + " errors or dropped) |");
    }

    private void memory(int gets, List<String> out) throws Exception {
        String id = create();
        wait(id, "started");
        long before = heapAfterGc();
        progress(gets + " GETs for the memory phase");
        CountDownLatch done = new CountDownLatch(32);
        AtomicLong left = new AtomicLong(gets);
        for (int t = 0; t < 32; t++) {
            Thread th = new Thread(() -> {
                try {
                    while (left.decrementAndGet() >= 0) {
                        get(id);
                    }
                } catch (Exception e) {
                    // counted as missing heap growth, not as a crash
                } finally {
                    done.countDown();
                }
            });
            th.start();
        }
        done.await();
        long after = heapAfterGc();
        out.add("| heap after full GC, before / after " + gets + " GETs | " + before / (1024 * 1024) + " MB / "
                + after / (1024 * 1024) + " MB |");
    }

    /** CPU time of this JVM (fake and client), less sensitive than wall time to a shared machine's load. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- requests

    @FunctionalInterface
    private interface Op {
        void run() throws Exception;
    }

    /** Runs op in a closed loop on N threads for the given time; returns {done, failed}. */
    private static long[] runLoop(double seconds, int threads, Op op) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong bad = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        op.run();
                        ok.incrementAndGet();
                    } catch (Exception e) {
                        bad.incrementAndGet();
                    }
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) {
            t.join();
        }
        return new long[] {ok.get(), bad.get()};
    }

    private void lifecycle() throws Exception {
        String id = create();
        wait(id, "started");
        send("POST", base + "/" + id + "/stop", "{}");
        wait(id, "stopped");
        expect(send("DELETE", base + "/" + id, null), 200);
    }

    private String create() throws Exception {
        HttpResponse<String> r = send("POST", base, "{\"config\":{\"image\":\"nginx:latest\"}}");
        expect(r, 200);
        JsonNode n = JSON.readTree(r.body());
        return n.get("id").asText();
    }

    private void wait(String id, String state) throws Exception {
        expect(send("GET", base + "/" + id + "/wait?state=" + state + "&timeout=30", null), 200);
    }

    private void get(String id) throws Exception {
        expect(send("GET", base + "/" + id, null), 200);
    }

    private HttpRequest.Builder req(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = req(url).timeout(Duration.ofSeconds(60));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + ": " + r.statusCode());
        }
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
