package io.github.flymachines.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RateLimitPolicy;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark harness: one run, one Markdown table. See {@code machines-sdk-examples/BENCHMARKS.md}.
 *
 * <pre>
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pbench              # full run
 * ./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pbench -Dbench.args=quick   # CI smoke
 * </pre>
 *
 * <p>Measures what a user pays, the SDK and raw {@code java.net.http} + Jackson side by side in
 * one run, against a loopback server in its own JVM ({@link BenchServer}):
 * <ol>
 * <li>{@code get machine}: SDK vs raw (String body, and String parsed into a Jackson tree), 1, 16
 * and 64 closed-loop callers: throughput, p50/p99 and the client JVM's process CPU per call;</li>
 * <li>lifecycle (create, wait started, stop, wait stopped, destroy) against FakeFly and against
 * the harness's own simulation, both with 1 ms transitions, at 16 and 64 callers, SDK and raw
 * alternating: throughput, process CPU per lifecycle, requests per lifecycle;</li>
 * <li>1,000 concurrent waits: peak live threads and heap per waiter;</li>
 * <li>cold start: JVM launch to first successful {@code get machine}, SDK vs raw, rotated rounds,
 * medians of wall and CPU time;</li>
 * <li>footprint: the SDK jar and its runtime dependencies.</li>
 * </ol>
 * {@code -Dbench.<setting>=<value>} overrides one setting (see {@link Settings}),
 * {@code -Dbench.targets=sim} skips FakeFly, {@code -Dbench.callers=1,64} and
 * {@code -Dbench.lifecycleCallers=16} pick concurrencies, {@code --only=lifecycle,cold} picks
 * sections.
 * Timings are printed, never asserted. Progress goes to stderr, the table to stdout. The exit
 * code is non-zero only when a measurement could not run.
 */
public final class Benchmarks {
    static final String APP = "bench";
    /** The flags of the lifecycle client JVMs (the same for both variants). */
    private static final List<String> CLIENT_JVM_FLAGS = List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch");
    static final String MACHINE_ID = "d8903e1b2c4e68";
    static final String DEFAULT_COMMAND =
            "./mvnw -B -q -pl machines-sdk-examples -am package -DskipTests -Pbench";

    private final Settings s;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean failed;
    private List<String> only;
    private String base;
    private final HttpClient admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static final int TRANSITION_MS = (int) BenchServer.TRANSITION_MS;

    record Settings(boolean quick, double warmupSec, double measureSec, int rounds, int lifecycleWarmup,
            int lifecycles, int lifecycleRounds, int waiters, Duration waiterHold, int coldRuns) {
        static Settings of(boolean quick) {
            Settings d = quick
                    ? new Settings(true, 0.3, 0.5, 1, 64, 64, 1, 200, Duration.ofMillis(200), 2)
                    : new Settings(false, 2, 4, 4, 1500, 500, 6, 1000, Duration.ofSeconds(2), 9);
            // -Dbench.<name>=... overrides one setting (for investigating one measurement)
            return new Settings(d.quick, num("warmupSec", d.warmupSec), num("measureSec", d.measureSec),
                    (int) num("rounds", d.rounds), (int) num("lifecycleWarmup", d.lifecycleWarmup),
                    (int) num("lifecycles", d.lifecycles), (int) num("lifecycleRounds", d.lifecycleRounds),
                    d.waiters, d.waiterHold, (int) num("coldRuns", d.coldRuns));
        }

        private static double num(String name, double dflt) {
            String v = System.getProperty("bench." + name);
            return v == null ? dflt : Double.parseDouble(v);
        }
    }

    private Benchmarks(Settings s) {
        this.s = s;
    }

    /**
     * Runs the benchmarks.
     *
     * @param args {@code quick} / {@code --quick} for the short CI smoke run
     * @throws Exception on failure to start
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--waiters-child")) {
            Benchmarks child = new Benchmarks(Settings.of(args[1].equals("quick")));
            child.base = args[2];
            System.out.println("RESULT " + child.measureWaiters());
            System.out.flush();
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("--profile")) {
            profile(args[1], args[2], args[3], Integer.parseInt(args[4]));
            System.exit(0);
        }
        boolean quick = Arrays.stream(args).anyMatch(a -> a.equals("--quick") || a.equals("quick"));
        Benchmarks b = new Benchmarks(Settings.of(quick));
        b.only = Arrays.stream(args).filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst()
                .map(x -> List.of(x.split(","))).orElse(null);
        int code = b.run();
        System.exit(code);
    }

    /**
     * Runs one variant alone for a while, for a profiler ({@code -XX:StartFlightRecording}):
     * {@code --profile sdk|raw lifecycle|get <base URL> <seconds>}.
     */
    private static void profile(String variant, String what, String target, int seconds) throws Exception {
        Lifecycles.Lifecycle l;
        if (what.equals("lifecycle")) {
            l = (variant.equals("sdk") ? Lifecycles.sdk(target, APP) : Lifecycles.raw(target, APP)).lifecycle();
        } else {
            RateLimitPolicy unthrottled = RateLimitPolicy.builder().getMachine(1e9, 1_000_000_000).build();
            MachineClient mc = FlyMachines.builder().baseUrl(target).token("bench-token").rateLimits(unthrottled)
                    .build().app(APP).machines().withId(MACHINE_ID);
            l = mc::get;
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long n = 0;
        long cpu0 = processCpuNanos();
        while (System.nanoTime() < end) {
            Lifecycles.run(l, 200, 16);
            n += 200;
        }
        progress(String.format(Locale.ROOT, "%s %s: %d runs, %.3f ms CPU each", variant, what, n,
                (processCpuNanos() - cpu0) / 1e6 / n));
    }

    private int run() throws Exception {
        Process server = startServer();
        try {
            env();
            section("per-call overhead", this::overhead);
            section("lifecycle", this::lifecycle);
            section("concurrent waiters", this::waiters);
            section("cold start", this::coldStart);
            section("footprint", this::footprint);
        } finally {
            server.getOutputStream().close();
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
        System.out.println(table());
        System.out.flush();
        return failed ? 1 : 0;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Section {
        void run() throws Exception;
    }

    private void section(String name, Section body) {
        if (only != null && only.stream().noneMatch(name::startsWith)) {
            return;
        }
        progress("== " + name);
        try {
            body.run();
        } catch (Throwable t) {
            failed = true;
            t.printStackTrace();
            row(name, "FAILED", "-", t.toString().replace('|', '/'), "-", "-", "-");
        }
    }

    private void row(String... cells) {
        rows.add(cells);
    }

    private static void progress(String msg) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + msg);
    }

    private String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Measurement | Variant | Concurrency | Result | SDK / raw | p50 | p99 |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            sb.append('|');
            for (String c : r) {
                sb.append(' ').append(c).append(" |");
            }
            sb.append('\n');
        }
        if (!notes.isEmpty()) {
            sb.append('\n');
            for (String n : notes) {
                sb.append("- ").append(n).append('\n');
            }
        }
        return sb.toString();
    }

    private Process startServer() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
                "-Dsun.net.httpserver.maxIdleConnections=4096", "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"),
                BenchServer.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.startsWith("PORT ")) {
            p.destroyForcibly();
            throw new IOException("bench server did not start: " + line);
        }
        base = "http://127.0.0.1:" + line.substring(5).trim();
        progress("server at " + base + " (separate JVM, pid " + p.pid() + ")");
        return p;
    }

    private static String javaBin() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String adminCall(String method, String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return admin.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    private long stat(String name) throws IOException, InterruptedException {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(adminCall("GET", "/__stats"));
        if (!m.find()) {
            throw new IOException("no " + name + " in stats");
        }
        return Long.parseLong(m.group(1));
    }

    private void env() {
        String cpu = "unknown";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            cpu = System.getProperty("os.arch");
        }
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + ", " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:")).reduce((a, b) -> a + " " + b).orElse("default heap");
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String command = System.getProperty("bench.command",
                DEFAULT_COMMAND + (s.quick ? " -Dbench.args=quick" : ""));
        row("Environment", "CPU", "-", cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores", "-", "-",
                "-");
        row("Environment", "OS / JDK", "-", os + " / " + jdk, "-", "-", "-");
        row("Environment", "Date / mode", "-", date + " / " + (s.quick ? "QUICK (smoke, numbers meaningless)" : "full"),
                "-", "-", "-");
        row("Environment", "Command", "-", "`" + command + "`", "-", "-", "-");
    }

    // ---------------------------------------------------------------- 1. per-call overhead

    @FunctionalInterface
    interface Op {
        Object call() throws Exception;
    }

    /** Latency samples of one thread, in nanoseconds. */
    static final class Samples {
        long[] v = new long[1 << 14];
        int n;

        void add(long x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }
    }

    record RunResult(double opsPerSec, long[] latencies, long errors, long cpuNanos) {
    }

    /**
     * Runs {@code op} in a closed loop on {@code threads} threads: warmup (not recorded), then a
     * measured window. A call is recorded when it started inside the window.
     */
    static RunResult closedLoop(Op op, int threads, double warmupSec, double measureSec) throws InterruptedException {
        AtomicInteger phase = new AtomicInteger(0); // 0 warmup, 1 measure, 2 stop
        Samples[] samples = new Samples[threads];
        long[] errors = new long[threads];
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int idx = i;
            samples[i] = new Samples();
            ts[i] = new Thread(() -> {
                Samples mine = samples[idx];
                int ph;
                while ((ph = phase.get()) != 2) {
                    long t0 = System.nanoTime();
                    try {
                        if (op.call() == null) {
                            throw new IllegalStateException("null result");
                        }
                    } catch (Throwable t) {
                        errors[idx]++;
                        firstError.compareAndSet(null, t);
                        continue;
                    }
                    long t1 = System.nanoTime();
                    if (ph == 1) {
                        mine.add(t1 - t0);
                    }
                }
            }, "bench-caller-" + i);
            ts[i].start();
        }
        Thread.sleep((long) (warmupSec * 1000));
        phase.set(1);
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        Thread.sleep((long) (measureSec * 1000));
        phase.set(2);
        long end = System.nanoTime();
        long cpu = processCpuNanos() - cpu0;
        for (Thread t : ts) {
            t.join();
        }
        int total = 0;
        for (Samples x : samples) {
            total += x.n;
        }
        long[] all = new long[total];
        int k = 0;
        for (Samples x : samples) {
            System.arraycopy(x.v, 0, all, k, x.n);
            k += x.n;
        }
        long errs = Arrays.stream(errors).sum();
        if (errs > 0) {
            progress("  " + errs + " errors, first: " + firstError.get());
        }
        return new RunResult(total / ((end - start) / 1e9), all, errs, cpu);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private void overhead() throws Exception {
        String url = base + "/v1/apps/" + APP + "/machines/" + MACHINE_ID;
        URI uri = URI.create(url);
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper om = new ObjectMapper();
        // Limits far above what the loopback can reach: the limiter's code runs on every call, but
        // never throttles (the default 5 req/s per machine would measure the policy, not the SDK).
        RateLimitPolicy unthrottled = RateLimitPolicy.builder().getMachine(1e9, 1_000_000_000).build();
        FlyMachines fly = FlyMachines.builder().baseUrl(base).token("bench-token").rateLimits(unthrottled).build();
        MachineClient mc = fly.app(APP).machines().withId(MACHINE_ID);

        Op rawString = () -> {
            HttpRequest req = HttpRequest.newBuilder(uri).header("Authorization", "Bearer bench-token")
                    .header("Accept", "application/json").GET().build();
            HttpResponse<String> r = raw.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("status " + r.statusCode());
            }
            return r.body();
        };
        // the same raw request, then Jackson's readTree over its body
        Op rawTree = () -> {
            JsonNode tree = om.readTree((String) rawString.call());
            return tree.get("id");
        };
        Op sdk = mc::get;

        // sanity: the SDK reads the machine completely
        Machine m = mc.get();
        if (!MACHINE_ID.equals(m.id()) || m.config() == null || m.events().isEmpty()) {
            throw new IllegalStateException("SDK did not read the machine: " + m);
        }
        int bytes = rawString.call().toString().getBytes(StandardCharsets.UTF_8).length;

        String[] names = {"raw java.net.http, body as String", "raw java.net.http, String + Jackson readTree",
            "SDK `machine.get()` (typed Machine)"};
        Op[] ops = {rawString, rawTree, sdk};
        // JIT warmup of every path before any measurement (C2 needs a while on small machines)
        for (Op op : ops) {
            closedLoop(op, 64, 0, s.quick ? 0.2 : 8);
            closedLoop(op, 1, 0, s.quick ? 0.1 : 2);
        }
        for (int c : callers("callers", "1,16,64")) {
            double[][] tput = new double[ops.length][s.rounds];
            long[] cpu = new long[ops.length];
            long[] calls = new long[ops.length];
            List<List<long[]>> lats = new ArrayList<>();
            for (int v = 0; v < ops.length; v++) {
                lats.add(new ArrayList<>());
            }
            for (int r = 0; r < s.rounds; r++) {
                for (int j = 0; j < ops.length; j++) {
                    int v = (j + r) % ops.length; // rotate the order between rounds
                    RunResult rr = closedLoop(ops[v], c, s.warmupSec, s.measureSec);
                    if (rr.errors > 0) {
                        throw new IllegalStateException(names[v] + ": " + rr.errors + " failed calls");
                    }
                    tput[v][r] = rr.opsPerSec;
                    lats.get(v).add(rr.latencies);
                    cpu[v] += rr.cpuNanos;
                    calls[v] += rr.latencies.length;
                    progress(String.format(Locale.ROOT, "  %-45s c=%-3d round %d: %,.0f ops/s, %.0f µs CPU/call "
                            + "(load %s)", names[v], c, r + 1, rr.opsPerSec, rr.cpuNanos / 1e3
                            / Math.max(1, rr.latencies.length), loadAverage()));
                }
            }
            double rawS = median(tput[0]);
            double rawT = median(tput[1]);
            for (int v = 0; v < ops.length; v++) {
                long[] all = lats.get(v).stream().flatMapToLong(Arrays::stream).sorted().toArray();
                double t = median(tput[v]);
                double cpuPer = cpu[v] / 1e3 / Math.max(1, calls[v]);
                String ratio = v == 2 ? String.format(Locale.ROOT,
                        "throughput %.2f vs tree (%.2f vs String), CPU %.2f vs tree", t / rawT, t / rawS,
                        cpuPer / (cpu[1] / 1e3 / Math.max(1, calls[1]))) : "-";
                row("get machine (" + String.format(Locale.ROOT, "%,d", bytes) + " B JSON)", names[v],
                        c + (c == 1 ? " caller" : " callers"),
                        String.format(Locale.ROOT, "%,.0f calls/s, %.0f µs CPU/call", t, cpuPer), ratio,
                        micros(percentile(all, 50)), micros(percentile(all, 99)));
            }
        }
        notes.add("get machine: hand-written closed-loop harness, " + s.rounds + " rounds x (" + s.warmupSec
                + " s warmup + " + s.measureSec + " s measured) per variant, after a JIT warmup of every variant and concurrency, variant order rotated "
                + "per round; throughput = median of rounds, p50/p99 over all measured calls of all rounds; CPU per call = the "
                + "client JVM's process CPU time over the measured windows / calls measured. "
                + "SDK built with a non-throttling rate limit (limiter code runs, never waits).");
        fly.close();
    }

    private static String micros(long nanos) {
        return nanos >= 10_000_000 ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }

    // ---------------------------------------------------------------- 2. lifecycle

    static final String FAKE_MAIN = "io.github.flymachines.testing.FakeFlyMain";

    @FunctionalInterface
    private interface Counter {
        long get() throws Exception;
    }

    private void lifecycle() throws Exception {
        boolean fakeAvailable;
        try {
            Class.forName(FAKE_MAIN);
            fakeAvailable = true;
        } catch (ClassNotFoundException e) {
            fakeAvailable = false;
        }
        String targets = System.getProperty("bench.targets", "fake,sim");
        if (fakeAvailable && targets.contains("fake")) {
            Process fake = new ProcessBuilder(javaBin(), "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-cp",
                    System.getProperty("java.class.path"), FAKE_MAIN, "--port", "0", "--token", "bench-token",
                    "--transition-ms", String.valueOf(TRANSITION_MS), "--app", APP,
                    // the journal is off by default; the request count per lifecycle needs it
                    "--journal", String.valueOf(Math.max(10_000, 10 * s.lifecycles)))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(fake.getInputStream(),
                        StandardCharsets.UTF_8));
                String fakeBase = null;
                for (String line; fakeBase == null && (line = r.readLine()) != null;) {
                    Matcher m = Pattern.compile("(http://[0-9.:]+)").matcher(line);
                    if (line.startsWith("FakeFly listening on") && m.find()) {
                        fakeBase = m.group(1);
                    }
                }
                if (fakeBase == null) {
                    throw new IllegalStateException("FakeFly did not start");
                }
                String fb = fakeBase;
                progress("FakeFly at " + fb + " (separate JVM, pid " + fake.pid() + ")");
                lifecycleAgainst(fb, "FakeFly (machines-sdk-testing, " + TRANSITION_MS + " ms transitions)",
                        () -> wireMockCount(fb), () -> http(fb, "DELETE", "/__admin/requests", null));
            } finally {
                fake.destroy();
                fake.waitFor(10, TimeUnit.SECONDS);
            }
            notes.add("Lifecycle on FakeFly: FakeFlyMain in its own JVM (`--transition-ms " + TRANSITION_MS
                    + "`, system clock, `--journal` on); requests counted from WireMock's request journal.");
        }
        if (!targets.contains("sim")) {
            return;
        }
        lifecycleAgainst(base, "harness simulation (BenchServer, " + TRANSITION_MS + " ms transitions)",
                () -> stat("requests"), () -> adminCall("POST", "/__reset"));
        notes.add("Lifecycle: SDK = blocking API, client-side rate limits disabled (the default 1 req/s per action "
                + "would measure the policy); raw = `java.net.http` `send()` + Jackson `readTree` of every answer, "
                + "the same 5 requests (408 on a wait is asked again). Each variant runs in a client JVM of its own "
                + "(same flags: " + String.join(" ", CLIENT_JVM_FLAGS) + "), so its JIT and GC are its own. Per target: "
                + s.lifecycleWarmup
                + " warm-up lifecycles per variant, then per concurrency " + s.lifecycleRounds + " rounds of "
                + s.lifecycles + " lifecycles per variant, SDK and raw alternating (order swapped each round). "
                + "Throughput: median of rounds. CPU: that client JVM's process CPU time "
                + "(`OperatingSystemMXBean.getProcessCpuTime`, all threads: JIT, GC, HTTP client) over the "
                + "measured rounds / lifecycles; the server is another JVM. JIT: the client JVM's compilation time "
                + "(`CompilationMXBean`) during a variant's measured rounds / lifecycles, a part of its CPU that "
                + "a longer warm-up shrinks (BENCHMARKS.md). Requests counted server-side."
                + (fakeAvailable ? "" : " FakeFly (machines-sdk-testing) was not available, so only the harness's "
                        + "own simulation of the machine endpoints was used."));
    }

    private long wireMockCount(String fakeBase) throws Exception {
        String body = http(fakeBase, "POST", "/__admin/requests/count", "{\"method\":\"ANY\",\"urlPattern\":\"/v1/.*\"}");
        Matcher m = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IOException("no count in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private String http(String b, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(b + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> resp = admin.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() >= 300) {
            throw new IOException(method + " " + path + " -> " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }

    private void lifecycleAgainst(String target, String targetName, Counter requestCount, Section resetCount)
            throws Exception {
        String[] names = {"SDK (blocking API)", "raw java.net.http + Jackson readTree"};
        // each variant in a client JVM of its own (LifecycleJvm says why), started with the same flags
        try (LifecycleJvm sdk = LifecycleJvm.start(javaBin(), CLIENT_JVM_FLAGS, "sdk", target);
                LifecycleJvm raw = LifecycleJvm.start(javaBin(), CLIENT_JVM_FLAGS, "raw", target)) {
            LifecycleJvm[] clients = {sdk, raw};
            for (int j = 0; j < 2; j++) {
                // JIT warm-up of both variants at both concurrencies, not counted
                clients[j].run(s.lifecycleWarmup / 2, 16);
                clients[j].run(s.lifecycleWarmup - s.lifecycleWarmup / 2, 64);
            }
            for (int c : callers("lifecycleCallers", "16,64")) {
                double[][] tput = new double[2][s.lifecycleRounds];
                long[] cpu = new long[2];
                long[] jit = new long[2];
                long[] requests = new long[2];
                List<List<long[]>> lats = List.of(new ArrayList<>(), new ArrayList<>());
                for (int r = 0; r < s.lifecycleRounds; r++) {
                    for (int j = 0; j < 2; j++) {
                        int v = (j + r) % 2;
                        resetCount.run();
                        LifecycleJvm.Round round = clients[v].run(s.lifecycles, c);
                        cpu[v] += round.cpuNanos();
                        jit[v] += round.jitMillis();
                        requests[v] += requestCount.get();
                        tput[v][r] = s.lifecycles / round.seconds();
                        lats.get(v).add(round.latencies());
                        progress(String.format(Locale.ROOT, "  %-40s %-12s c=%-3d round %d: %,.0f lifecycles/s, "
                                + "%.2f ms CPU/lifecycle (load %s)", names[v], targetName.substring(0, 12), c, r + 1,
                                tput[v][r], cpu[v] / 1e6 / ((r + 1) * (double) s.lifecycles), loadAverage()));
                    }
                }
                int n = s.lifecycleRounds * s.lifecycles;
                double[] cpuPer = {cpu[0] / 1e6 / n, cpu[1] / 1e6 / n};
                double[] t = {median(tput[0]), median(tput[1])};
                for (int v = 0; v < 2; v++) {
                    long[] all = lats.get(v).stream().flatMapToLong(Arrays::stream).sorted().toArray();
                    String ratio = v == 0 ? String.format(Locale.ROOT, "throughput %.2f, CPU %.2f", t[0] / t[1],
                            cpuPer[0] / cpuPer[1]) : "-";
                    row("Lifecycle on " + targetName, names[v], c + " callers",
                            String.format(Locale.ROOT, "%,.0f lifecycles/s, %.2f ms CPU/lifecycle, %.2f requests/lifecycle"
                                    + ", JIT %.2f ms/lifecycle", t[v], cpuPer[v], requests[v] / (double) n,
                                    jit[v] / (double) n), ratio,
                            micros(percentile(all, 50)), micros(percentile(all, 99)));
                }
            }
        }
    }

    private static int[] callers(String property, String dflt) {
        return Arrays.stream(System.getProperty("bench." + property, dflt).split(",")).mapToInt(Integer::parseInt)
                .toArray();
    }

    /**
     * @return the JIT compilers' time so far in milliseconds ({@code CompilationMXBean}; wall time of
     *     the compiler threads, which on a busy machine is close to their CPU time), or 0 when the JVM
     *     does not report it
     */
    static long jitMillis() {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** @return the client JVM's CPU time so far, all threads, in nanoseconds */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ---------------------------------------------------------------- 3. concurrent waiters

    private void waiters() throws Exception {
        // In a fresh JVM: the thread and heap baselines are then the SDK's, not the earlier sections'.
        Process p = new ProcessBuilder(javaBin(), "-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-cp",
                System.getProperty("java.class.path"), Benchmarks.class.getName(), "--waiters-child",
                s.quick ? "quick" : "full", base).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || result == null) {
            throw new IllegalStateException("waiters child failed (exit " + (p.isAlive() ? "alive" : p.exitValue())
                    + ")");
        }
        row("Concurrent waits (`waitForAsync`, server holds each /wait open)", s.waiters
                + " outstanding for >= " + s.waiterHold.toMillis() + " ms", s.waiters + " waits", result, "-", "-",
                "-");
        notes.add("Waits: measured in a fresh client JVM (-Xms1g -Xmx1g); each waiter is one HTTP/1.1 connection "
                + "held open by the server until released; threads are the whole client JVM's (JDK and harness "
                + "threads included; the server is another JVM); heap is MemoryMXBean used after System.gc(), "
                + "with the waits outstanding minus before them, / " + s.waiters + ".");
    }

    private String measureWaiters() throws Exception {
        FlyMachines fly = FlyMachines.builder().baseUrl(base).token("bench-token").build();
        MachinesClient ms = fly.app(APP).machines();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Duration timeout = Duration.ofMinutes(2);

        // warm the path (classes loaded, pools created) so the baseline includes it
        List<CompletableFuture<WaitOutcome>> warm = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            warm.add(ms.withId("hold-warm-" + i).waitForAsync(WaitState.STARTED, timeout));
        }
        awaitHeld(16);
        adminCall("POST", "/__release");
        CompletableFuture.allOf(warm.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        long heapBefore = usedAfterGc(mem);
        int threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();
        long t0 = System.nanoTime();
        List<CompletableFuture<WaitOutcome>> waits = new ArrayList<>(s.waiters);
        for (int i = 0; i < s.waiters; i++) {
            waits.add(ms.withId("hold-" + i).waitForAsync(WaitState.STARTED, timeout));
        }
        awaitHeld(s.waiters);
        double allOutstandingMs = (System.nanoTime() - t0) / 1e6;
        Thread.sleep(s.waiterHold.toMillis());
        long heapDuring = usedAfterGc(mem);
        int threadsDuring = threads.getThreadCount();
        int peak = threads.getPeakThreadCount();
        long done = waits.stream().filter(CompletableFuture::isDone).count();
        adminCall("POST", "/__release");
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        if (done > 0) {
            throw new IllegalStateException(done + " waits completed before release");
        }
        double perWaiterKb = (heapDuring - heapBefore) / (double) s.waiters / 1024.0;
        fly.close();
        return String.format(Locale.ROOT, "peak live threads %d (%d before the waits, %d with them outstanding); "
                + "heap %.1f KB per waiter (%.1f MB after GC vs %.1f MB before); all %d at the server after %.0f ms",
                peak, threadsBefore, threadsDuring, perWaiterKb, heapDuring / 1048576.0, heapBefore / 1048576.0,
                s.waiters, allOutstandingMs);
    }

    private void awaitHeld(int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (stat("held") < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + stat("held") + " of " + n + " waits reached the server");
            }
            Thread.sleep(20);
        }
    }

    private static long usedAfterGc(MemoryMXBean mem) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    // ---------------------------------------------------------------- 4. cold start

    private List<Path> sdkClasspath() throws IOException {
        String jar = System.getProperty("bench.sdkJar");
        String cpFile = System.getProperty("bench.sdkClasspathFile");
        if (jar == null || cpFile == null || !Files.isRegularFile(Path.of(jar)) || !Files.isRegularFile(Path.of(cpFile))) {
            throw new IOException("run through -Pbench (needs -Dbench.sdkJar and -Dbench.sdkClasspathFile "
                    + "pointing at machines-sdk/target; got " + jar + ", " + cpFile + ")");
        }
        List<Path> out = new ArrayList<>();
        out.add(Path.of(jar));
        String cp = Files.readString(Path.of(cpFile)).trim();
        if (!cp.isEmpty()) {
            for (String e : cp.split(File.pathSeparator)) {
                out.add(Path.of(e));
            }
        }
        return out;
    }

    private void coldStart() throws Exception {
        List<Path> sdk = sdkClasspath();
        Path examples = Paths.get(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> cpEntries = new ArrayList<>();
        sdk.forEach(p -> cpEntries.add(p.toString()));
        cpEntries.add(examples.toString());
        String cp = String.join(File.pathSeparator, cpEntries);
        String[] modes = {"raw", "tree", "sdk"};
        String[] names = {"raw java.net.http, body as String", "raw java.net.http + Jackson readTree", "SDK"};
        int k = modes.length;
        double[][] ms = new double[k][s.coldRuns];
        double[][] inMain = new double[k][s.coldRuns];
        double[][] cpu = new double[k][s.coldRuns];
        double[] pairRatio = new double[s.coldRuns];
        for (String m : modes) {
            launch(cp, m); // the first launch pays for the OS page cache: not counted
        }
        for (int r = 0; r < s.coldRuns; r++) {
            for (int j = 0; j < k; j++) {
                int v = (j + r) % k;
                double[] t = launch(cp, modes[v]);
                ms[v][r] = t[0];
                inMain[v][r] = t[1];
                cpu[v][r] = t[2];
            }
            pairRatio[r] = ms[2][r] / ms[1][r];
            progress(String.format(Locale.ROOT, "  round %d: raw %.0f ms, raw + tree %.0f ms, SDK %.0f ms (load %s)",
                    r + 1, ms[0][r], ms[1][r], ms[2][r], loadAverage()));
        }
        String what = "Cold start: JVM launch to first successful get machine";
        for (int v = 0; v < k; v++) {
            String ratio = v < 2 ? "-" : String.format(Locale.ROOT,
                    "wall %.2f vs tree (median of pair ratios %.2f; %.2f vs String), CPU %.2f vs tree",
                    median(ms[2]) / median(ms[1]), median(pairRatio), median(ms[2]) / median(ms[0]),
                    median(cpu[2]) / median(cpu[1]));
            row(what, names[v], "1", String.format(Locale.ROOT,
                    "%.0f ms wall, %.0f ms CPU (medians of %d; main() to OK %.0f ms; runs %s)", median(ms[v]),
                    median(cpu[v]), s.coldRuns, median(inMain[v]), runs(ms[v])), ratio, "-", "-");
        }
        notes.add("Cold start: child JVM (`java -cp <SDK jar + runtime deps + examples classes>`, default flags) "
                + "timed by the parent from ProcessBuilder.start() to the child's `OK` line; one unmeasured launch "
                + "of each first, then " + s.coldRuns + " rounds of the three, order rotated each round; "
                + "'main() to OK' is the child's own System.nanoTime from entering main() to the answer (the rest "
                + "is JVM start-up and process plumbing); CPU is the child's user + system time at the answer "
                + "(/proc/self/stat, 10 ms resolution).");
    }

    private static String runs(double[] xs) {
        StringBuilder sb = new StringBuilder();
        for (double x : xs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(Math.round(x));
        }
        return sb.toString();
    }

    private double[] launch(String cp, String mode) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(javaBin(), "-cp", cp, ColdStart.class.getName(), mode, base)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        String cpuLine;
        double ms;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
            ms = (System.nanoTime() - t0) / 1e6;
            cpuLine = r.readLine();
        }
        if (!p.waitFor(30, TimeUnit.SECONDS) || line == null || !line.startsWith("OK ") || p.exitValue() != 0
                || cpuLine == null || !cpuLine.startsWith("CPU ")) {
            p.destroyForcibly();
            throw new IllegalStateException("cold start " + mode + " failed: " + line);
        }
        return new double[] {ms, Double.parseDouble(line.substring(3)), Double.parseDouble(cpuLine.substring(4))};
    }

    // ---------------------------------------------------------------- 5. footprint

    private void footprint() throws Exception {
        List<Path> sdk = sdkClasspath();
        long jar = Files.size(sdk.get(0));
        long deps = 0;
        List<String> names = new ArrayList<>();
        for (Path p : sdk.subList(1, sdk.size())) {
            deps += Files.size(p);
            names.add(p.getFileName().toString().replaceAll("\\.jar$", ""));
        }
        row("Footprint", "SDK jar", "-", String.format(Locale.ROOT, "%,d bytes", jar), "-", "-", "-");
        row("Footprint", "runtime dependencies", "-", String.format(Locale.ROOT, "%d jars, %,d bytes: %s",
                names.size(), deps, String.join(", ", names)), "-", "-", "-");
        row("Footprint", "total", "-", String.format(Locale.ROOT, "%d jars, %,d bytes", names.size() + 1, jar + deps),
                "-", "-", "-");
    }
}
