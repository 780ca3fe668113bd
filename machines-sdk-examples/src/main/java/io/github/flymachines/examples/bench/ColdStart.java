package io.github.flymachines.examples.bench;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.Machine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The child JVM of the cold-start measurement: makes one {@code get machine} call, either through
 * the SDK ({@code sdk}) or with a bare {@code java.net.http} client ({@code raw}), prints
 * {@code OK <ms since main() started>} and exits. The parent times launch to {@code OK}.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * Runs one call.
     *
     * @param args {@code sdk|raw} and the server's base URL
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
        }
        System.out.println("OK " + (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();
        System.exit(0);
    }
}
