package io.github.flymachines;

import io.github.flymachines.api.AppClient;
import io.github.flymachines.api.AppsClient;
import io.github.flymachines.api.Clients;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.call.CallEngine;
import io.github.flymachines.internal.call.RateLimiters;
import io.github.flymachines.internal.http.AffinityCookies;
import io.github.flymachines.internal.http.Hosts;
import io.github.flymachines.internal.http.Transport;
import io.github.flymachines.internal.observe.Listeners;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;

/**
 * The entry point of the SDK: a client for the Fly.io Machines API.
 *
 * <pre>{@code
 * FlyMachines fly = FlyMachines.builder()
 *         .token(FlyToken.fromEnv())
 *         .build();
 * Machine m = fly.app("my-app").machines().create(CreateMachineRequest.of(config));
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one per process. It owns one {@link HttpClient} and a
 * per-client cookie store for Fly's affinity cookies; {@link #close()} stops background work such
 * as lease refreshes.
 */
public final class FlyMachines implements AutoCloseable {
    /** The public API endpoint. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.machines.dev");
    /** The private endpoint, reachable inside Fly or over WireGuard. */
    public static final URI INTERNAL_BASE_URL = URI.create("http://_api.internal:4280");
    /** The SDK version. */
    public static final String VERSION = loadVersion();

    private final ClientContext ctx;
    private final URI baseUrl;

    private FlyMachines(Builder b) {
        this.baseUrl = b.baseUrl;
        HttpClient http = b.httpClient != null ? b.httpClient : newHttpClient(b);
        // a client of the user's keeps its own cookie handling; the SDK's own gets a store per client
        AffinityCookies cookies = b.httpClient != null ? null : new AffinityCookies();
        Transport transport = new Transport(http, b.baseUrl, b.token, userAgent(b.userAgentSuffix), cookies);
        RequestOptions defaults = new RequestOptions(b.timeout, b.attemptTimeout, b.retry.maxAttempts());
        CallEngine engine = new CallEngine(transport, b.clock, b.sleeper, b.random, b.retry,
                new RateLimiters(b.rateLimits, b.clock), defaults, Listeners.combine(b.listeners));
        this.ctx = new ClientContext(engine);
    }

    /**
     * Starts a builder.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the apps of the organizations the token can see.
     *
     * @return the apps client
     */
    public AppsClient apps() {
        return Clients.apps(ctx);
    }

    /**
     * Returns one app and its resources.
     *
     * @param name the app name
     * @return the app client
     */
    public AppClient app(String name) {
        return Clients.app(ctx, name);
    }

    /**
     * Returns one organization's machines and volumes across its apps.
     *
     * @param slug the organization slug ({@code personal} for your personal org)
     * @return the organization client
     */
    public io.github.flymachines.api.OrgClient org(String slug) {
        return io.github.flymachines.api.SurfaceClients.org(ctx, slug);
    }

    /**
     * Returns platform information: regions and placements.
     *
     * @return the platform client
     */
    public io.github.flymachines.api.PlatformClient platform() {
        return io.github.flymachines.api.SurfaceClients.platform(ctx);
    }

    /**
     * Returns the tokens client: current token, OIDC and KMS tokens, authenticate, authorize.
     *
     * @return the tokens client
     */
    public io.github.flymachines.api.TokensClient tokens() {
        return io.github.flymachines.api.SurfaceClients.tokens(ctx);
    }

    /** @return the base URL this client calls */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Stops background work: every lease held through this client stops refreshing and is
     * released (waiting up to 10 s for the releases). Then the client is closed: every later call,
     * through this client or any resource client obtained from it, fails with a
     * {@link io.github.flymachines.errors.FlyClientException} before anything is sent. That includes
     * the remaining requests of operations still in flight (a {@code run} still waiting for its
     * machine): close the client once its operations are done. Closing twice does nothing more.
     */
    @Override
    public void close() {
        java.util.List<java.util.concurrent.CompletableFuture<Void>> releases = new java.util.ArrayList<>();
        for (AutoCloseable h : ctx.handles()) {
            if (h instanceof io.github.flymachines.lifecycle.HeldLease lease) {
                releases.add(lease.closeAsync().exceptionally(e -> null));
            }
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(releases.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // best effort: unreleased leases expire on their own
        }
        ctx.close();
    }

    @Override
    public String toString() {
        return "FlyMachines[" + baseUrl + "]";
    }

    /** The shared context (engine, default request options, transport); for this package's tests, not API. */
    ClientContext context() {
        return ctx;
    }

    private static HttpClient newHttpClient(Builder b) {
        HttpClient.Builder hb = HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version("https".equals(b.baseUrl.getScheme()) ? HttpClient.Version.HTTP_2
                        : HttpClient.Version.HTTP_1_1);
        if (b.executor != null) {
            hb.executor(b.executor);
        }
        return hb.build();
    }

    private static String userAgent(String suffix) {
        String ua = "machines-sdk-java/" + VERSION + " (Java " + Runtime.version().feature() + "; "
                + System.getProperty("os.name", "unknown") + ")";
        return suffix == null ? ua : ua + " " + suffix;
    }

    private static String loadVersion() {
        try (InputStream in = FlyMachines.class.getResourceAsStream("/io/github/flymachines/internal/sdk.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    /** Builds a {@link FlyMachines}. */
    public static final class Builder {
        private URI baseUrl = DEFAULT_BASE_URL;
        private boolean allowInsecureHttp;
        private FlyToken token;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration attemptTimeout = Duration.ofSeconds(60);
        private Duration timeout = Duration.ofMinutes(3);
        private RetryPolicy retry = RetryPolicy.defaults();
        private RateLimitPolicy rateLimits = RateLimitPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private RandomGenerator random = io.github.flymachines.internal.util.SharedRandom.INSTANCE;
        private String userAgentSuffix;
        private Executor executor;
        private HttpClient httpClient;
        private final java.util.List<FlyListener> listeners = new java.util.ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a listener that observes every call, wait and lease of the client, and may add
         * request headers (an interceptor, e.g. for trace context). Call again to add several;
         * they are called in the order added. Listeners see redacted views only (never the
         * token, lease nonces or request bodies), and an exception a listener throws is caught
         * and ignored. With none set, the SDK builds no event at all.
         *
         * @param value the listener
         * @return this
         * @see io.github.flymachines.observe
         */
        public Builder listener(FlyListener value) {
            this.listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Sets the API base URL (without {@code /v1}). {@code https} URLs are accepted; plain
         * {@code http} only for {@link #INTERNAL_BASE_URL} and loopback addresses, unless
         * {@link #allowInsecureHttp(boolean)} is set.
         *
         * @param value the base URL
         * @return this
         */
        public Builder baseUrl(URI value) {
            this.baseUrl = Objects.requireNonNull(value, "baseUrl");
            return this;
        }

        /**
         * Sets the API base URL from a string.
         *
         * @param value the base URL
         * @return this
         */
        public Builder baseUrl(String value) {
            return baseUrl(URI.create(Objects.requireNonNull(value, "baseUrl")));
        }

        /**
         * Allows plain {@code http} to hosts other than loopback and {@code _api.internal}. The
         * token then travels unencrypted: only for networks you trust.
         *
         * @param value true to allow
         * @return this
         */
        public Builder allowInsecureHttp(boolean value) {
            this.allowInsecureHttp = value;
            return this;
        }

        /**
         * Sets the token.
         *
         * @param value the token
         * @return this
         */
        public Builder token(FlyToken value) {
            this.token = Objects.requireNonNull(value, "token");
            return this;
        }

        /**
         * Sets the token from its string form (with or without a {@code Bearer }/{@code FlyV1 } prefix).
         *
         * @param value the token
         * @return this
         */
        public Builder token(String value) {
            return token(FlyToken.of(value));
        }

        /**
         * Sets the connect timeout (default 10 s).
         *
         * @param value the timeout
         * @return this
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive("connectTimeout", value);
            return this;
        }

        /**
         * Sets the default per-attempt timeout (default 60 s). Waits raise it above their long poll.
         *
         * @param value the timeout
         * @return this
         */
        public Builder attemptTimeout(Duration value) {
            this.attemptTimeout = positive("attemptTimeout", value);
            return this;
        }

        /**
         * Sets the default whole-call deadline, retries included (default 3 min).
         *
         * @param value the timeout
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = positive("timeout", value);
            return this;
        }

        /**
         * Sets the retry policy.
         *
         * @param value the policy
         * @return this
         */
        public Builder retry(RetryPolicy value) {
            this.retry = Objects.requireNonNull(value, "retry");
            return this;
        }

        /**
         * Sets the client-side rate limits.
         *
         * @param value the policy
         * @return this
         */
        public Builder rateLimits(RateLimitPolicy value) {
            this.rateLimits = Objects.requireNonNull(value, "rateLimits");
            return this;
        }

        /**
         * Sets the clock used for deadlines, rate limits and {@code Retry-After} dates (tests).
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the sleeper that schedules every delay (tests inject virtual time).
         *
         * @param value the sleeper
         * @return this
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Sets the random source for jitter and request ids (tests inject a seeded one).
         *
         * @param value the random source
         * @return this
         */
        public Builder random(RandomGenerator value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Appends a product token to the {@code User-Agent}, e.g. {@code my-app/1.2}.
         *
         * @param value the suffix
         * @return this
         */
        public Builder userAgentSuffix(String value) {
            this.userAgentSuffix = value;
            return this;
        }

        /**
         * Sets the executor of the underlying {@link HttpClient}: the threads that read responses
         * and run its internal tasks (default: the JDK's cached pool). Note that the futures of
         * {@code sendAsync}, and so the SDK's {@code ...Async} results, still complete on
         * {@code CompletableFuture}'s default executor, as the JDK's HttpClient hands them over
         * there; on machines with fewer than 3 CPUs that is a new short-lived thread per response,
         * which {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=2} turns into the
         * common pool.
         *
         * @param value the executor
         * @return this
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Uses a ready-made {@link HttpClient} (then connect timeout, cookies and executor are its
         * own). Prefer the defaults: they include the per-client cookie store Fly's affinity needs.
         *
         * @param value the client
         * @return this
         */
        public Builder httpClient(HttpClient value) {
            this.httpClient = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws FlyValidationException when the token is missing or the URL is refused
         */
        public FlyMachines build() {
            if (token == null) {
                throw new FlyValidationException("token", "is required (set it, or use FlyToken.fromEnv())");
            }
            checkUrl(baseUrl, allowInsecureHttp);
            return new FlyMachines(this);
        }

        private static void checkUrl(URI url, boolean allowInsecure) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            String host = Hosts.hostOf(url);
            if (host == null) {
                throw new FlyValidationException("baseUrl", "'" + url + "' has no host");
            }
            if (url.getQuery() != null || url.getFragment() != null) {
                throw new FlyValidationException("baseUrl", "must not have a query or fragment");
            }
            String path = url.getPath() == null ? "" : url.getPath();
            if (!path.isEmpty() && !path.equals("/")) {
                throw new FlyValidationException("baseUrl", "must not have a path (the SDK adds /v1 itself), got '"
                        + path + "'");
            }
            if (scheme.equals("https")) {
                return;
            }
            if (!scheme.equals("http")) {
                throw new FlyValidationException("baseUrl", "scheme must be https or http, got '" + scheme + "'");
            }
            if (allowInsecure || host.equals("_api.internal") || isLoopback(host)) {
                return;
            }
            throw new FlyValidationException("baseUrl", "plain http is only allowed to _api.internal and loopback "
                    + "addresses (the token would travel unencrypted); use https or allowInsecureHttp(true)");
        }

        private static boolean isLoopback(String host) {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (h.equalsIgnoreCase("localhost")) {
                return true;
            }
            if (!h.matches("[0-9.]+") && !h.contains(":")) {
                return false; // a name other than localhost: never resolve it here
            }
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
