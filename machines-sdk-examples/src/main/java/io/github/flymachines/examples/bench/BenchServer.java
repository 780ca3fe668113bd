package io.github.flymachines.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback server the benchmarks call. Runs in its own JVM (started by {@link Benchmarks}) so
 * its threads, allocations and GC do not show up in the client's measurements.
 *
 * <p>A multi-threaded {@code com.sun.net.httpserver} server (HTTP/1.1 keep-alive, fixed pool):
 * <ul>
 * <li>{@code GET /v1/apps/{app}/machines/{id}}: a fixed ~3 KB machine ({@link MachineJson}),
 * pre-rendered, for the per-call overhead measurement; the simulated machine when {@code id} is
 * one this server created.</li>
 * <li>A minimal machine simulation for the lifecycle measurement: create ({@code created}, then
 * {@code started} {@link #TRANSITION_MS} ms later), {@code /wait} long polls (answered on the transition, 408 at the
 * poll's timeout), stop ({@code stopping}, then {@code stopped}
 * {@link #TRANSITION_MS} ms later), destroy (only when
 * stopped).</li>
 * <li>{@code /wait} on an id starting with {@code hold-}: held open without a thread until
 * {@code POST /__release} (the concurrent-waiters measurement).</li>
 * <li>{@code GET /__stats}: requests served (excluding {@code /__} paths) and waits held;
 * {@code POST /__reset} zeroes the request counter.</li>
 * </ul>
 * Exits when its standard input closes (the parent JVM went away).
 */
public final class BenchServer {
    /** Milliseconds from create to started and from stop to stopped (the fake setting). */
    static final long TRANSITION_MS = 1;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger created = new AtomicInteger();
    private final Map<String, Sim> machines = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<HttpExchange> held = new ConcurrentLinkedQueue<>();
    private final AtomicInteger heldCount = new AtomicInteger();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-timers");
        t.setDaemon(true);
        return t;
    });
    private final byte[] staticMachine = MachineJson.render("d8903e1b2c4e68", "started", "01JDK3R9YV5W7X9Z1B3C5D7F9G");

    private static final class Sim {
        String state;
        final String version;
        final List<Waiter> waiters = new ArrayList<>();

        Sim(String state, String version) {
            this.state = state;
            this.version = version;
        }
    }

    private record Waiter(HttpExchange exchange, List<String> states) {
    }

    /**
     * Starts the server on an ephemeral loopback port, prints {@code PORT <n>} and runs until
     * standard input closes.
     *
     * @param args ignored
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        BenchServer s = new BenchServer();
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        http.setExecutor(pool);
        http.createContext("/", s::handle);
        http.start();
        System.out.println("PORT " + http.getAddress().getPort());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // wait for the parent to go away
        }
        http.stop(0);
        pool.shutdownNow();
        System.exit(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (InputStream body = ex.getRequestBody()) {
            body.readAllBytes();
        }
        String path = ex.getRequestURI().getRawPath();
        String method = ex.getRequestMethod();
        if (path.startsWith("/__")) {
            admin(ex, method, path);
            return;
        }
        requests.incrementAndGet();
        String[] p = path.split("/");
        // ["", "v1", "apps", app, "machines", id?, action?]
        if (p.length < 5 || !p[1].equals("v1") || !p[2].equals("apps") || !p[4].equals("machines")) {
            send(ex, 404, "{\"error\":\"not found\"}");
            return;
        }
        if (p.length == 5) {
            if (method.equals("POST")) {
                create(ex);
            } else {
                send(ex, 200, "[]");
            }
            return;
        }
        String id = p[5];
        String action = p.length > 6 ? p[6] : "";
        switch (action) {
            case "" -> {
                if (method.equals("GET")) {
                    get(ex, id);
                } else if (method.equals("DELETE")) {
                    destroy(ex, id);
                } else {
                    send(ex, 405, "{\"error\":\"method not allowed\"}");
                }
            }
            case "wait" -> waitFor(ex, id);
            case "stop" -> stop(ex, id);
            default -> send(ex, 404, "{\"error\":\"not found\"}");
        }
    }

    private void admin(HttpExchange ex, String method, String path) throws IOException {
        switch (path) {
            case "/__stats" -> send(ex, 200, "{\"requests\":" + requests.get() + ",\"held\":" + heldCount.get()
                    + ",\"machines\":" + machines.size() + "}");
            case "/__reset" -> {
                requests.set(0);
                send(ex, 200, "{}");
            }
            case "/__release" -> {
                int n = 0;
                for (HttpExchange h; (h = held.poll()) != null; n++) {
                    heldCount.decrementAndGet();
                    sendQuietly(h, 200, "{\"ok\":true,\"state\":\"started\"}");
                }
                send(ex, 200, "{\"released\":" + n + "}");
            }
            default -> send(ex, 404, "{}");
        }
    }

    private void get(HttpExchange ex, String id) throws IOException {
        Sim m = machines.get(id);
        if (m == null) {
            send(ex, 200, staticMachine);
            return;
        }
        String state;
        synchronized (m) {
            state = m.state;
        }
        send(ex, 200, MachineJson.render(id, state, m.version));
    }

    private void create(HttpExchange ex) throws IOException {
        String id = String.format("sim%011x", created.incrementAndGet());
        String version = String.format("01JDK%021d", created.get());
        Sim m = new Sim("created", version);
        machines.put(id, m);
        timers.schedule(() -> transition(id, "started"), TRANSITION_MS, TimeUnit.MILLISECONDS);
        send(ex, 200, MachineJson.render(id, "created", version));
    }

    private void stop(HttpExchange ex, String id) throws IOException {
        Sim m = machines.get(id);
        if (m == null) {
            send(ex, 404, "{\"error\":\"machine not found\"}");
            return;
        }
        transition(id, "stopping");
        timers.schedule(() -> transition(id, "stopped"), TRANSITION_MS, TimeUnit.MILLISECONDS);
        send(ex, 200, "{\"ok\":true}");
    }

    private void destroy(HttpExchange ex, String id) throws IOException {
        Sim m = machines.get(id);
        if (m == null) {
            send(ex, 404, "{\"error\":\"machine not found\"}");
            return;
        }
        synchronized (m) {
            if (!m.state.equals("stopped")) {
                send(ex, 412, "{\"error\":\"failed_precondition: machine still active, refusing to destroy\"}");
                return;
            }
        }
        transition(id, "destroyed");
        machines.remove(id);
        send(ex, 200, "{\"ok\":true}");
    }

    private void waitFor(HttpExchange ex, String id) throws IOException {
        List<String> states = new ArrayList<>();
        long timeoutSec = 60;
        String q = ex.getRequestURI().getRawQuery();
        if (q != null) {
            for (String kv : q.split("&")) {
                int eq = kv.indexOf('=');
                String k = eq < 0 ? kv : kv.substring(0, eq);
                String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                if (k.equals("state")) {
                    states.add(v);
                } else if (k.equals("timeout")) {
                    timeoutSec = Long.parseLong(v);
                }
            }
        }
        if (states.isEmpty()) {
            states.add("started");
        }
        if (id.startsWith("hold-")) {
            held.add(ex);
            heldCount.incrementAndGet();
            return;
        }
        Sim m = machines.get(id);
        if (m == null) {
            send(ex, 404, "{\"error\":\"machine not found\"}");
            return;
        }
        Waiter w = new Waiter(ex, states);
        synchronized (m) {
            if (states.contains(m.state)) {
                sendQuietly(ex, 200, waitAnswer(m.state, m.version));
                return;
            }
            m.waiters.add(w);
        }
        timers.schedule(() -> {
            boolean mine;
            synchronized (m) {
                mine = m.waiters.remove(w);
            }
            if (mine) {
                sendQuietly(ex, 408, "{\"error\":\"deadline_exceeded: timeout waiting for machine to be "
                        + String.join(",", states) + "\"}");
            }
        }, timeoutSec, TimeUnit.SECONDS);
    }

    private void transition(String id, String state) {
        Sim m = machines.get(id);
        if (m == null) {
            return;
        }
        List<Waiter> wake = new ArrayList<>();
        synchronized (m) {
            m.state = state;
            for (Iterator<Waiter> it = m.waiters.iterator(); it.hasNext();) {
                Waiter w = it.next();
                if (w.states.contains(state)) {
                    wake.add(w);
                    it.remove();
                }
            }
        }
        for (Waiter w : wake) {
            sendQuietly(w.exchange, 200, waitAnswer(state, m.version));
        }
    }

    private static String waitAnswer(String state, String version) {
        return "{\"ok\":true,\"state\":\"" + state + "\",\"version\":\"" + version + "\"}";
    }

    private static void sendQuietly(HttpExchange ex, int status, String body) {
        try {
            send(ex, status, body);
        } catch (IOException e) {
            ex.close();
        }
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        send(ex, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
