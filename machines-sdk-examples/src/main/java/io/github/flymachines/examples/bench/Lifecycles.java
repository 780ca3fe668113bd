package io.github.flymachines.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RateLimitPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two clients of the lifecycle measurement, doing the same five requests per lifecycle
 * (create, wait started, stop, wait stopped, destroy): the SDK's blocking API, and a raw
 * {@code java.net.http} client that builds each request by hand and reads every answer into a
 * Jackson tree (what a team without the SDK would write), plus the closed-loop runner.
 */
final class Lifecycles {
    static final String IMAGE = "registry.fly.io/bench-web:latest";

    private Lifecycles() {
    }

    /** One lifecycle; returns something non-null. */
    @FunctionalInterface
    interface Lifecycle {
        Object run() throws Exception;
    }

    /** A client under test: its lifecycle and how to release it. */
    interface Client extends AutoCloseable {
        Lifecycle lifecycle();

        @Override
        void close();
    }

    /** A client of a lifecycle and how to release it. */
    static Client client(Lifecycle lifecycle, Runnable close) {
        return new Client() {
            @Override
            public Lifecycle lifecycle() {
                return lifecycle;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }

    /**
     * The SDK, client-side rate limits disabled (the defaults of 1 req/s per action would measure
     * the policy).
     */
    static Client sdk(String base, String app) {
        FlyMachines fly = FlyMachines.builder().baseUrl(base).token("bench-token")
                .rateLimits(RateLimitPolicy.disabled()).build();
        MachinesClient ms = fly.app(app).machines();
        MachineConfig cfg = MachineConfig.builder().image(IMAGE).build();
        Duration waitTimeout = Duration.ofSeconds(60);
        Lifecycle l = () -> {
            Machine m = ms.create(CreateMachineRequest.of(cfg));
            MachineClient c = ms.withId(m.id());
            Object started = c.waitFor(WaitState.STARTED, waitTimeout);
            c.stop();
            c.waitFor(WaitState.STOPPED, waitTimeout);
            c.destroy();
            return started;
        };
        return client(l, fly::close);
    }

    /** Raw {@code java.net.http} + Jackson trees: the baseline. */
    static Client raw(String base, String app) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper om = new ObjectMapper();
        String machines = base + "/v1/apps/" + app + "/machines";
        URI create = URI.create(machines);
        Lifecycle l = () -> {
            ObjectNode body = om.createObjectNode();
            body.putObject("config").put("image", IMAGE);
            JsonNode m = call(http, om, HttpRequest.newBuilder(create).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(om.writeValueAsBytes(body))));
            String one = machines + "/" + m.get("id").asText();
            JsonNode started = waitFor(http, om, one, "started");
            call(http, om, HttpRequest.newBuilder(URI.create(one + "/stop"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            waitFor(http, om, one, "stopped");
            call(http, om, HttpRequest.newBuilder(URI.create(one)).DELETE());
            return started;
        };
        return client(l, () -> {
            // java.net.http in Java 17 has no close(); its threads are daemons
        });
    }

    private static JsonNode waitFor(HttpClient http, ObjectMapper om, String machine, String state)
            throws IOException, InterruptedException {
        URI uri = URI.create(machine + "/wait?state=" + state + "&timeout=60");
        while (true) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer bench-token").header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 408) {
                continue; // the server's poll ended: ask again
            }
            if (r.statusCode() != 200) {
                throw new IOException("wait " + state + ": status " + r.statusCode());
            }
            return om.readTree(r.body());
        }
    }

    private static JsonNode call(HttpClient http, ObjectMapper om, HttpRequest.Builder b)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(b.header("Authorization", "Bearer bench-token")
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(b.build().method() + " " + b.build().uri().getPath() + ": status " + r.statusCode());
        }
        return om.readTree(r.body());
    }

    /**
     * Runs {@code count} lifecycles on {@code concurrency} threads (closed loop).
     *
     * @return the latency of each lifecycle, in nanoseconds
     */
    static long[] run(Lifecycle lifecycle, int count, int concurrency) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long[] lat = new long[count];
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread[] ts = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            ts[i] = new Thread(() -> {
                int k;
                while ((k = next.getAndIncrement()) < count && error.get() == null) {
                    long t0 = System.nanoTime();
                    try {
                        lifecycle.run();
                    } catch (Throwable t) {
                        error.compareAndSet(null, t);
                        return;
                    }
                    lat[k] = System.nanoTime() - t0;
                }
            }, "bench-lifecycle-" + i);
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (error.get() != null) {
            throw new IllegalStateException("lifecycle failed", error.get());
        }
        return lat;
    }
}
