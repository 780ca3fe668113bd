package io.github.flymachines.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.testing.internal.FakeEngine;
import io.github.flymachines.testing.internal.FakeFilter;
import io.github.flymachines.testing.internal.FakeServerFactory;
import io.github.flymachines.testing.internal.FakeOrgLists;
import io.github.flymachines.testing.internal.FakeTransformer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * An embedded, stateful fake of the Fly.io Machines API, built on WireMock.
 *
 * <pre>{@code
 * try (FakeFly fake = FakeFly.builder().build().start()) {
 *     fake.createApp("my-app");
 *     FlyMachines fly = fake.client();
 *     Machine m = fly.app("my-app").machines().create(CreateMachineRequest.of(config));
 *     fake.clock().advance(Duration.ofSeconds(1));       // the machine boots on the fake clock
 *     fly.app("my-app").machines().withId(m.id()).waitFor(WaitState.STARTED, Duration.ofMinutes(1));
 * }
 * }</pre>
 *
 * <p>The API is served by a catch-all stub at {@link #FAKE_STUB_PRIORITY} (low priority), so
 * every WireMock feature keeps working: stubs at a higher priority (a smaller number; WireMock's
 * default is 5) win for fault injection, requests can be verified, delays added, and the request
 * journal read through {@link #wireMock()}. {@code wireMock().resetMappings()} removes the
 * catch-all too: use {@link #resetStubs()} instead.
 *
 * <p>Time: every transition, lease expiry, wait timeout and rate-limit refill runs on the
 * {@link FakeClock}. With a {@linkplain FakeClock#manual() manual clock} (the default) nothing
 * happens until the test advances it. A parked {@code /wait} holds no thread: it is answered
 * asynchronously when its machine reaches the state or its timeout passes, so thousands can be
 * parked at once.
 *
 * <p>Memory: WireMock's request journal keeps every request unless capped or turned off with
 * {@link Builder#requestJournal(int)} (the standalone server turns it off). With the journal off
 * and no stub but the fake's own, requests are answered without WireMock's matching (faster).
 *
 * <p>Thread-safe. Tokens, lease nonces and secret values never appear in {@link #toString()} or logs.
 */
public final class FakeFly implements AutoCloseable {
    /** The priority of the catch-all stub that serves the fake (WireMock: smaller wins). */
    public static final int FAKE_STUB_PRIORITY = 100;
    /** The default token. */
    public static final String DEFAULT_TOKEN = "test-token";
    /** The default organization slug. */
    public static final String DEFAULT_ORG = "personal";
    /** {@link Builder#requestJournal(int)}: keep every request (the embedded default). */
    public static final int JOURNAL_UNLIMITED = -1;

    private final Builder config;
    private final FakeEngine engine;
    private final WireMockServer server;
    private final FakeFilter filter;
    private final java.util.concurrent.atomic.AtomicInteger clientSleeps =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.ExecutorService jumper;
    private volatile FlyMachines client;
    private volatile boolean started;
    private java.util.concurrent.ScheduledExecutorService watchdog;
    /** Auto-advance: lease refreshes whose timer fired and whose request has not landed yet. */
    private final java.util.concurrent.atomic.AtomicInteger refreshesDue =
            new java.util.concurrent.atomic.AtomicInteger();
    private volatile long refreshDueSince;
    /**
     * Real-time cap on waiting for a refresh cycle to end: a safety valve for a refresh the SDK
     * decided not to send, not a deadline. 2 s was too short on a loaded machine (a refresh round
     * trip took longer, time moved past the lease's expiry and OneTimelineTest failed).
     */
    private static final long REFRESH_LANDING_CAP_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    /** Foreground client sleeps (back-offs, wait pauses) pending on a manual clock without auto-advance. */
    private final java.util.Set<java.util.concurrent.CompletableFuture<Void>> foregroundSleeps =
            java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile java.time.Instant lastSeen;
    private volatile long lastMove = System.nanoTime();

    private FakeFly(Builder b) {
        io.github.flymachines.testing.internal.QuietSlf4j.ifNoProvider(); // before WireMock touches SLF4J
        this.config = b.copy();
        this.engine = new FakeEngine(new FakeEngine.Settings(b.token, b.clock, b.transitionTime, b.rateLimits,
                b.autoCreateApps, b.defaultRegion, DEFAULT_ORG, b.seed,
                b.createTime != null ? b.createTime : b.transitionTime.multipliedBy(8),
                b.startTime != null ? b.startTime : b.transitionTime));
        this.filter = new FakeFilter(engine, b.waitRealTimeLimit);
        engine.orgLists().pageSize(b.orgListPageSize);
        WireMockConfiguration opts = WireMockConfiguration.options()
                .bindAddress(b.bindAddress)
                .containerThreads(b.containerThreads)
                .httpServerFactory(new FakeServerFactory(filter))
                .extensions(new FakeTransformer(engine, filter));
        if (b.journal == 0) {
            opts.disableRequestJournal();
        } else if (b.journal > 0) {
            opts.maxRequestJournalEntries(b.journal);
        }
        if (b.port == 0) {
            opts.dynamicPort();
        } else {
            opts.port(b.port);
        }
        this.server = new WireMockServer(opts);
        filter.control(new io.github.flymachines.testing.internal.ControlApi(engine, b.clock, b.token,
                new io.github.flymachines.testing.internal.ControlApi.Target() {
                    @Override
                    public void reset() {
                        FakeFly.this.reset();
                    }

                    @Override
                    public void settle() {
                        FakeFly.this.settle();
                    }

                    @Override
                    public List<String> parkedWaits() {
                        return engine.describeWaits();
                    }
                }));
        if (b.journal == 0) {
            // nothing to record and nothing but the catch-all to match: skip WireMock entirely
            filter.direct(() -> started && server.getStubMappings().size() == 1
                    && server.getGlobalSettings().getSettings().getFixedDelay() == null
                    && server.getGlobalSettings().getSettings().getDelayDistribution() == null);
        }
        if (b.autoAdvance) {
            if (!b.clock.isManual()) {
                throw new IllegalArgumentException("autoAdvance needs a manual clock");
            }
            this.jumper = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fakefly-auto-advance");
                t.setDaemon(true);
                return t;
            });
            engine.onPark(this::kick);
            // a refresh cycle ends when the SDK re-arms the refresh (background sleep) or, for a lease
            // it lost, releases what it was granted
            filter.onLeaseRequest(method -> {
                if ("DELETE".equals(method)) {
                    refreshCycleEnded();
                }
            });
        } else {
            this.jumper = null;
        }
    }

    /**
     * Under a manual clock that nobody advances (no auto-advance), a parked wait or a client's
     * foreground sleep (back-off, wait pause) would block its caller until its real-time limit:
     * after {@link Builder#stallTimeout(Duration)} of wall-clock time with the clock standing
     * still, parked waits are answered 409 and foreground sleeps fail with
     * {@link FakeClockStalledException}, each with a message naming the pending timers. Background
     * sleeps (lease refreshes) are never failed.
     */
    private void watchStalls() {
        java.time.Instant now = config.clock.instant();
        long nanos = System.nanoTime();
        if (!now.equals(lastSeen)) {
            lastSeen = now;
            lastMove = nanos;
            return;
        }
        foregroundSleeps.removeIf(java.util.concurrent.CompletableFuture::isDone);
        if (engine.pendingWaits() == 0 && foregroundSleeps.isEmpty()) {
            lastMove = nanos; // nobody waits: the stall window starts when someone does
            return;
        }
        if (nanos - lastMove < config.stallTimeout.toNanos()) {
            return;
        }
        String msg = stallMessage();
        if (engine.pendingWaits() > 0) {
            engine.failWaits(409, msg);
        }
        for (java.util.concurrent.CompletableFuture<Void> f : List.copyOf(foregroundSleeps)) {
            foregroundSleeps.remove(f);
            f.completeExceptionally(new FakeClockStalledException(msg));
        }
        lastMove = nanos;
    }

    private String stallMessage() {
        List<String> timers = config.clock.pendingTimerList();
        return "FakeFly: the manual clock stood still at " + config.clock.instant() + " for "
                + config.stallTimeout.toMillis() + " ms while a call waited on it; advance it (fake.clock().advance, "
                + "fake.settle(), POST /__fake/clock/advance) or use autoAdvance. Pending timers: "
                + (timers.isEmpty() ? "none" : String.join("; ", timers));
    }

    /** Auto-advance: while someone waits on virtual time, jump from timer to timer. */
    private void kick() {
        if (jumper != null && !jumper.isShutdown()) {
            try {
                jumper.execute(() -> {
                    while ((engine.pendingWaits() > 0 || clientSleeps.get() > 0) && started) {
                        if (refreshesDue.get() > 0
                                && System.nanoTime() - refreshDueSince < REFRESH_LANDING_CAP_NANOS) {
                            // one timeline: a lease refresh that fell due is answered and re-armed
                            // before time moves on
                            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                            continue;
                        }
                        refreshesDue.set(0);
                        if (!config.clock.advanceToNextTimer()) {
                            break; // each jump runs the timers due at the next instant
                        }
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // stopping
            }
        }
    }

    private void refreshCycleEnded() {
        refreshesDue.updateAndGet(n -> Math.max(0, n - 1));
    }

    private io.github.flymachines.Sleeper clientSleeper() {
        FakeClock c = config.clock;
        if (jumper == null && !(c.isManual() && !config.stallTimeout.isZero())) {
            return c.sleeper();
        }
        if (jumper == null) {
            // manual clock, nobody advances it for us: foreground sleeps are watched for stalls
            return new io.github.flymachines.Sleeper() {
                @Override
                public java.util.concurrent.CompletableFuture<Void> sleep(Duration delay) {
                    if (delay.isNegative() || delay.isZero()) {
                        return java.util.concurrent.CompletableFuture.completedFuture(null);
                    }
                    java.util.concurrent.CompletableFuture<Void> f = c.after(delay, "client sleep of "
                            + delay.toMillis() + " ms (back-off or poll interval)");
                    if (!f.isDone()) {
                        foregroundSleeps.add(f);
                        f.whenComplete((v, e) -> foregroundSleeps.remove(f));
                    }
                    return f;
                }

                @Override
                public java.util.concurrent.CompletableFuture<Void> background(Duration delay) {
                    return delay.isNegative() || delay.isZero()
                            ? java.util.concurrent.CompletableFuture.completedFuture(null)
                            : c.after(delay, "lease refresh in " + delay.toMillis() + " ms");
                }
            };
        }
        return new io.github.flymachines.Sleeper() {
            @Override
            public java.util.concurrent.CompletableFuture<Void> sleep(Duration delay) {
                if (delay.isNegative() || delay.isZero()) {
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }
                clientSleeps.incrementAndGet();
                java.util.concurrent.CompletableFuture<Void> f = c.after(delay, "client sleep of "
                        + delay.toMillis() + " ms (back-off or poll interval)");
                f.whenComplete((v, e) -> clientSleeps.decrementAndGet());
                kick();
                return f;
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> background(Duration delay) {
                // a lease refresh fires as time passes, but does not drive time forward; when it
                // fires, auto-advance holds still until its request has landed
                // the SDK re-arms a refresh once the previous one was answered; that ends the
                // previous cycle, but only once the new timer and its hand-over are on the clock
                if (delay.isNegative() || delay.isZero()) {
                    refreshCycleEnded();
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }
                java.util.concurrent.CompletableFuture<Void> timer =
                        c.after(delay, "lease refresh in " + delay.toMillis() + " ms");
                java.util.concurrent.CompletableFuture<Void> out = new java.util.concurrent.CompletableFuture<>();
                timer.whenComplete((v, e) -> {
                    if (e != null) {
                        out.completeExceptionally(e);
                    } else if (!out.isDone()) {
                        refreshDueSince = System.nanoTime();
                        refreshesDue.incrementAndGet();
                        out.complete(null); // the SDK sends the refresh from here
                    }
                });
                out.whenComplete((v, e) -> {
                    if (out.isCancelled()) {
                        timer.cancel(false);
                    }
                });
                // only now, with the timer on the clock and its hand-over attached: ended before the
                // hand-over, the auto-advance thread could fire the timer with nothing to count the
                // refresh as due, and jump on past the lease's expiry (OneTimelineTest, under load)
                refreshCycleEnded();
                return out;
            }
        };
    }

    /**
     * Forgets every app, machine, volume, secret, capacity limit, queued exec result, rate-limit
     * bucket, WireMock stub (the fake's own is put back) and journal entry; parked waits are
     * answered 503. The clock keeps its time (a manual clock never goes back). What
     * {@link FakeFlyExtension} does between tests.
     *
     * @return this
     */
    public FakeFly reset() {
        engine.reset();
        engine.onExec(e -> ExecOutcome.ok(String.join(" ", e.command()) + "\n"));
        engine.resetExec();
        if (started) {
            server.resetRequests();
            resetStubs();
            server.setGlobalFixedDelay(0);
        }
        return this;
    }

    /**
     * Starts a builder with the defaults: random port, token {@value #DEFAULT_TOKEN}, a manual
     * clock, 50 ms per transition, no rate limits.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server (no-op when started).
     *
     * @return this
     */
    public synchronized FakeFly start() {
        if (!started) {
            server.start();
            installCatchAll();
            started = true;
            if (config.clock.isManual() && jumper == null && !config.stallTimeout.isZero()) {
                watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "fakefly-stall-watchdog");
                    t.setDaemon(true);
                    return t;
                });
                long period = Math.max(10, Math.min(500, config.stallTimeout.toMillis() / 4));
                watchdog.scheduleWithFixedDelay(this::watchStalls, period, period,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        return this;
    }

    /** Stops the server: parked waits are answered, the client made by {@link #client()} is closed. */
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        FlyMachines c = client;
        client = null;
        if (c != null) {
            c.close();
        }
        engine.shutdown();
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        if (jumper != null) {
            jumper.shutdownNow();
        }
        server.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** @return whether the server is running */
    public boolean isRunning() {
        return started && server.isRunning();
    }

    /** @return the port the server listens on */
    public int port() {
        requireStarted();
        return server.port();
    }

    /** @return the base URL to give a client, e.g. {@code http://127.0.0.1:4280} (no {@code /v1}) */
    public String baseUrl() {
        requireStarted();
        return "http://" + (config.bindAddress.equals("0.0.0.0") ? "127.0.0.1" : config.bindAddress) + ":"
                + server.port();
    }

    /** @return the token the fake accepts */
    public String token() {
        return config.token;
    }

    /** @return the clock that drives the fake */
    public FakeClock clock() {
        return config.clock;
    }

    /** @return the per-transition time */
    public Duration transitionTime() {
        return config.transitionTime;
    }

    /** @return the underlying WireMock server, for stubs, verification, delays and the journal */
    public WireMockServer wireMock() {
        return server;
    }

    /**
     * Returns a client builder pointed at the fake: its URL and token, the fake's clock, a sleeper
     * on that clock (on a manual clock the client's back-offs last until time is advanced, by the
     * test or by {@link Builder#autoAdvance(boolean) auto-advance}), and no client-side rate
     * limits (with a manual clock they would stall calls until time moves).
     *
     * @return a builder to customise and build
     */
    public FlyMachines.Builder clientBuilder() {
        return FlyMachines.builder()
                .baseUrl(baseUrl())
                .token(config.token)
                .clock(config.clock)
                .sleeper(clientSleeper())
                .rateLimits(RateLimitPolicy.disabled());
    }

    /**
     * Returns the shared client made from {@link #clientBuilder()}; closed by {@link #stop()}.
     *
     * @return the client
     */
    public FlyMachines client() {
        requireStarted();
        FlyMachines c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = clientBuilder().build();
                    client = c;
                }
            }
        }
        return c;
    }

    /**
     * Creates an app in the default organization (no-op when it exists). Apps can also be made
     * with {@code POST /v1/apps}.
     *
     * @param name the app name
     * @return this
     */
    public FakeFly createApp(String name) {
        engine.createApp(Objects.requireNonNull(name, "name"), DEFAULT_ORG);
        return this;
    }

    /**
     * Sets how many active (starting, started, stopping...) machines a region can hold; creates
     * and starts beyond that fail with the API's capacity error (412, {@code insufficient_capacity},
     * "could not reserve resource for machine..."). Regions have no limit until set.
     *
     * @param region the region code
     * @param machines the limit, zero or more
     * @return this
     */
    public FakeFly setCapacity(String region, int machines) {
        engine.setCapacity(Objects.requireNonNull(region, "region"), machines);
        return this;
    }

    /**
     * Removes a region's capacity limit.
     *
     * @param region the region code
     * @return this
     */
    public FakeFly clearCapacity(String region) {
        engine.setCapacity(Objects.requireNonNull(region, "region"), null);
        return this;
    }

    /**
     * Makes the main process of a started machine exit. The restart policy ({@code no},
     * {@code always}, {@code on-failure} with {@code max_retries}; default on-failure, 10 retries)
     * and {@code auto_destroy} then act as on Fly.
     *
     * @param app the app
     * @param machineId the machine
     * @param exitCode the exit code
     * @throws IllegalStateException when the machine is not started
     */
    public void exitMachine(String app, String machineId, int exitCode) {
        engine.exitMachine(app, machineId, exitCode);
    }

    /**
     * Makes the main process of a started machine exit, with the signal and OOM flag its exit
     * event records (as a machine with {@code FAKE_EXIT_SIGNAL} / {@code FAKE_OOM} in its env would).
     *
     * @param app the app
     * @param machineId the machine
     * @param exitCode the exit code
     * @param signal the signal name (e.g. {@code SIGKILL}) or number, or null
     * @param oomKilled whether the exit event says OOM-killed
     * @throws IllegalStateException when the machine is not started
     */
    public void exitMachine(String app, String machineId, int exitCode, String signal, boolean oomKilled) {
        engine.exitMachine(app, machineId, exitCode, signal, oomKilled);
    }

    /**
     * Queues exec results: the next execs answer these, in order, before the
     * {@linkplain #onExec(Function) handler} answers again. Cleared by {@link #reset()}.
     *
     * @param outcomes the results
     * @return this
     */
    public FakeFly queueExec(ExecOutcome... outcomes) {
        engine.programExec(List.of(outcomes));
        return this;
    }

    /**
     * Sets what {@code exec} answers (default: exit 0, the command echoed on stdout).
     *
     * @param handler the handler; called outside the fake's lock
     * @return this
     */
    public FakeFly onExec(Function<ExecCall, ExecOutcome> handler) {
        engine.onExec(handler);
        return this;
    }

    /**
     * Returns a machine's current state.
     *
     * @param app the app
     * @param machineId the machine
     * @return the state, e.g. {@code started}
     */
    public String machineState(String app, String machineId) {
        return engine.machineState(app, machineId);
    }

    /**
     * Returns the ids of an app's machines, destroyed ones included, in creation order.
     *
     * @param app the app
     * @return the ids
     */
    public List<String> machineIds(String app) {
        return engine.machineIds(app);
    }

    /**
     * On a manual clock, advances it one transition time at a time until no transition is pending
     * (at most 1,000 steps); parked waits do not count.
     *
     * @return this
     * @throws IllegalStateException on a system clock
     */
    public FakeFly settle() {
        for (int i = 0; i < 1000 && engine.pendingSteps() > 0; i++) {
            config.clock.advance(config.transitionTime);
        }
        return this;
    }

    /** @return how many {@code /wait} requests are parked */
    public int pendingWaits() {
        return engine.pendingWaits();
    }

    /**
     * Blocks until at least {@code count} {@code /wait} requests are parked, so a test can
     * advance the clock knowing the waits are in place.
     *
     * @param count how many
     * @param timeout the wall-clock limit (a safety net, not a timing assumption)
     * @throws AssertionError when the count is not reached in time
     */
    public void awaitPendingWaits(int count, Duration timeout) {
        try {
            if (!engine.awaitPendingWaits(count, timeout)) {
                throw new AssertionError("expected " + count + " parked waits, have " + engine.pendingWaits());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Adds a stub, above the fake, that answers the next matching request once with the given
     * response, then lets requests through to the fake again. For example
     * {@code fake.failNext(RequestMethod.POST, urlPathMatching("/v1/apps/a/machines"), aResponse().withStatus(412))}.
     *
     * @param method the method
     * @param url the URL pattern
     * @param response the response (may be a {@code Fault})
     * @return this
     */
    public FakeFly failNext(RequestMethod method, UrlPattern url, ResponseDefinitionBuilder response) {
        String scenario = "fail-next-" + UUID.randomUUID();
        MappingBuilder mb = com.github.tomakehurst.wiremock.client.WireMock.request(method.getName(), url)
                .atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("used")
                .willReturn(response);
        server.stubFor(mb);
        return this;
    }

    /** Removes every stub and reinstalls the fake's catch-all (use instead of {@code resetMappings()}). */
    public void resetStubs() {
        server.resetMappings();
        installCatchAll();
    }

    private void installCatchAll() {
        server.stubFor(any(urlMatching("/.*"))
                .atPriority(FAKE_STUB_PRIORITY)
                .withName("FakeFly catch-all")
                .willReturn(aResponse().withTransformers(FakeTransformer.NAME)));
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("FakeFly is not started");
        }
    }

    @Override
    public String toString() {
        return "FakeFly[" + (started ? baseUrl() : "stopped") + ", " + config.clock + "]";
    }

    /** Builds a {@link FakeFly}. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private String token = DEFAULT_TOKEN;
        private FakeClock clock;
        private Duration transitionTime = Duration.ofMillis(50);
        private boolean rateLimits;
        private boolean autoCreateApps;
        private String defaultRegion = "iad";
        private long seed = 42;
        private int containerThreads = 200;
        private Duration waitRealTimeLimit = Duration.ofMinutes(5);
        private boolean autoAdvance;
        private int journal = JOURNAL_UNLIMITED;
        private Duration createTime;
        private Duration startTime;
        private Duration stallTimeout = Duration.ofSeconds(10);
        private int orgListPageSize = FakeOrgLists.DEFAULT_PAGE_SIZE;

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.port = port;
            b.bindAddress = bindAddress;
            b.token = token;
            b.clock = clock;
            b.transitionTime = transitionTime;
            b.rateLimits = rateLimits;
            b.autoCreateApps = autoCreateApps;
            b.defaultRegion = defaultRegion;
            b.seed = seed;
            b.containerThreads = containerThreads;
            b.waitRealTimeLimit = waitRealTimeLimit;
            b.autoAdvance = autoAdvance;
            b.journal = journal;
            b.createTime = createTime;
            b.startTime = startTime;
            b.stallTimeout = stallTimeout;
            b.orgListPageSize = orgListPageSize;
            return b;
        }

        /**
         * Sets the port (0, the default, picks a free one).
         *
         * @param value the port
         * @return this
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * Sets the address to listen on (default {@code 127.0.0.1}).
         *
         * @param value the address
         * @return this
         */
        public Builder bindAddress(String value) {
            this.bindAddress = Objects.requireNonNull(value, "bindAddress");
            return this;
        }

        /**
         * Sets the accepted token (default {@value FakeFly#DEFAULT_TOKEN}); other tokens get 401.
         *
         * @param value the token
         * @return this
         */
        public Builder token(String value) {
            Objects.requireNonNull(value, "token");
            if (value.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.token = value;
            return this;
        }

        /**
         * Sets the clock (default: a new {@link FakeClock#manual()}).
         *
         * @param value the clock
         * @return this
         */
        public Builder clock(FakeClock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how long each state transition takes on the clock (default 50 ms).
         *
         * @param value a positive duration
         * @return this
         */
        public Builder transitionTime(Duration value) {
            Objects.requireNonNull(value, "transitionTime");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("transitionTime must be positive: " + value);
            }
            this.transitionTime = value;
            return this;
        }

        /**
         * Sets how long (wall clock) a manual clock may stand still while a {@code /wait} is
         * parked, before parked waits fail fast: 409 with a message naming the pending timers (the
         * SDK's blocking {@code waitFor} then throws with that message). The same limit applies to
         * the foreground sleeps of a client from {@link FakeFly#clientBuilder()} (retry back-offs,
         * pauses between waits): they fail with {@link FakeClockStalledException}, naming the
         * pending timers, and the blocking call throws it. Background sleeps (a held lease's
         * refresh, {@link io.github.flymachines.Sleeper#background(Duration)}) are never failed:
         * they may legitimately sleep for long. Default 10 s; {@link Duration#ZERO} turns this
         * off. Not used with auto-advance or the system clock.
         *
         * @param value the limit, zero or positive
         * @return this
         */
        public Builder stallTimeout(Duration value) {
            Objects.requireNonNull(value, "stallTimeout");
            if (value.isNegative()) {
                throw new IllegalArgumentException("stallTimeout must not be negative: " + value);
            }
            this.stallTimeout = value;
            return this;
        }

        /**
         * Sets how long a new machine takes from {@code created} to {@code started} (the image
         * fetch and boot; default 8 transition times, 400 ms with the default 50 ms). On Fly this
         * is "low double digit seconds", several times longer than a start.
         *
         * @param value a positive duration
         * @return this
         */
        public Builder createTime(Duration value) {
            this.createTime = positive(value, "createTime");
            return this;
        }

        /**
         * Sets how long a stopped (or suspended, created, failed) machine takes from
         * {@code starting} to {@code started} on start (default one transition time, 50 ms). On
         * Fly this is "well under a second".
         *
         * @param value a positive duration
         * @return this
         */
        public Builder startTime(Duration value) {
            this.startTime = positive(value, "startTime");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }

        /**
         * Enforces the documented rate limits (default off): 1 request/s with bursts of 3 per
         * action and machine (or app for list/create), Get Machine 5/s with bursts of 10, app
         * deletions 100/min. Over the limit: 429 with {@code Retry-After} (seconds).
         *
         * @param value true to enforce
         * @return this
         */
        public Builder rateLimits(boolean value) {
            this.rateLimits = value;
            return this;
        }

        /**
         * Makes unknown apps spring into existence on first use (default off: 404 "app not found").
         *
         * @param value true to auto-create
         * @return this
         */
        public Builder autoCreateApps(boolean value) {
            this.autoCreateApps = value;
            return this;
        }

        /**
         * Sets the region used when a create names none, and reported as nearest (default iad).
         *
         * @param value the region code
         * @return this
         */
        public Builder defaultRegion(String value) {
            this.defaultRegion = Objects.requireNonNull(value, "defaultRegion");
            return this;
        }

        /**
         * Sets the seed of the id generator (default 42), for reproducible ids.
         *
         * @param value the seed
         * @return this
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets how many requests WireMock's journal keeps, for {@code verify} and
         * {@code getAllServeEvents}: {@link FakeFly#JOURNAL_UNLIMITED} (the default) keeps all, a
         * positive number keeps the most recent ones, 0 turns the journal off (bounded memory; the
         * standalone server's default). With the journal off and no user stubs, requests bypass
         * WireMock's matching.
         *
         * @param maxEntries the cap, 0 for off, {@link FakeFly#JOURNAL_UNLIMITED} for no cap
         * @return this
         */
        public Builder requestJournal(int maxEntries) {
            if (maxEntries < JOURNAL_UNLIMITED) {
                throw new IllegalArgumentException("requestJournal must be -1, 0 or positive: " + maxEntries);
            }
            this.journal = maxEntries;
            return this;
        }

        /**
         * Sets the number of Jetty threads (default 200). Parked {@code /wait}s hold none.
         *
         * @param value the thread count, at least 10
         * @return this
         */
        public Builder containerThreads(int value) {
            if (value < 10) {
                throw new IllegalArgumentException("containerThreads must be at least 10: " + value);
            }
            this.containerThreads = value;
            return this;
        }

        /**
         * Sets the wall-clock safety limit after which a parked wait is answered with 408 even if
         * the fake clock has not moved (default 5 min).
         *
         * @param value the limit
         * @return this
         */
        public Builder waitRealTimeLimit(Duration value) {
            this.waitRealTimeLimit = Objects.requireNonNull(value, "waitRealTimeLimit");
            return this;
        }

        /**
         * Makes a manual clock jump ahead on its own whenever someone waits on virtual time: while
         * a {@code /wait} is parked or a client made by {@link #client()} sleeps, the clock moves
         * from one pending timer to the next (transitions, wait deadlines, back-offs), in order.
         * Synchronous SDK flows ({@code run}, {@code waitFor}, retries) then complete without the
         * test advancing time, still deterministically ordered. Default off. Intermediate states
         * may then pass before the test can observe them. A {@code HeldLease}'s refresh timers do
         * not count as waiting: they fire as time passes but do not drive it, so a lease held open
         * does not make time run ahead.
         *
         * @param value true to auto-advance
         * @return this
         */
        public Builder autoAdvance(boolean value) {
            this.autoAdvance = value;
            return this;
        }

        /**
         * Sets the largest page of the organization-wide lists ({@code /orgs/{org}/machines},
         * {@code /orgs/{org}/volumes}); default 20, small so
         * that tests page (the live API's maximum is 1,000). A smaller {@code limit} in the
         * request still wins.
         *
         * @param value 1 to 1,000
         * @return this
         */
        public Builder orgListPageSize(int value) {
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("orgListPageSize must be 1..1000, got " + value);
            }
            this.orgListPageSize = value;
            return this;
        }

        /**
         * Builds the fake (not started).
         *
         * @return the fake
         */
        public FakeFly build() {
            if (clock == null) {
                clock = FakeClock.manual();
            }
            return new FakeFly(this);
        }

        @Override
        public String toString() {
            return "FakeFly.Builder[port=" + port + ", transitionTime=" + transitionTime + "]";
        }
    }
}
