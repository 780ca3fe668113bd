package io.github.flymachines.testing.internal;

import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeClock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The stateful Machines API behind {@link io.github.flymachines.testing.FakeFly}: authentication,
 * routing and rate limits here; each resource in its own class (apps, machines, machine actions,
 * metadata, leases, waits, volumes, secrets, platform; memory, secret keys, certificates, IP
 * assignments, tokens, placements and the org-wide lists in {@link FakeMemory},
 * {@link FakeSecretKeys}, ...), laid out like the SDK's {@code api} package. State inside one app is guarded by that app's monitor; every timed step runs on the
 * {@link FakeClock}.
 */
public final class FakeEngine {
    /** The owner recorded on leases the fake hands out. */
    public static final String LEASE_OWNER = "fake-user@example.com";
    /** The affinity cookie name. */
    public static final String AFFINITY_COOKIE = "fly_flaps_affinity";

    /**
     * The machine routes (method, or action and method) that a lease held by someone else refuses
     * with 409 before anything else is looked at: update, destroy and the lifecycle actions.
     */
    private static final Set<String> LEASE_GUARDED = Set.of("POST", "DELETE", "start POST", "stop POST",
            "suspend POST", "restart POST", "signal POST", "cordon POST", "uncordon POST");

    /**
     * The engine's settings.
     *
     * @param token the accepted token
     * @param clock the clock
     * @param transitionTime how long each state transition takes (other than create and start)
     * @param rateLimits whether to enforce the documented limits
     * @param autoCreateApps whether unknown apps spring into existence on first use
     * @param defaultRegion where machines without a region go, and the "nearest" region
     * @param org the organization slug apps belong to by default
     * @param seed the id generator's seed
     * @param createTime how long a created machine takes to reach {@code started} (image fetch)
     * @param startTime how long a stopped machine takes to reach {@code started}
     */
    public record Settings(String token, FakeClock clock, Duration transitionTime, boolean rateLimits,
            boolean autoCreateApps, String defaultRegion, String org, long seed, Duration createTime,
            Duration startTime) {
        /**
         * Checks the values.
         *
         * @param token as in the record header
         * @param clock as in the record header
         * @param transitionTime as in the record header
         * @param rateLimits as in the record header
         * @param autoCreateApps as in the record header
         * @param defaultRegion as in the record header
         * @param org as in the record header
         * @param seed as in the record header
         * @param createTime as in the record header
         * @param startTime as in the record header
         */
        public Settings {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(transitionTime, "transitionTime");
            Objects.requireNonNull(createTime, "createTime");
            Objects.requireNonNull(startTime, "startTime");
            for (Duration d : List.of(transitionTime, createTime, startTime)) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("transition times must be positive: " + d);
                }
            }
        }

        /**
         * Settings with create and start derived from the transition time (create 8x, start 1x).
         *
         * @param token the token
         * @param clock the clock
         * @param transitionTime the transition time
         * @param rateLimits whether to enforce limits
         * @param autoCreateApps whether to auto-create apps
         * @param defaultRegion the default region
         * @param org the default org
         * @param seed the id seed
         * @return the settings
         */
        public static Settings of(String token, FakeClock clock, Duration transitionTime, boolean rateLimits,
                boolean autoCreateApps, String defaultRegion, String org, long seed) {
            return new Settings(token, clock, transitionTime, rateLimits, autoCreateApps, defaultRegion, org, seed,
                    transitionTime.multipliedBy(8), transitionTime);
        }

        @Override
        public String toString() {
            return "Settings[clock=" + clock + ", transitionTime=" + transitionTime + ", createTime=" + createTime
                    + ", startTime=" + startTime + ", rateLimits=" + rateLimits + "]"; // the token is a credential
        }
    }

    private final Settings settings;
    private final FakeState s;

    /**
     * Creates the engine.
     *
     * @param settings the settings
     */
    public FakeEngine(Settings settings) {
        this.settings = settings;
        this.s = new FakeState(settings);
    }

    /** @return the settings */
    public Settings settings() {
        return settings;
    }

    /** @return the organization-wide lists (their page size is configurable) */
    public FakeOrgLists orgLists() {
        return s.orgLists;
    }

    // ------------------------------------------------------------------ test controls

    /**
     * Creates an app (no-op when it exists).
     *
     * @param name the name
     * @param org the organization slug
     */
    public void createApp(String name, String org) {
        s.appsApi.createApp(name, org);
    }

    /**
     * Sets how many active machines a region can hold; null removes the limit.
     *
     * @param region the region code
     * @param machines the limit, or null
     */
    public void setCapacity(String region, Integer machines) {
        s.capacity.setCapacity(region, machines);
    }

    /** @return the regions with a capacity limit, and the limit */
    public java.util.Map<String, Integer> capacities() {
        return s.capacity.limits();
    }

    /**
     * Sets the exec handler.
     *
     * @param handler the handler
     */
    public void onExec(Function<ExecCall, ExecOutcome> handler) {
        s.actions.onExec(handler);
    }

    /**
     * Queues exec results: the next execs answer them, in order, before the handler again.
     *
     * @param outcomes the results
     */
    public void programExec(List<ExecOutcome> outcomes) {
        s.actions.programExec(outcomes);
    }

    /** Drops queued exec results and sets the handler back to the echo. */
    public void resetExec() {
        s.actions.resetExec();
    }

    /** @return the parked waits, described (machine, app, wanted states) */
    public List<String> describeWaits() {
        return s.waits.describe();
    }

    /**
     * Answers every parked wait with the given error (a stalled manual clock).
     *
     * @param status the HTTP status
     * @param message the message
     */
    public void failWaits(int status, String message) {
        s.waits.answerAll(FakeResponse.error(status, message));
    }

    /**
     * Makes a started machine's main process exit.
     *
     * @param app the app
     * @param machineId the machine
     * @param exitCode the exit code
     */
    public void exitMachine(String app, String machineId, int exitCode) {
        exitMachine(app, machineId, exitCode, null, false);
    }

    /**
     * Makes a started machine's main process exit.
     *
     * @param app the app
     * @param machineId the machine
     * @param exitCode the exit code
     * @param signal the signal name or number that killed it, or null
     * @param oomKilled whether the exit event says OOM-killed
     */
    public void exitMachine(String app, String machineId, int exitCode, String signal, boolean oomKilled) {
        Model.Machine m = machineOrThrow(app, machineId);
        synchronized (m.owner) {
            if (!m.state.equals("started")) {
                throw new IllegalStateException("machine " + machineId + " is " + m.state + ", not started");
            }
            String sig = null;
            if (signal != null) {
                sig = MachineActions.signalNumber(FakeJson.mapper().getNodeFactory().textNode(signal));
                if (sig == null) {
                    throw new IllegalArgumentException("unknown signal: " + signal);
                }
            }
            s.actions.processExit(m, exitCode, sig, oomKilled);
        }
    }

    /**
     * Returns a machine's state.
     *
     * @param app the app
     * @param machineId the machine
     * @return the state
     */
    public String machineState(String app, String machineId) {
        return machineOrThrow(app, machineId).state;
    }

    /**
     * Returns the ids of an app's machines (destroyed ones included), in creation order.
     *
     * @param app the app
     * @return the ids
     */
    public List<String> machineIds(String app) {
        Model.App a = s.app(app);
        if (a == null) {
            return List.of();
        }
        synchronized (a) {
            return List.copyOf(a.machines.keySet());
        }
    }

    /** @return whether any machine is in a transient state */
    public boolean anyTransient() {
        for (Model.App a : s.apps()) {
            synchronized (a) {
                for (Model.Machine m : a.machines.values()) {
                    if (!Model.PERSISTENT.contains(m.state)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Sets what runs after a {@code /wait} parks (and its deadline timer is set).
     *
     * @param hook the hook
     */
    public void onPark(Runnable hook) {
        s.waits.onPark(hook);
    }

    /** @return how many {@code /wait} requests are parked */
    public int pendingWaits() {
        return s.waits.pendingWaits();
    }

    /**
     * Blocks until at least {@code count} waits are parked.
     *
     * @param count how many
     * @param timeout the real-time limit
     * @return true when reached
     * @throws InterruptedException when interrupted
     */
    public boolean awaitPendingWaits(int count, Duration timeout) throws InterruptedException {
        return s.waits.awaitPendingWaits(count, timeout);
    }

    /** @return how many timed steps (transitions, program exits) are scheduled and have not run yet */
    public int pendingSteps() {
        return s.lifecycle.pendingSteps();
    }

    /** Answers every parked wait (with 503) and refuses new ones; used when the server stops. */
    public void shutdown() {
        s.waits.shutdown();
    }

    /**
     * Forgets every app, machine, volume, secret, capacity limit and rate-limit bucket; parked
     * waits are answered 503 first. The exec handler is set back to the echo. Ids continue from
     * where they were (a reset never hands out an id twice).
     */
    public void reset() {
        s.waits.answerAll(FakeResponse.error(503, "the fake was reset"));
        for (Model.App a : s.apps()) {
            synchronized (a) {
                for (Model.Machine m : a.machines.values()) {
                    m.generation++; // drops every pending step of the machine
                }
            }
        }
        s.clear();
        s.capacity.clear();
        s.resetOthers();
        s.limits.reset();
        s.actions.resetExec();
    }

    // ------------------------------------------------------------------ entry point

    /**
     * Answers one request. Most answers are immediate; a {@code /wait} may complete later (when
     * the machine reaches a wanted state, or when its timeout passes on the fake clock).
     *
     * @param r the request
     * @return the answer
     */
    public CompletableFuture<FakeResponse> handle(FakeRequest r) {
        try {
            if (!authorized(r)) {
                FakeResponse refused = r.header("authorization") == null
                        ? FakeResponse.error(401, "You must be authenticated to view this.")
                        : s.tokens.checkIssued(r, s.clock.instant()); // deploy tokens, scoped to their app
                if (refused != null) {
                    return done(refused);
                }
            }
            if (!r.path().startsWith("/v1/")) {
                return done(FakeResponse.error(404, "not found"));
            }
            String[] p = r.path().substring(4).split("/");
            CompletableFuture<FakeResponse> out;
            if (p[0].equals("apps") && p.length >= 2 && isMachineExec(r, p)) {
                FakeResponse limited = rateLimit(r, p);
                out = done(limited != null ? limited : s.actions.exec(r, p[1], p[3]));
            } else if (p[0].equals("apps") && p.length == 5 && p[2].equals("machines") && p[4].equals("wait")
                    && r.method().equals("GET")) {
                out = s.waits.waitFor(r, p[1], p[3]);
            } else {
                out = done(route(r, p));
            }
            if (p[0].equals("apps") && p.length >= 2 && !p[1].isEmpty()) {
                String app = p[1];
                String cookie = AFFINITY_COOKIE + "=" + affinity(app) + "; Path=/v1/apps/" + app + "; HttpOnly";
                out = out.thenApply(resp -> resp.withHeader("Set-Cookie", cookie));
            }
            return out;
        } catch (FakeJson.BadRequest e) {
            return done(FakeResponse.error(400, e.getMessage()));
        }
    }

    private static boolean isMachineExec(FakeRequest r, String[] p) {
        return p.length == 5 && p[2].equals("machines") && p[4].equals("exec") && r.method().equals("POST");
    }

    static CompletableFuture<FakeResponse> done(FakeResponse r) {
        return CompletableFuture.completedFuture(r);
    }

    private static String affinity(String app) {
        return HexFormat.of().formatHex(FakeUtil.sha256(app)).substring(0, 12);
    }

    private boolean authorized(FakeRequest r) {
        return FakeUtil.authorizes(r.header("authorization"), settings.token(), true);
    }

    private FakeResponse route(FakeRequest r, String[] p) {
        String m = r.method();
        switch (p[0]) {
            case "apps":
                return routeApps(r, p, m);
            case "platform":
                if (p.length == 2 && p[1].equals("regions") && m.equals("GET")) {
                    return s.platform.regions();
                }
                if (p.length == 2 && p[1].equals("placements") && m.equals("POST")) {
                    return s.withAllApps(all -> FakePlacements.handle(r, s.capacity.limits(), all,
                            settings.defaultRegion(), settings.org()));
                }
                return notFound(r);
            case "orgs":
                return s.withAllApps(all -> s.orgLists.handle(r, p, all, settings.org()));
            case "tokens":
                return s.withAllApps(all -> s.tokens.handle(r, p, all, s.clock.instant()));
            default:
                return notFound(r);
        }
    }

    private FakeResponse routeApps(FakeRequest r, String[] p, String m) {
        if (p.length == 1) {
            FakeResponse limited = rateLimit(r, p);
            if (limited != null) {
                return limited;
            }
            return m.equals("GET") ? s.appsApi.listApps(r) : m.equals("POST") ? s.appsApi.createApp(r) : notFound(r);
        }
        String app = p[1];
        if (p.length == 2) {
            FakeResponse limited = rateLimit(r, p);
            if (limited != null) {
                return limited;
            }
            return m.equals("GET") ? s.appsApi.getApp(app) : m.equals("DELETE") ? s.appsApi.deleteApp(app)
                    : notFound(r);
        }
        Model.App a = s.appsApi.app(app);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        synchronized (a) {
            if (a.deleted) {
                return FakeResponse.error(404, "app not found");
            }
            FakeResponse limited = rateLimit(r, p);
            if (limited != null) {
                return limited;
            }
            switch (p[2]) {
                case "machines":
                    return routeMachines(r, p, m, a);
                case "volumes":
                    return s.volumes.routeVolumes(r, p, m, a);
                case "secrets":
                    return s.secrets.routeSecrets(r, p, m, a);
                case "secretkeys":
                    return s.secretKeys.handle(r, p, a, s.clock.instant());
                case "certificates":
                    return s.certificates.handle(r, p, a, s.clock.instant());
                case "ip_assignments":
                    return s.ips.handle(r, p, a, s.clock.instant());
                case "deploy_token":
                    return p.length == 3 && m.equals("POST") ? s.tokens.createDeployToken(r, a, s.clock.instant())
                            : notFound(r);
                default:
                    return notFound(r);
            }
        }
    }

    private FakeResponse routeMachines(FakeRequest r, String[] p, String m, Model.App a) {
        if (p.length == 3) {
            return m.equals("GET") ? s.machines.listMachines(r, a) : m.equals("POST") ? s.machines.createMachine(r, a)
                    : notFound(r);
        }
        Model.Machine mc = a.machines.get(p[3]);
        if (mc == null) {
            return FakeResponse.error(404, "machine not found");
        }
        if (p.length <= 5 && LEASE_GUARDED.contains(p.length == 4 ? m : p[4] + " " + m)) {
            FakeResponse guard = s.leases.leaseGuard(r, mc);
            if (guard != null) {
                return guard;
            }
        }
        if (p.length == 4) {
            switch (m) {
                case "GET":
                    return FakeResponse.json(200, s.machines.machineJson(mc, false,
                            "true".equals(r.param("include_leases"))));
                case "POST":
                    return s.machines.updateMachine(r, a, mc);
                case "DELETE":
                    return s.machines.destroyMachine(r, mc);
                default:
                    return notFound(r);
            }
        }
        String action = p[4];
        if (p.length == 6 && action.equals("metadata")) {
            return s.metadata.metadataKey(r, mc, p[5]);
        }
        if (p.length == 6 && action.equals("memory") && p[5].equals("reclaim")) {
            return s.memory.handle(r, mc, true);
        }
        if (p.length != 5) {
            return notFound(r);
        }
        switch (action + " " + m) {
            case "start POST":
                return s.actions.start(r, mc);
            case "stop POST":
                return s.actions.stop(r, mc);
            case "suspend POST":
                return s.actions.suspend(r, mc);
            case "restart POST":
                return s.actions.restart(r, mc);
            case "signal POST":
                return s.actions.signal(r, mc);
            case "cordon POST":
                return s.actions.cordon(r, mc, true);
            case "uncordon POST":
                return s.actions.cordon(r, mc, false);
            case "lease GET":
                return s.leases.getLease(mc);
            case "lease POST":
                return s.leases.acquireLease(r, mc);
            case "lease DELETE":
                return s.leases.releaseLease(r, mc);
            case "events GET":
                return s.machines.events(r, mc);
            case "versions GET":
                return s.machines.versions(mc);
            case "ps GET":
                return s.machines.processes(mc);
            case "metadata GET":
                return FakeResponse.json(200, MetadataResource.metadataOf(mc).deepCopy());
            case "metadata PUT":
                return s.metadata.replaceMetadata(r, mc, false);
            case "metadata PATCH":
                return s.metadata.replaceMetadata(r, mc, true);
            case "memory GET":
            case "memory PUT":
                return s.memory.handle(r, mc, false);
            default:
                return notFound(r);
        }
    }

    static FakeResponse notFound(FakeRequest r) {
        return FakeResponse.error(404, "not found: " + r.method() + " " + r.path());
    }

    private Model.Machine machineOrThrow(String app, String id) {
        Model.App a = s.app(app);
        Model.Machine m = null;
        if (a != null) {
            synchronized (a) {
                m = a.machines.get(id);
            }
        }
        if (m == null) {
            throw new IllegalArgumentException("no machine " + id + " in app " + app);
        }
        return m;
    }


    FakeResponse rateLimit(FakeRequest r, String[] s) {
        if (!settings.rateLimits() || !s[0].equals("apps")) {
            return null;
        }
        String key = null;
        RateLimits.Limit limit = RateLimits.Limit.ACTION;
        if (s.length == 2 && r.method().equals("DELETE")) {
            key = "app-delete";
            limit = RateLimits.Limit.APP_DELETE;
        } else if (s.length == 3 && s[2].equals("machines")) {
            key = r.method() + " machines " + s[1];
        } else if (s.length == 3 && s[2].equals("volumes") && r.method().equals("POST")) {
            key = "POST volumes " + s[1];
        } else if (s.length >= 4 && s[2].equals("machines")) {
            String action = s.length == 4 ? "machine" : s[4];
            key = r.method() + " " + action + " " + s[3];
            if (s.length == 4 && r.method().equals("GET")) {
                limit = RateLimits.Limit.GET_MACHINE;
            }
        }
        if (key == null) {
            return null;
        }
        Duration wait = this.s.limits.take(key, limit);
        if (wait == null) {
            return null;
        }
        long secs = Math.max(1, (wait.toMillis() + 999) / 1000);
        return FakeResponse.error(429, "rate limit exceeded").withHeader("Retry-After", Long.toString(secs));
    }

    @Override
    public String toString() {
        return "FakeEngine[" + settings + "]";
    }
}
