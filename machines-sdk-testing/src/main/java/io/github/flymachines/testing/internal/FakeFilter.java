package io.github.flymachines.testing.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The servlet filter in front of WireMock's servlet.
 *
 * <ul>
 * <li>{@code /__fake/...}: the control API, answered here (never journaled).</li>
 * <li>Fast path: when {@code direct} says so (journal off, no stub but the fake's catch-all, no
 * global delay), every API request is answered from the engine here, without WireMock's matching.</li>
 * <li>Otherwise requests go through WireMock. When the fake's transformer finds the answer is not
 * ready (a parked {@code /wait}), it answers a placeholder carrying {@link #PARK_HEADER}; this filter
 * swallows the placeholder, starts an {@link AsyncContext} and writes the real answer when it is
 * ready. Either way a parked wait holds no thread.</li>
 * </ul>
 */
public final class FakeFilter implements Filter {
    /** The placeholder header that names a parked answer (never sent to clients). */
    public static final String PARK_HEADER = "X-FakeFly-Parked";

    private final FakeEngine engine;
    private final Duration realTimeLimit;
    private final Map<String, CompletableFuture<FakeResponse>> parked = new ConcurrentHashMap<>();
    private volatile BooleanSupplier direct = () -> false;
    private volatile Function<FakeRequest, FakeResponse> control = r -> FakeResponse.error(404, "no control API");

    /**
     * Creates the filter.
     *
     * @param engine the engine
     * @param realTimeLimit the wall-clock limit of a parked answer (then 408)
     */
    public FakeFilter(FakeEngine engine, Duration realTimeLimit) {
        this.engine = engine;
        this.realTimeLimit = realTimeLimit;
    }

    /**
     * Sets when the fast path applies.
     *
     * @param condition true when requests may bypass WireMock
     */
    public void direct(BooleanSupplier condition) {
        this.direct = condition;
    }

    /**
     * Sets the control API handler (requests under {@code /__fake/}).
     *
     * @param handler the handler
     */
    public void control(Function<FakeRequest, FakeResponse> handler) {
        this.control = handler;
    }

    /**
     * Keeps an answer that is not ready yet, for the filter to finish asynchronously.
     *
     * @param answer the pending answer
     * @return the ticket to put in {@link #PARK_HEADER}
     */
    public String park(CompletableFuture<FakeResponse> answer) {
        String ticket = requestId();
        parked.put(ticket, answer);
        return ticket;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (path.startsWith("/__fake/") || path.equals("/__fake")) {
            FakeResponse out;
            try {
                out = control.apply(toFake(req));
            } catch (FakeJson.BadRequest e) {
                out = FakeResponse.error(400, e.getMessage());
            } catch (IllegalArgumentException | IllegalStateException e) {
                out = FakeResponse.error(400, e.getMessage());
            }
            write(resp, out);
            return;
        }
        if (path.startsWith("/v1/") && direct.getAsBoolean()) {
            CompletableFuture<FakeResponse> answer;
            try {
                answer = engine.handle(toFake(req));
            } catch (RuntimeException e) {
                answer = CompletableFuture.completedFuture(FakeResponse.error(500, "fake failed: "
                        + e.getClass().getSimpleName()));
            }
            finish(req, resp, answer);
            return;
        }
        if (!path.startsWith("/v1/")) {
            chain.doFilter(request, response);
            return;
        }
        Parking wrapper = new Parking(resp);
        chain.doFilter(request, wrapper);
        if (wrapper.ticket != null) {
            CompletableFuture<FakeResponse> answer = parked.remove(wrapper.ticket);
            resp.reset();
            finish(req, resp, answer == null
                    ? CompletableFuture.completedFuture(FakeResponse.error(500, "fake lost a parked answer"))
                    : answer);
        }
    }

    private void finish(HttpServletRequest req, HttpServletResponse resp, CompletableFuture<FakeResponse> answer)
            throws IOException {
        if (answer.isDone()) {
            write(resp, answer.getNow(null));
            return;
        }
        AsyncContext ctx = req.startAsync();
        ctx.setTimeout(0);
        answer.orTimeout(realTimeLimit.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> ctx.start(() -> {
            FakeResponse out = r;
            if (e != null) {
                Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                out = c instanceof TimeoutException
                        ? FakeResponse.error(408, "deadline_exceeded: the fake's real-time limit for a wait passed")
                        : FakeResponse.error(500, "fake failed: " + c.getClass().getSimpleName());
            }
            try {
                write((HttpServletResponse) ctx.getResponse(), out);
            } catch (IOException | RuntimeException ignored) {
                // the client went away
            } finally {
                ctx.complete();
            }
        }));
    }

    /**
     * Writes an answer the way the transformer does (request id, JSON content type, headers).
     *
     * @param resp the servlet response
     * @param r the answer
     * @throws IOException on a write failure
     */
    static void write(HttpServletResponse resp, FakeResponse r) throws IOException {
        resp.setStatus(r.status());
        resp.setHeader("fly-request-id", requestId());
        r.headers().forEach(resp::setHeader);
        if (r.body() != null) {
            byte[] b = r.body().getBytes(StandardCharsets.UTF_8);
            if (!r.headers().containsKey("Content-Type")) {
                resp.setHeader("Content-Type", "application/json; charset=utf-8");
            }
            resp.setContentLength(b.length);
            resp.getOutputStream().write(b);
        } else {
            resp.setContentLength(0);
        }
    }

    /**
     * A request id shaped like Fly's (32 hex characters), from a thread-local source: no shared
     * lock on the hot path, unlike {@code UUID.randomUUID()}.
     *
     * @return the id
     */
    static String requestId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }

    private static FakeRequest toFake(HttpServletRequest req) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        String q = req.getQueryString();
        byte[] body = req.getInputStream().readAllBytes();
        return FakeRequest.of(req.getMethod(), req.getRequestURI() + (q == null ? "" : "?" + q), headers, body);
    }

    /** Passes WireMock's response through, until the placeholder's header shows up: then swallows it. */
    private static final class Parking extends HttpServletResponseWrapper {
        String ticket;

        Parking(HttpServletResponse r) {
            super(r);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!intercept(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!intercept(name, value)) {
                super.addHeader(name, value);
            }
        }

        private boolean intercept(String name, String value) {
            if (PARK_HEADER.equalsIgnoreCase(name)) {
                ticket = value;
                return true;
            }
            return ticket != null;
        }

        @Override
        public void setStatus(int sc) {
            if (ticket == null) {
                super.setStatus(sc);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (ticket == null) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (ticket == null) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (ticket == null) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (ticket == null) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener l) {
                    // never used
                }

                @Override
                public void write(int b) {
                    // the placeholder's body is dropped
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return ticket == null ? super.getWriter() : new PrintWriter(new StringWriter());
        }
    }
}
