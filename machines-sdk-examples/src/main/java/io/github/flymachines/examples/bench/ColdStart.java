package io.github.flymachines.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.Machine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The child JVM of the cold-start measurement: makes one {@code get machine} call, either through
 * the SDK ({@code sdk}), with a bare {@code java.net.http} client ({@code raw}, body as a string) or
 * with that client plus a Jackson tree of the body ({@code tree}), prints
 * {@code OK <ms since main() started>}, then {@code CPU <ms of process CPU time>} and exits.
 * The parent times launch to {@code OK}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Runs one call.
     *
     * @param args {@code sdk|raw|tree} and the server's base URL
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String mode = args[0];
        String base = args[1];
        if (mode.equals("sdk")) {
            FlyMachines fly = FlyMachines.builder().baseUrl(base).token("bench-token").build();
            Machine m = fly.app("bench").machines().withId("d8903e1b2c4e68").get();
            if (m.id() == null) {
                throw new IllegalStateException("no id");
            }
        } else {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/apps/bench/machines/d8903e1b2c4e68"))
                    .header("Authorization", "Bearer bench-token").header("Accept", "application/json").GET().build();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || r.body().isEmpty()) {
                throw new IllegalStateException("status " + r.statusCode());
            }
            if (mode.equals("tree") && new ObjectMapper().readTree(r.body()).get("id") == null) {
                throw new IllegalStateException("no id");
            }
        }
        System.out.println("OK " + (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        // after the answer, so it costs the measured wall time nothing
        System.out.println("CPU " + cpuMillis());
        System.out.flush();
        System.exit(0);
    }

    /**
     * The process's CPU time (user + system, all threads) from {@code /proc/self/stat}, without
     * loading the management classes; -1 where there is no {@code /proc}.
     */
    private static long cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat(5) (utime, stime), counted after the command name
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
