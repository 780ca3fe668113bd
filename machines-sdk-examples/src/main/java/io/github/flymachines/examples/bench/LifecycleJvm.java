package io.github.flymachines.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One lifecycle client in a JVM of its own, so that its process CPU, JIT and GC are its own: with
 * both clients in one JVM, the JIT compiling the JDK's HTTP client (which both use) is charged to
 * whichever variant happens to be running, and each variant's garbage may be collected in the
 * other's window.
 *
 * <p>The parent starts the child with {@code <variant> <base URL>} and drives it over standard
 * input, one command per line: {@code run <lifecycles> <callers>} answers
 * {@code DONE <seconds> <cpu nanos> <jit millis> <latency nanos, comma separated>};
 * {@code exit} closes the client and ends the JVM.
 */
final class LifecycleJvm implements AutoCloseable {
    /** One round's figures, as the child measured them. */
    record Round(double seconds, long cpuNanos, long jitMillis, long[] latencies) {
    }

    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private LifecycleJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * Starts a child JVM with the given flags and this JVM's class path.
     *
     * @param java the {@code java} binary
     * @param flags JVM flags (heap sizes)
     * @param variant {@code sdk} or {@code raw}
     * @param base the server's base URL
     * @return the running child
     * @throws IOException if it cannot start
     */
    static LifecycleJvm start(String java, List<String> flags, String variant, String base) throws IOException {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(java);
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LifecycleJvm.class.getName(), variant,
                base));
        return new LifecycleJvm(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /**
     * Runs one closed-loop round in the child.
     *
     * @param lifecycles how many lifecycles
     * @param callers how many threads
     * @return the round's figures
     * @throws IOException if the child failed or died
     */
    Round run(int lifecycles, int callers) throws IOException {
        in.write("run " + lifecycles + " " + callers + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null || !line.startsWith("DONE ")) {
            throw new IOException("lifecycle child failed: " + line);
        }
        return parse(line.substring(5));
    }

    static Round parse(String answer) {
        String[] f = answer.split(" ");
        long[] lat = Arrays.stream(f[3].split(",")).mapToLong(Long::parseLong).toArray();
        return new Round(Double.parseDouble(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), lat);
    }

    static String format(Round r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.seconds()).append(' ').append(r.cpuNanos()).append(' ').append(r.jitMillis()).append(' ');
        for (int i = 0; i < r.latencies().length; i++) {
            sb.append(i == 0 ? "" : ",").append(r.latencies()[i]);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            in.write("exit\n");
            in.flush();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The child's entry point.
     *
     * @param args {@code sdk|raw} and the server's base URL
     * @throws Exception on failure (the parent then sees no {@code DONE})
     */
    public static void main(String[] args) throws Exception {
        Lifecycles.Client client = args[0].equals("sdk") ? Lifecycles.sdk(args[1], Benchmarks.APP)
                : Lifecycles.raw(args[1], Benchmarks.APP);
        PrintStream reply = System.out;
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            for (String line; (line = commands.readLine()) != null && !line.equals("exit");) {
                String[] c = line.split(" ");
                long cpu0 = Benchmarks.processCpuNanos();
                long jit0 = Benchmarks.jitMillis();
                long t0 = System.nanoTime();
                long[] lat = Lifecycles.run(client.lifecycle(), Integer.parseInt(c[1]), Integer.parseInt(c[2]));
                double secs = (System.nanoTime() - t0) / 1e9;
                Round r = new Round(secs, Benchmarks.processCpuNanos() - cpu0, Benchmarks.jitMillis() - jit0, lat);
                reply.println("DONE " + format(r));
                reply.flush();
            }
        } finally {
            client.close();
        }
        System.exit(0);
    }
}
