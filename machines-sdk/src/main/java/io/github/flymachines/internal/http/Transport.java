package io.github.flymachines.internal.http;

import io.github.flymachines.FlyToken;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyIoException;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.internal.api.Operation;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.CookieHandler;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Sends one attempt of an {@link ApiRequest} over {@code java.net.http}, asynchronously. Adds
 * authentication, the user agent and content headers; logs method, path, status, duration and
 * request id at DEBUG and redacted bodies at TRACE; turns transport failures into
 * {@link FlyIoException}/{@link FlyTimeoutException}. Status codes are not interpreted here.
 */
public final class Transport {
    private static final Logger LOG = System.getLogger("io.github.flymachines.http");
    private static final int TRACE_BODY_LIMIT = 16_384;
    /** Set while a thread starts a call it will wait for; see {@link #callerWaits(Supplier)}. */
    private static final ThreadLocal<Boolean> CALLER_WAITS = new ThreadLocal<>();

    private final HttpClient http;
    private final String base;
    private final FlyToken token;
    private final String userAgent;
    /** Set when the base host is not a name {@link URI} accepts (e.g. {@code _api.internal}). */
    private final String unparsedHost;
    private final Resolver resolver;
    /**
     * The per-client cookie store, or null when the user's own {@link HttpClient} handles cookies.
     * Applied here rather than as the client's {@code cookieHandler}: the JDK's cookie filter copied
     * the header maps of every exchange (about 4% of the SDK's CPU samples on a lifecycle).
     */
    private final CookieHandler cookies;

    /** Resolves a host name; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * Resolves a name.
         *
         * @param host the name
         * @return the address
         * @throws UnknownHostException when it does not resolve
         */
        InetAddress resolve(String host) throws UnknownHostException;
    }

    /**
     * Creates a transport.
     *
     * @param http the client (one per SDK client)
     * @param baseUri the API base, without {@code /v1}
     * @param token the token
     * @param userAgent the {@code User-Agent}
     */
    public Transport(HttpClient http, URI baseUri, FlyToken token, String userAgent) {
        this(http, baseUri, token, userAgent, InetAddress::getByName, null);
    }

    /**
     * Creates a transport that keeps cookies in a store of its own, or leaves them to the client.
     *
     * @param http the client (one per SDK client; without a cookie handler of its own)
     * @param baseUri the API base, without {@code /v1}
     * @param token the token
     * @param userAgent the {@code User-Agent}
     * @param cookies the cookie store: its cookies go with each request, each response's go into it;
     *     null when {@code http} handles cookies itself (a client the user supplied)
     */
    public Transport(HttpClient http, URI baseUri, FlyToken token, String userAgent, CookieHandler cookies) {
        this(http, baseUri, token, userAgent, InetAddress::getByName, cookies);
    }

    /**
     * Creates a transport with a given resolver for host names {@link URI} cannot hold.
     *
     * @param http the client
     * @param baseUri the API base
     * @param token the token
     * @param userAgent the user agent
     * @param resolver the resolver
     */
    public Transport(HttpClient http, URI baseUri, FlyToken token, String userAgent, Resolver resolver) {
        this(http, baseUri, token, userAgent, resolver, null);
    }

    private Transport(HttpClient http, URI baseUri, FlyToken token, String userAgent, Resolver resolver,
            CookieHandler cookies) {
        this.cookies = cookies;
        this.http = http;
        this.resolver = resolver;
        this.unparsedHost = baseUri.getHost() == null ? Hosts.hostOf(baseUri) : null;
        String b = baseUri.toString();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        this.base = b;
        this.token = token;
        this.userAgent = userAgent;
    }

    /** @return the underlying HTTP client */
    public HttpClient httpClient() {
        return http;
    }

    /** @return the base URL (no trailing slash, no {@code /v1}) */
    public String base() {
        return base;
    }

    /**
     * Sends one attempt.
     *
     * @param request the request
     * @param attemptTimeout the time allowed until the response headers arrive
     * @return the response, or a future failed with a {@link FlyException}
     */
    public CompletableFuture<RawResponse> send(ApiRequest request, Duration attemptTimeout) {
        return send(request, attemptTimeout, Map.of());
    }

    /**
     * Sends one attempt with extra headers from an interceptor (already checked: never the
     * SDK's own headers). The request's own headers win over them.
     *
     * @param request the request
     * @param attemptTimeout the time allowed until the response headers arrive
     * @param extraHeaders headers to add (e.g. {@code traceparent})
     * @return the response, or a future failed with a {@link FlyException}
     */
    public CompletableFuture<RawResponse> send(ApiRequest request, Duration attemptTimeout,
            Map<String, String> extraHeaders) {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            HttpRequest httpRequest = toHttpRequest(request, attemptTimeout, extraHeaders);
            if (LOG.isLoggable(Level.TRACE) && request.body() != null) {
                String body = Redactor.body(request.body(), TRACE_BODY_LIMIT, knownSecrets(request));
                LOG.log(Level.TRACE, () -> request.method() + " " + request.path() + " request body: " + body);
            }
            if (CALLER_WAITS.get() != null) {
                CALLER_WAITS.remove(); // one exchange only: retries, polls and later steps stay asynchronous
                return sendOnCallerThread(request, httpRequest, attemptTimeout, start);
            }
            sent = http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (UnknownHostException e) {
            return CompletableFuture.failedFuture(new FlyIoException(request.method() + " " + request.path()
                    + ": connection failed (unknown host " + unparsedHost + ")", e, false));
        } catch (RuntimeException e) {
            // HttpClient refuses some requests synchronously (illegal header value, unsupported URI):
            // fail the future instead of throwing into the retry engine's callback.
            return CompletableFuture.failedFuture(new FlyException(request.method() + " " + request.path()
                    + ": the HTTP client refused the request (" + describe(e) + ")", e));
        }
        CompletableFuture<RawResponse> result = sent.handle((resp, err) -> outcome(request, resp, err, attemptTimeout,
                start));
        // Cancelling the returned future aborts the exchange in flight.
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    /**
     * The request's own secrets plus the token's parts, to mask wherever a logged body or an error
     * message echoes them.
     *
     * @param request the request
     * @return the secret strings
     */
    public java.util.Set<String> knownSecrets(ApiRequest request) {
        java.util.Set<String> known = new java.util.HashSet<>(Redactor.secretsOf(request));
        String header = token.authorizationHeader();
        int sp = header.indexOf(' ');
        for (String part : header.substring(sp + 1).split(",")) {
            known.add(part.trim());
        }
        return known;
    }

    /**
     * Runs {@code start}, which begins one SDK call whose result the current thread is about to
     * wait for ({@code Futures.call}). The first HTTP exchange that call makes on this thread is
     * then sent with the blocking {@link HttpClient#send} on this thread instead of
     * {@link HttpClient#sendAsync}: {@code sendAsync} always hands its completion to
     * {@code CompletableFuture}'s default executor, which on machines with fewer than 3 CPUs is a
     * new thread per response (the common pool has parallelism 1 there) and elsewhere a hop through
     * the shared common pool. Only that first exchange is affected: retries, wait polls after the
     * first and later steps of orchestrations remain asynchronous, so nothing that fans out is
     * serialized.
     *
     * @param start starts the call
     * @param <T> the result type
     * @return what {@code start} returned
     */
    public static <T> T callerWaits(Supplier<T> start) {
        CALLER_WAITS.set(Boolean.TRUE);
        try {
            return start.get();
        } finally {
            CALLER_WAITS.remove();
        }
    }

    private CompletableFuture<RawResponse> sendOnCallerThread(ApiRequest request, HttpRequest httpRequest,
            Duration attemptTimeout, long start) {
        HttpResponse<byte[]> resp = null;
        Throwable err = null;
        try {
            resp = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            // HttpClient.send has aborted the exchange; keep the interrupt for the caller
            Thread.currentThread().interrupt();
            err = new FlyCancelledException(request.method() + " " + request.path() + " was interrupted", e);
        } catch (IOException | RuntimeException e) {
            err = e;
        }
        try {
            return CompletableFuture.completedFuture(outcome(request, resp, err, attemptTimeout, start));
        } catch (FlyException fe) {
            return CompletableFuture.failedFuture(fe);
        }
    }

    private RawResponse outcome(ApiRequest request, HttpResponse<byte[]> resp, Throwable err,
            Duration attemptTimeout, long start) {
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        if (err != null) {
            FlyException fe = translate(request, err, attemptTimeout);
            if (LOG.isLoggable(Level.DEBUG)) {
                LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + " failed after " + tookMs + " ms: "
                        + fe.getMessage());
            }
            throw fe;
        }
        Map<String, List<String>> headers = resp.headers().map();
        if (cookies != null) {
            try {
                cookies.put(resp.request().uri(), headers);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + ": a cookie was not stored ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        RawResponse raw = new RawResponse(resp.statusCode(), headers, resp.body());
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + " -> " + raw.status() + " in " + tookMs
                    + " ms (fly-request-id=" + raw.header("fly-request-id") + ")");
        }
        if (LOG.isLoggable(Level.TRACE) && raw.body().length > 0
                && request.operation() != Operation.TOKENS_OIDC && request.operation() != Operation.TOKENS_KMS) {
            // OIDC and KMS answers are bare text tokens the JSON redactor cannot mask: never logged
            String body = Redactor.body(raw.body(), TRACE_BODY_LIMIT, knownSecrets(request));
            LOG.log(Level.TRACE, () -> request.method() + " " + request.path() + " response body: " + body);
        }
        return raw;
    }

    private HttpRequest toHttpRequest(ApiRequest request, Duration attemptTimeout, Map<String, String> extraHeaders)
            throws UnknownHostException {
        String q = request.encodedQuery();
        URI uri = URI.create(resolvedBase() + request.path() + (q.isEmpty() ? "" : "?" + q));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(attemptTimeout)
                .header("Authorization", token.authorizationHeader())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json");
        if (cookies != null) {
            try {
                for (String value : cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of())) {
                    b.header("Cookie", value);
                }
            } catch (IOException e) {
                LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + ": no cookies ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
        extraHeaders.forEach(b::setHeader); // interceptor headers (e.g. traceparent)
        request.headers().forEach(b::setHeader); // per-request headers (e.g. Accept: text/plain) win
        byte[] body = request.body();
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        } else if (request.method().equals("POST") || request.method().equals("PUT")
                || request.method().equals("PATCH")) {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /**
     * The base URL to send to. For hosts {@link URI} cannot represent (Fly's private
     * {@code _api.internal}), the name is resolved here (the JVM caches lookups) and the request
     * goes to the address.
     */
    private String resolvedBase() throws UnknownHostException {
        if (unparsedHost == null) {
            return base;
        }
        InetAddress addr = resolver.resolve(unparsedHost);
        String literal = addr instanceof Inet6Address ? "[" + addr.getHostAddress() + "]" : addr.getHostAddress();
        int idx = base.indexOf(unparsedHost);
        return base.substring(0, idx) + literal + base.substring(idx + unparsedHost.length());
    }

    /**
     * Translates a failure of {@code sendAsync} into the SDK's client-side exceptions.
     *
     * @param request the request
     * @param err the failure
     * @param attemptTimeout the attempt timeout in force
     * @return the exception
     */
    static FlyException translate(ApiRequest request, Throwable err, Duration attemptTimeout) {
        Throwable t = err;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        String what = request.method() + " " + request.path();
        if (t instanceof FlyException fe) {
            return fe;
        }
        if (t instanceof CancellationException) {
            return new FlyCancelledException(what + " was cancelled", t);
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new FlyTimeoutException(what + ": connect timed out", t, FlyTimeoutException.Kind.CONNECT,
                    attemptTimeout, false);
        }
        if (t instanceof HttpTimeoutException) {
            return new FlyTimeoutException(what + ": no response within " + attemptTimeout.toMillis() + " ms", t,
                    FlyTimeoutException.Kind.ATTEMPT, attemptTimeout, true);
        }
        if (t instanceof ConnectException || t instanceof UnresolvedAddressException
                || t.getCause() instanceof ConnectException || t.getCause() instanceof UnresolvedAddressException) {
            return new FlyIoException(what + ": connection failed (" + describe(t) + ")", t, false);
        }
        if (t instanceof IOException) {
            return new FlyIoException(what + ": I/O error (" + describe(t) + ")", t, true);
        }
        return new FlyIoException(what + ": unexpected failure (" + describe(t) + ")", t, true);
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
