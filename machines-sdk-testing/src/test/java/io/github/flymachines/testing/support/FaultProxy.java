package io.github.flymachines.testing.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A seeded fault layer between an SDK client and the fake: an HTTP/1.1 proxy on loopback. For
 * each request it draws one number from a seeded random source and then either
 * <ul>
 * <li>forwards the request and <b>resets the connection after the fake applied it</b> (the
 * answer is lost: the client cannot know whether the work was done),</li>
 * <li>answers 503 without forwarding,</li>
 * <li>forwards it and delays the answer, or</li>
 * <li>forwards it unchanged.</li>
 * </ul>
 * The draws are seeded, so a run's fault sequence depends only on the order requests arrive.
 */
public final class FaultProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", "host", "upgrade", "expect");

    private final URI target;
    private final double resetRate;
    private final double unavailableRate;
    private final double delayRate;
    private final Duration maxDelay;
    private final Random random;
    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong resets = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong delays = new AtomicLong();
    private final java.util.Queue<java.util.regex.Pattern> scriptedResets = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Map<java.util.regex.Pattern, Long> scriptedHolds = new LinkedHashMap<>();
    private volatile boolean faulty = true;
    private volatile boolean closed;

    /**
     * Starts a proxy on a free loopback port.
     *
     * @param target the fake's base URL
     * @param seed the seed of the fault draws
     * @param resetRate share of requests forwarded, then answered with a connection reset
     * @param unavailableRate share of requests answered 503 without forwarding
     * @param delayRate share of requests whose answer is delayed
     * @param maxDelay the longest delay
     * @throws IOException when no port can be bound
     */
    public FaultProxy(String target, long seed, double resetRate, double unavailableRate, double delayRate,
            Duration maxDelay) throws IOException {
        this.target = URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
        this.resetRate = resetRate;
        this.unavailableRate = unavailableRate;
        this.delayRate = delayRate;
        this.maxDelay = maxDelay;
        this.random = new Random(seed);
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        pool.execute(this::acceptLoop);
    }

    /**
     * Starts a proxy that injects no random faults, only the ones the test scripts
     * ({@link #resetNext}, holds).
     *
     * @param target the fake's base URL
     * @return the proxy
     * @throws IOException when no port can be bound
     */
    public static FaultProxy scripted(String target) throws IOException {
        return new FaultProxy(target, 1, 0, 0, 0, Duration.ZERO);
    }

    /** @return the proxy's base URL */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /**
     * Turns the faults on or off (off: every request is forwarded unchanged).
     *
     * @param value whether to inject faults
     */
    public void faulty(boolean value) {
        this.faulty = value;
    }

    /**
     * Scripts one fault: the next request whose {@code METHOD path} matches is forwarded to the
     * fake and its answer replaced by a connection reset. Scripted faults apply also when random
     * faults are off.
     *
     * @param methodAndPath a regular expression over {@code "METHOD /v1/path"} (query excluded)
     * @return this
     */
    public FaultProxy resetNext(String methodAndPath) {
        scriptedResets.add(java.util.regex.Pattern.compile(methodAndPath));
        return this;
    }

    /**
     * Scripts one hold: the next request whose {@code METHOD path} matches is kept for
     * {@code millis} before it is forwarded, so requests sent after it reach the fake first.
     *
     * @param methodAndPath a regular expression over {@code "METHOD /v1/path"} (query excluded)
     * @param millis how long to hold it
     * @return this
     */
    public FaultProxy holdNext(String methodAndPath, long millis) {
        synchronized (scriptedResets) {
            scriptedHolds.put(java.util.regex.Pattern.compile(methodAndPath), millis);
        }
        return this;
    }

    private static String key(Request req) {
        String path = req.target.contains("?") ? req.target.substring(0, req.target.indexOf('?')) : req.target;
        return req.method + " " + path;
    }

    private long held(Request req) {
        String key = key(req);
        synchronized (scriptedResets) {
            for (java.util.Iterator<Map.Entry<java.util.regex.Pattern, Long>> it = scriptedHolds.entrySet().iterator();
                    it.hasNext();) {
                Map.Entry<java.util.regex.Pattern, Long> e = it.next();
                if (e.getKey().matcher(key).matches()) {
                    it.remove();
                    return e.getValue();
                }
            }
        }
        return 0;
    }

    private boolean scripted(Request req) {
        String key = key(req);
        synchronized (scriptedResets) {
            for (java.util.Iterator<java.util.regex.Pattern> it = scriptedResets.iterator(); it.hasNext();) {
                if (it.next().matcher(key).matches()) {
                    it.remove();
                    return true;
                }
            }
        }
        return false;
    }

    /** @return requests seen */
    public long requests() {
        return requests.get();
    }

    /** @return answers reset after the fake applied the request */
    public long resets() {
        return resets.get();
    }

    /** @return 503 answers sent without forwarding */
    public long unavailable() {
        return unavailable.get();
    }

    /** @return delayed answers */
    public long delays() {
        return delays.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private enum Fault { NONE, RESET, UNAVAILABLE, DELAY }

    private Fault draw() {
        if (!faulty) {
            return Fault.NONE;
        }
        double d;
        synchronized (random) {
            d = random.nextDouble();
        }
        if (d < resetRate) {
            return Fault.RESET;
        }
        if (d < resetRate + unavailableRate) {
            return Fault.UNAVAILABLE;
        }
        if (d < resetRate + unavailableRate + delayRate) {
            return Fault.DELAY;
        }
        return Fault.NONE;
    }

    private long delayMillis() {
        synchronized (random) {
            return 1 + (long) (random.nextDouble() * maxDelay.toMillis());
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setTcpNoDelay(true);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            while (!closed) {
                Request req = Request.read(in);
                if (req == null) {
                    return;
                }
                requests.incrementAndGet();
                long hold = held(req);
                if (hold > 0) {
                    Thread.sleep(hold);
                }
                Fault f = scripted(req) ? Fault.RESET : draw();
                if (f == Fault.UNAVAILABLE) {
                    unavailable.incrementAndGet();
                    write(out, 503, Map.of("Content-Type", List.of("application/json")),
                            "{\"error\":\"unavailable: injected by the fault proxy\"}".getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                HttpResponse<byte[]> answer;
                try {
                    answer = forward(req);
                } catch (IOException e) {
                    s.setSoLinger(true, 0);
                    return;
                }
                if (f == Fault.RESET) {
                    // the fake has done the work; the client never learns it
                    resets.incrementAndGet();
                    s.setSoLinger(true, 0);
                    return;
                }
                if (f == Fault.DELAY) {
                    delays.incrementAndGet();
                    Thread.sleep(delayMillis());
                }
                write(out, answer.statusCode(), answer.headers().map(), answer.body());
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(Request req) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + req.target))
                .timeout(Duration.ofSeconds(120))
                .method(req.method, req.body.length == 0 && !req.method.equals("POST") && !req.method.equals("PUT")
                        && !req.method.equals("PATCH") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(req.body));
        for (Map.Entry<String, String> h : req.headers.entrySet()) {
            if (!HOP_BY_HOP.contains(h.getKey())) {
                try {
                    b.header(h.getKey(), h.getValue());
                } catch (IllegalArgumentException restricted) {
                    // a header the JDK client sets itself
                }
            }
        }
        return upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void write(OutputStream out, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || name.startsWith(":")) {
                continue;
            }
            for (String v : h.getValue()) {
                sb.append(h.getKey()).append(": ").append(v).append("\r\n");
            }
        }
        sb.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        pool.shutdownNow();
    }

    /** One HTTP/1.1 request with a Content-Length body (what the JDK client sends). */
    private record Request(String method, String target, Map<String, String> headers, byte[] body) {
        static Request read(InputStream in) throws IOException {
            String line = readLine(in);
            if (line == null) {
                return null;
            }
            while (line.isEmpty()) {
                line = readLine(in);
                if (line == null) {
                    return null;
                }
            }
            String[] parts = line.split(" ", 3);
            Map<String, String> headers = new LinkedHashMap<>();
            String h;
            while ((h = readLine(in)) != null && !h.isEmpty()) {
                int c = h.indexOf(':');
                if (c > 0) {
                    headers.put(h.substring(0, c).trim().toLowerCase(Locale.ROOT), h.substring(c + 1).trim());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Request(parts[0], parts[1], headers, body);
        }

        private static String readLine(InputStream in) throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    byte[] b = buf.toByteArray();
                    int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
                    return new String(b, 0, n, StandardCharsets.ISO_8859_1);
                }
                buf.write(c);
            }
            return buf.size() == 0 ? null : buf.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
