package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The stateful Machines API behind {@link io.github.flymachines.testing.FakeFly}: routing, apps,
 * machines and their state machine, waits, leases, capacity, volumes, secrets and regions. Memory,
 * secret keys, certificates, IP assignments, tokens, placements and the org-wide lists are
 * delegated to their own classes ({@link FakeMemory}, {@link FakeSecretKeys}, ...), each with its
 * own state and lock. This object's state is guarded by its monitor; every timed step runs on the
 * {@link FakeClock}.
 */
public final class FakeEngine {
    /** The owner recorded on leases the fake hands out. */
    public static final String LEASE_OWNER = "fake-user@example.com";
    /** The affinity cookie name. */
    public static final String AFFINITY_COOKIE = "fly_flaps_affinity";
    private static final Pattern APP_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-z0-9_]{1,30}");
    private static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(30);
    private static final Map<String, String> SIGNALS = Map.ofEntries(Map.entry("SIGABRT", "6"),
            Map.entry("SIGALRM", "14"), Map.entry("SIGFPE", "8"), Map.entry("SIGHUP", "1"), Map.entry("SIGILL", "4"),
            Map.entry("SIGINT", "2"), Map.entry("SIGKILL", "9"), Map.entry("SIGPIPE", "13"),
            Map.entry("SIGQUIT", "3"), Map.entry("SIGSEGV", "11"), Map.entry("SIGTERM", "15"),
            Map.entry("SIGTRAP", "5"), Map.entry("SIGUSR1", "10"), Map.entry("SIGUSR2", "12"));
    private static final Set<String> FATAL_SIGNALS = Set.of("2", "3", "6", "9", "15");

    /**
     * The engine's settings.
     *
     * @param token the accepted token
     * @param clock the clock
     * @param transitionTime how long each state transition takes
     * @param rateLimits whether to enforce the documented limits
     * @param autoCreateApps whether unknown apps spring into existence on first use
     * @param defaultRegion where machines without a region go, and the "nearest" region
     * @param org the organization slug apps belong to by default
     * @param seed the id generator's seed
     */
    public record Settings(String token, FakeClock clock, Duration transitionTime, boolean rateLimits,
            boolean autoCreateApps, String defaultRegion, String org, long seed) {
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
         */
        public Settings {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(transitionTime, "transitionTime");
            if (transitionTime.isNegative() || transitionTime.isZero()) {
                throw new IllegalArgumentException("transitionTime must be positive: " + transitionTime);
            }
        }

        @Override
        public String toString() {
            return "Settings[clock=" + clock + ", transitionTime=" + transitionTime + ", rateLimits=" + rateLimits
                    + "]"; // the token is a credential
        }
    }

    private final Settings settings;
    private final FakeClock clock;
    private final Ids ids;
    private final RateLimits limits;
    private final Map<String, Model.App> apps = new LinkedHashMap<>();
    private final Map<String, Integer> capacity = new LinkedHashMap<>();
    private final List<Model.Waiter> waiters = new ArrayList<>();
    private final Object waitMonitor = new Object();
    private volatile Function<ExecCall, ExecOutcome> execHandler = FakeEngine::echo;
    private volatile boolean shutDown;
    private volatile Runnable onPark = () -> { };
    private final java.util.concurrent.atomic.AtomicInteger pendingSteps = new java.util.concurrent.atomic.AtomicInteger();
    private final FakeSecretKeys secretKeys;
    private final FakeIps ips = new FakeIps();
    private final FakeCertificates certificates = new FakeCertificates(ips);
    private final FakeTokens tokens;
    private final FakeMemory memory = new FakeMemory();
    private final FakeOrgLists orgLists = new FakeOrgLists();

    /**
     * Creates the engine.
     *
     * @param settings the settings
     */
    public FakeEngine(Settings settings) {
        this.settings = settings;
        this.clock = settings.clock();
        this.ids = new Ids(settings.seed());
        this.limits = new RateLimits(clock);
        this.secretKeys = new FakeSecretKeys(settings.seed());
        this.tokens = new FakeTokens(settings.token(), settings.org(), settings.seed());
    }

    /** @return the organization-wide lists (their page size is configurable) */
    public FakeOrgLists orgLists() {
        return orgLists;
    }

    // ------------------------------------------------------------------ test controls

    /**
     * Creates an app (no-op when it exists).
     *
     * @param name the name
     * @param org the organization slug
     */
    public synchronized void createApp(String name, String org) {
        apps.computeIfAbsent(name, n -> new Model.App(ids.appId(), n, org, "default", clock.instant()));
    }

    /**
     * Sets how many active machines a region can hold; null removes the limit.
     *
     * @param region the region code
     * @param machines the limit, or null
     */
    public synchronized void setCapacity(String region, Integer machines) {
        if (machines == null) {
            capacity.remove(region);
        } else {
            if (machines < 0) {
                throw new IllegalArgumentException("capacity must be zero or positive: " + machines);
            }
            capacity.put(region, machines);
        }
    }

    /**
     * Sets the exec handler.
     *
     * @param handler the handler
     */
    public void onExec(Function<ExecCall, ExecOutcome> handler) {
        this.execHandler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Makes a started machine's main process exit.
     *
     * @param app the app
     * @param machineId the machine
     * @param exitCode the exit code
     */
    public synchronized void exitMachine(String app, String machineId, int exitCode) {
        Model.Machine m = machineOrThrow(app, machineId);
        if (!m.state.equals("started")) {
            throw new IllegalStateException("machine " + machineId + " is " + m.state + ", not started");
        }
        processExit(m, exitCode, null);
    }

    /**
     * Returns a machine's state.
     *
     * @param app the app
     * @param machineId the machine
     * @return the state
     */
    public synchronized String machineState(String app, String machineId) {
        return machineOrThrow(app, machineId).state;
    }

    /**
     * Returns the ids of an app's machines (destroyed ones included), in creation order.
     *
     * @param app the app
     * @return the ids
     */
    public synchronized List<String> machineIds(String app) {
        Model.App a = apps.get(app);
        return a == null ? List.of() : List.copyOf(a.machines.keySet());
    }

    /** @return whether any machine is in a transient state */
    public synchronized boolean anyTransient() {
        for (Model.App a : apps.values()) {
            for (Model.Machine m : a.machines.values()) {
                if (!Model.PERSISTENT.contains(m.state)) {
                    return true;
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
        this.onPark = Objects.requireNonNull(hook, "hook");
    }

    /** @return how many {@code /wait} requests are parked */
    public int pendingWaits() {
        synchronized (waitMonitor) {
            return waiters.size();
        }
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
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (waitMonitor) {
            while (waiters.size() < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                waitMonitor.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Answers every parked wait (with 503) and refuses new ones; used when the server stops. */
    public void shutdown() {
        shutDown = true;
        List<Model.Waiter> all;
        synchronized (waitMonitor) {
            all = new ArrayList<>(waiters);
            waiters.clear();
            waitMonitor.notifyAll();
        }
        for (Model.Waiter w : all) {
            w.future().complete(FakeResponse.error(503, "server shutting down"));
        }
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
                        : tokens.checkIssued(r, clock.instant()); // deploy tokens, scoped to their app
                if (refused != null) {
                    return done(refused);
                }
            }
            if (!r.path().startsWith("/v1/")) {
                return done(FakeResponse.error(404, "not found"));
            }
            String[] s = r.path().substring(4).split("/");
            CompletableFuture<FakeResponse> out;
            if (s[0].equals("apps") && s.length >= 2 && isMachineExec(r, s)) {
                out = done(exec(r, s[1], s[3]));
            } else if (s[0].equals("apps") && s.length >= 5 && s[2].equals("machines") && s[4].equals("wait")
                    && s.length == 5 && r.method().equals("GET")) {
                out = waitFor(r, s[1], s[3]);
            } else {
                synchronized (this) {
                    out = done(route(r, s));
                }
            }
            if (s[0].equals("apps") && s.length >= 2 && !s[1].isEmpty()) {
                String app = s[1];
                out = out.thenApply(resp -> resp.withHeader("Set-Cookie", AFFINITY_COOKIE + "="
                        + affinity(app) + "; Path=/v1/apps/" + app + "; HttpOnly"));
            }
            return out;
        } catch (FakeJson.BadRequest e) {
            return done(FakeResponse.error(400, e.getMessage()));
        }
    }

    private static boolean isMachineExec(FakeRequest r, String[] s) {
        return s.length == 5 && s[2].equals("machines") && s[4].equals("exec") && r.method().equals("POST");
    }

    private static CompletableFuture<FakeResponse> done(FakeResponse r) {
        return CompletableFuture.completedFuture(r);
    }

    private String affinity(String app) {
        return HexFormat.of().formatHex(sha256(app)).substring(0, 12);
    }

    private boolean authorized(FakeRequest r) {
        String h = r.header("authorization");
        if (h == null) {
            return false;
        }
        String t = h.strip();
        if (t.regionMatches(true, 0, "Bearer ", 0, 7)) {
            t = t.substring(7).strip();
        } else if (t.regionMatches(true, 0, "FlyV1 ", 0, 6)) {
            t = t.substring(6).strip();
        }
        return MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
    }

    private FakeResponse route(FakeRequest r, String[] s) {
        String m = r.method();
        FakeResponse limited = rateLimit(r, s);
        if (limited != null) {
            return limited;
        }
        switch (s[0]) {
            case "apps":
                return routeApps(r, s, m);
            case "platform":
                if (s.length == 2 && s[1].equals("regions") && m.equals("GET")) {
                    return regions();
                }
                if (s.length == 2 && s[1].equals("placements") && m.equals("POST")) {
                    return FakePlacements.handle(r, capacity, apps.values(), settings.defaultRegion(), settings.org());
                }
                return notFound(r);
            case "orgs":
                return orgLists.handle(r, s, apps.values(), settings.org());
            case "tokens":
                return tokens.handle(r, s, apps.values(), clock.instant());
            default:
                return notFound(r);
        }
    }

    private FakeResponse routeApps(FakeRequest r, String[] s, String m) {
        if (s.length == 1) {
            return m.equals("GET") ? listApps(r) : m.equals("POST") ? createApp(r) : notFound(r);
        }
        String app = s[1];
        if (s.length == 2) {
            return m.equals("GET") ? getApp(app) : m.equals("DELETE") ? deleteApp(app) : notFound(r);
        }
        Model.App a = app(app);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        switch (s[2]) {
            case "machines":
                return routeMachines(r, s, m, a);
            case "volumes":
                return routeVolumes(r, s, m, a);
            case "secrets":
                return routeSecrets(r, s, m, a);
            case "secretkeys":
                return secretKeys.handle(r, s, a, clock.instant());
            case "certificates":
                return certificates.handle(r, s, a, clock.instant());
            case "ip_assignments":
                return ips.handle(r, s, a, clock.instant());
            case "deploy_token":
                return s.length == 3 && m.equals("POST") ? tokens.createDeployToken(r, a, clock.instant()) : notFound(r);
            default:
                return notFound(r);
        }
    }

    private FakeResponse routeMachines(FakeRequest r, String[] s, String m, Model.App a) {
        if (s.length == 3) {
            return m.equals("GET") ? listMachines(r, a) : m.equals("POST") ? createMachine(r, a) : notFound(r);
        }
        Model.Machine mc = a.machines.get(s[3]);
        if (mc == null) {
            return FakeResponse.error(404, "machine not found");
        }
        if (s.length == 4) {
            switch (m) {
                case "GET":
                    return FakeResponse.json(200, machineJson(mc, false, "true".equals(r.param("include_leases"))));
                case "POST":
                    return updateMachine(r, a, mc);
                case "DELETE":
                    return destroyMachine(r, mc);
                default:
                    return notFound(r);
            }
        }
        String action = s[4];
        if (s.length == 6 && action.equals("metadata")) {
            return metadataKey(r, mc, s[5]);
        }
        if (s.length == 6 && action.equals("memory") && s[5].equals("reclaim")) {
            return memory.handle(r, mc, true);
        }
        if (s.length != 5) {
            return notFound(r);
        }
        switch (action + " " + m) {
            case "start POST":
                return start(r, mc);
            case "stop POST":
                return stop(r, mc);
            case "suspend POST":
                return suspend(r, mc);
            case "restart POST":
                return restart(r, mc);
            case "signal POST":
                return signal(r, mc);
            case "cordon POST":
                return cordon(r, mc, true);
            case "uncordon POST":
                return cordon(r, mc, false);
            case "lease GET":
                return getLease(mc);
            case "lease POST":
                return acquireLease(r, mc);
            case "lease DELETE":
                return releaseLease(r, mc);
            case "events GET":
                return events(r, mc);
            case "versions GET":
                return versions(mc);
            case "ps GET":
                return processes(mc);
            case "metadata GET":
                return FakeResponse.json(200, metadataOf(mc).deepCopy());
            case "metadata PUT":
                return replaceMetadata(r, mc, false);
            case "metadata PATCH":
                return replaceMetadata(r, mc, true);
            case "memory GET":
            case "memory PUT":
                return memory.handle(r, mc, false);
            default:
                return notFound(r);
        }
    }

    private static FakeResponse notFound(FakeRequest r) {
        return FakeResponse.error(404, "not found: " + r.method() + " " + r.path());
    }

    private Model.App app(String name) {
        Model.App a = apps.get(name);
        if (a == null && settings.autoCreateApps() && APP_NAME.matcher(name).matches()) {
            createApp(name, settings.org());
            a = apps.get(name);
        }
        return a;
    }

    private synchronized Model.Machine machineOrThrow(String app, String id) {
        Model.App a = apps.get(app);
        Model.Machine m = a == null ? null : a.machines.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no machine " + id + " in app " + app);
        }
        return m;
    }

    // ------------------------------------------------------------------ rate limits

    private FakeResponse rateLimit(FakeRequest r, String[] s) {
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
        Duration wait = limits.take(key, limit);
        if (wait == null) {
            return null;
        }
        long secs = Math.max(1, (wait.toMillis() + 999) / 1000);
        return FakeResponse.error(429, "rate limit exceeded").withHeader("Retry-After", Long.toString(secs));
    }

    // ------------------------------------------------------------------ apps

    private FakeResponse listApps(FakeRequest r) {
        String org = r.param("org_slug");
        if (org == null || org.isBlank()) {
            return FakeResponse.error(400, "org_slug is required");
        }
        ArrayNode list = FakeJson.arr();
        for (Model.App a : apps.values()) {
            if (org.equals(a.org) || org.equals("personal") && a.org.equals(settings.org())) {
                list.add(appJson(a));
            }
        }
        ObjectNode o = FakeJson.obj();
        o.set("apps", list);
        o.put("total_apps", list.size());
        return FakeResponse.json(200, o);
    }

    private FakeResponse createApp(FakeRequest r) {
        JsonNode b = FakeJson.parse(r.body());
        String name = text(b, "name");
        String org = text(b, "org_slug");
        if (name == null || !APP_NAME.matcher(name).matches()) {
            return FakeResponse.error(400, "invalid app name: must be lower-case letters, digits and dashes");
        }
        if (org == null || org.isBlank()) {
            return FakeResponse.error(400, "org_slug is required");
        }
        if (apps.containsKey(name)) {
            return FakeResponse.error(422, "Name has already been taken", "name_taken");
        }
        String network = text(b, "network");
        Model.App a = new Model.App(ids.appId(), name, org.equals("personal") ? settings.org() : org,
                network == null ? "default" : network, clock.instant());
        apps.put(name, a);
        ObjectNode o = FakeJson.obj();
        o.put("id", a.id);
        o.put("created_at", a.createdAt.toEpochMilli());
        return FakeResponse.json(201, o);
    }

    private FakeResponse getApp(String name) {
        Model.App a = app(name);
        return a == null ? FakeResponse.error(404, "app not found") : FakeResponse.json(200, appJson(a));
    }

    private FakeResponse deleteApp(String name) {
        Model.App a = apps.get(name);
        if (a == null) {
            return FakeResponse.error(404, "app not found");
        }
        for (Model.Machine m : a.machines.values()) {
            if (!m.state.equals("destroyed")) {
                m.generation++;
                m.lease = null;
                setState(m, "destroyed", "destroy", "user", null);
            }
        }
        apps.remove(name);
        return FakeResponse.empty(202);
    }

    private ObjectNode appJson(Model.App a) {
        ObjectNode o = FakeJson.obj();
        o.put("id", a.id);
        o.put("name", a.name);
        long live = a.machines.values().stream().filter(m -> !m.state.equals("destroyed")).count();
        o.put("status", live > 0 ? "deployed" : "pending");
        ObjectNode org = o.putObject("organization");
        org.put("name", a.org);
        org.put("slug", a.org);
        o.put("network", a.network);
        o.put("machine_count", live);
        o.put("volume_count", a.volumes.size());
        return o;
    }

    // ------------------------------------------------------------------ machines: reads

    private FakeResponse listMachines(FakeRequest r, Model.App a) {
        boolean includeDeleted = "true".equals(r.param("include_deleted"));
        String region = r.param("region");
        List<String> states = r.params("state");
        boolean summary = "true".equals(r.param("summary"));
        boolean leases = "true".equals(r.param("include_leases"));
        Map<String, String> meta = new LinkedHashMap<>();
        r.query().forEach((k, v) -> {
            if (k.startsWith("metadata.") && !v.isEmpty()) {
                meta.put(k.substring("metadata.".length()), v.get(0));
            }
        });
        ArrayNode out = FakeJson.arr();
        for (Model.Machine m : a.machines.values()) {
            if (!includeDeleted && m.state.equals("destroyed")) {
                continue;
            }
            if (region != null && !region.isEmpty() && !region.equals(m.region)) {
                continue;
            }
            if (!states.isEmpty() && !states.contains(m.state)) {
                continue;
            }
            ObjectNode md = metadataOf(m);
            boolean match = true;
            for (Map.Entry<String, String> e : meta.entrySet()) {
                match &= e.getValue().equals(md.path(e.getKey()).asText(null));
            }
            if (match) {
                out.add(machineJson(m, summary, leases));
            }
        }
        return FakeResponse.json(200, out);
    }

    private ObjectNode machineJson(Model.Machine m, boolean summary, boolean withLease) {
        ObjectNode o = FakeJson.obj();
        o.put("id", m.id);
        o.put("name", m.name);
        o.put("state", m.state);
        o.put("region", m.region);
        o.put("instance_id", m.instanceId);
        o.put("private_ip", m.privateIp);
        o.put("created_at", m.createdAt.toString());
        o.put("updated_at", m.updatedAt.toString());
        o.set("image_ref", imageRef(m.config.path("image").asText("")));
        o.put("cordoned", m.cordoned);
        if (!summary) {
            o.set("config", m.config.deepCopy());
            o.put("host_status", "ok");
            ArrayNode ev = o.putArray("events");
            for (int i = m.events.size() - 1; i >= 0 && ev.size() < 5; i--) {
                ev.add(eventJson(m.events.get(i)));
            }
        }
        Model.Lease l = activeLease(m);
        if (withLease && l != null) {
            ObjectNode lj = o.putObject("lease");
            lj.put("description", l.description());
            lj.put("expires_at", l.expiresAt().getEpochSecond());
            lj.put("owner", l.owner());
        }
        return o;
    }

    private static ObjectNode imageRef(String image) {
        String registry = "docker-hub-mirror.fly.io";
        String rest = image;
        int slash = image.indexOf('/');
        if (slash > 0 && (image.substring(0, slash).contains(".") || image.substring(0, slash).contains(":"))) {
            registry = image.substring(0, slash);
            rest = image.substring(slash + 1);
        }
        String tag = "latest";
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int colon = rest.lastIndexOf(':');
        if (colon > 0) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        if (!rest.contains("/")) {
            rest = "library/" + rest;
        }
        ObjectNode o = FakeJson.obj();
        o.put("registry", registry);
        o.put("repository", rest);
        o.put("tag", tag);
        o.put("digest", "sha256:" + HexFormat.of().formatHex(sha256(image)));
        o.putObject("labels");
        return o;
    }

    private static ObjectNode eventJson(Model.Event e) {
        ObjectNode o = FakeJson.obj();
        o.put("id", e.id());
        o.put("type", e.type());
        o.put("status", e.status());
        o.put("source", e.source());
        o.put("timestamp", e.timestamp());
        if (e.request() != null) {
            o.set("request", e.request().deepCopy());
        }
        return o;
    }

    private FakeResponse events(FakeRequest r, Model.Machine m) {
        int limit = 20;
        String l = r.param("limit");
        if (l != null) {
            try {
                limit = Math.max(1, Math.min(50, Integer.parseInt(l)));
            } catch (NumberFormatException e) {
                return FakeResponse.error(400, "invalid limit: " + l);
            }
        }
        ArrayNode out = FakeJson.arr();
        for (int i = m.events.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(eventJson(m.events.get(i)));
        }
        return FakeResponse.json(200, out);
    }

    private FakeResponse versions(Model.Machine m) {
        ArrayNode out = FakeJson.arr();
        for (int i = m.versions.size() - 1; i >= 0; i--) {
            ObjectNode o = out.addObject();
            o.put("version", m.versions.get(i).version());
            o.set("user_config", m.versions.get(i).config().deepCopy());
        }
        return FakeResponse.json(200, out);
    }

    private FakeResponse processes(Model.Machine m) {
        ArrayNode out = FakeJson.arr();
        if (m.state.equals("started")) {
            ObjectNode p = out.addObject();
            p.put("pid", 1);
            p.put("command", "/.fly/init");
            p.put("directory", "/");
            p.put("cpu", 0);
            p.put("rss", 8 * 1024 * 1024);
            p.put("stime", 0);
            p.put("rtime", 0);
            p.putArray("listen_sockets");
            ObjectNode main = out.addObject();
            JsonNode exec = m.config.path("init").path("exec");
            main.put("pid", 713);
            main.put("command", exec.isArray() && exec.size() > 0 ? joinText(exec)
                    : m.config.path("image").asText("app"));
            main.put("directory", "/");
            main.put("cpu", 0);
            main.put("rss", 32 * 1024 * 1024);
            main.put("stime", 0);
            main.put("rtime", 0);
            main.putArray("listen_sockets");
        }
        return FakeResponse.json(200, out);
    }

    // ------------------------------------------------------------------ machines: create, update, destroy

    /** The 400 a create or update body deserves (no config object, no image), or null. */
    private static FakeResponse configError(JsonNode body) {
        JsonNode cfg = body.get("config");
        if (cfg == null || !cfg.isObject()) {
            return FakeResponse.error(400, "config is required");
        }
        if (cfg.path("image").asText("").isBlank()) {
            return FakeResponse.error(400, "invalid config: image is required");
        }
        return null;
    }

    private FakeResponse createMachine(FakeRequest r, Model.App a) {
        JsonNode b = FakeJson.parse(r.body());
        FakeResponse invalid = configError(b);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode config = normalise((ObjectNode) b.get("config").deepCopy());
        FakeResponse secrets = checkSecretsVersion(a, b);
        if (secrets != null) {
            return secrets;
        }
        String name = text(b, "name");
        if (name != null) {
            for (Model.Machine other : a.machines.values()) {
                if (name.equals(other.name) && !other.state.equals("destroyed")) {
                    return FakeResponse.error(409, "already_exists: a machine named '" + name + "' already exists");
                }
            }
        }
        boolean skipLaunch = b.path("skip_launch").asBoolean(false);
        List<String> candidates = new ArrayList<>();
        String requested = text(b, "region");
        if (requested != null && !requested.isBlank()) {
            for (String part : requested.split(",")) {
                candidates.add(part.trim());
            }
        } else {
            String volRegion = firstMountRegion(a, config);
            candidates.add(volRegion != null ? volRegion : settings.defaultRegion());
        }
        for (String c : candidates) {
            if (!Regions.isKnown(c)) {
                return FakeResponse.error(400, "invalid region '" + c + "'");
            }
        }
        String region = null;
        for (String c : candidates) {
            if (skipLaunch || hasRoom(c, null)) {
                region = c;
                break;
            }
        }
        if (region == null) {
            return capacityError();
        }
        String id = ids.machineId();
        Model.Machine m = new Model.Machine(id, a.name, clock.instant(), ids.privateIp());
        m.name = name != null ? name : Names.of(id);
        m.region = region;
        FakeResponse mounts = checkMounts(a, m, config);
        if (mounts != null) {
            return mounts;
        }
        m.config = config;
        m.instanceId = ids.ulid(clock.instant());
        m.versions.add(new Model.Version(m.instanceId, config.deepCopy()));
        m.updatedAt = clock.instant();
        m.state = "created";
        a.machines.put(id, m);
        attachMounts(a, m);
        addEvent(m, "launch", "created", "user", null);
        String nonce = null;
        int leaseTtl = b.path("lease_ttl").asInt(0);
        if (leaseTtl > 0) {
            nonce = ids.nonce();
            m.lease = new Model.Lease(nonce, clock.instant().plusSeconds(leaseTtl), LEASE_OWNER, null, m.instanceId);
        }
        if (!skipLaunch) {
            long g = ++m.generation;
            after(m, g, settings.transitionTime(), () -> {
                setState(m, "starting", null, null, null);
                after(m, g, settings.transitionTime(), () -> setState(m, "started", "start", "flyd", null));
            });
        }
        ObjectNode out = machineJson(m, false, false);
        if (nonce != null) {
            out.put("nonce", nonce);
        }
        return FakeResponse.json(200, out);
    }

    private FakeResponse updateMachine(FakeRequest r, Model.App a, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        if (m.state.equals("destroyed") || m.state.equals("destroying")) {
            return FakeResponse.error(412, "failed_precondition: unable to update machine from current state: '"
                    + m.state + "'");
        }
        JsonNode b = FakeJson.parse(r.body());
        FakeResponse invalid = configError(b);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode config = normalise((ObjectNode) b.get("config").deepCopy());
        String current = text(b, "current_version");
        if (current != null && !current.equals(m.instanceId)) {
            return FakeResponse.error(412, "failed_precondition: machine version " + current
                    + " is not the current version");
        }
        String region = text(b, "region");
        if (region != null && !region.isBlank() && !region.equals(m.region)) {
            return FakeResponse.error(400, "region cannot be changed on update");
        }
        FakeResponse secrets = checkSecretsVersion(a, b);
        if (secrets != null) {
            return secrets;
        }
        boolean willStart = !b.path("skip_launch").asBoolean(false);
        boolean wasActive = Model.ACTIVE.contains(m.state);
        if (willStart && !wasActive && !hasRoom(m.region, m)) {
            return capacityError();
        }
        FakeResponse mounts = checkMounts(a, m, config);
        if (mounts != null) {
            return mounts;
        }
        detachAll(a, m);
        m.config = config;
        m.instanceId = ids.ulid(clock.instant());
        m.versions.add(new Model.Version(m.instanceId, config.deepCopy()));
        m.restarts = 0;
        attachMounts(a, m);
        long g = ++m.generation;
        setState(m, "replacing", "update", "user", null);
        after(m, g, settings.transitionTime(), () -> {
            if (willStart) {
                setState(m, "starting", null, null, null);
                after(m, g, settings.transitionTime(), () -> setState(m, "started", "start", "flyd", null));
            } else {
                setState(m, "stopped", "stop", "flyd", null);
            }
        });
        return FakeResponse.json(200, machineJson(m, false, false));
    }

    private FakeResponse destroyMachine(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        boolean force = "true".equals(r.param("force")) || "true".equals(r.param("kill"));
        if (m.state.equals("destroyed") || m.state.equals("destroying")) {
            return FakeResponse.json(200, FakeJson.obj().put("ok", true));
        }
        if (!force && !Set.of("stopped", "suspended", "created", "failed").contains(m.state)) {
            return FakeResponse.error(412, "failed_precondition: unable to destroy machine, not currently stopped, "
                    + "suspended or failed (state: " + m.state + "); use force=true");
        }
        beginDestroy(m, "user");
        return FakeResponse.json(200, FakeJson.obj().put("ok", true));
    }

    private void beginDestroy(Model.Machine m, String source) {
        long g = ++m.generation;
        setState(m, "destroying", null, null, null);
        after(m, g, settings.transitionTime(), () -> {
            m.lease = null;
            Model.App a = apps.get(m.app);
            if (a != null) {
                detachAll(a, m);
            }
            setState(m, "destroyed", "destroy", source, null);
        });
    }

    // ------------------------------------------------------------------ machines: lifecycle actions

    private FakeResponse start(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        String prev = m.state;
        if (prev.equals("started") || prev.equals("starting")) {
            return FakeResponse.json(200, startJson(prev));
        }
        if (!Set.of("stopped", "created", "suspended", "failed").contains(prev)) {
            return FakeResponse.error(412, "failed_precondition: unable to start machine from current state: '"
                    + prev + "'");
        }
        if (!hasRoom(m.region, m)) {
            return capacityError();
        }
        m.restarts = 0;
        launch(m, "user");
        return FakeResponse.json(200, startJson(prev));
    }

    private static ObjectNode startJson(String prev) {
        ObjectNode o = FakeJson.obj();
        o.put("previous_state", prev);
        o.put("migrated", false);
        o.put("new_host", "");
        return o;
    }

    private void launch(Model.Machine m, String source) {
        long g = ++m.generation;
        setState(m, "starting", null, null, null);
        after(m, g, settings.transitionTime(), () -> setState(m, "started", "start", source, null));
    }

    private FakeResponse stop(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        JsonNode b = FakeJson.parse(r.body());
        if (b.has("signal") && signalNumber(b.get("signal")) == null) {
            return FakeResponse.error(400, "invalid signal: " + b.get("signal"));
        }
        if (Set.of("stopped", "stopping", "created", "suspended", "failed").contains(m.state)) {
            return FakeResponse.empty(200);
        }
        if (m.state.equals("destroyed") || m.state.equals("destroying")) {
            return FakeResponse.error(412, "failed_precondition: unable to stop machine from current state: '"
                    + m.state + "'");
        }
        long g = ++m.generation;
        setState(m, "stopping", null, null, null);
        after(m, g, settings.transitionTime(), () -> {
            setState(m, "stopped", "stop", "user", null);
            autoDestroy(m);
        });
        return FakeResponse.empty(200);
    }

    private FakeResponse suspend(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        if (m.state.equals("suspended") || m.state.equals("suspending")) {
            return FakeResponse.empty(200);
        }
        if (!m.state.equals("started")) {
            return FakeResponse.error(412, "failed_precondition: unable to suspend machine from current state: '"
                    + m.state + "'");
        }
        long g = ++m.generation;
        setState(m, "suspending", null, null, null);
        after(m, g, settings.transitionTime(), () -> setState(m, "suspended", "suspend", "user", null));
        return FakeResponse.empty(200);
    }

    private FakeResponse restart(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        String sig = r.param("signal");
        if (sig != null && signalNumber(FakeJson.mapper().getNodeFactory().textNode(sig)) == null) {
            return FakeResponse.error(400, "invalid signal: " + sig);
        }
        if (!m.state.equals("started")) {
            return FakeResponse.error(412, "failed_precondition: unable to restart machine from current state: '"
                    + m.state + "'");
        }
        long g = ++m.generation;
        setState(m, "restarting", "restart", "user", null);
        after(m, g, settings.transitionTime(), () -> setState(m, "started", "start", "flyd", null));
        return FakeResponse.empty(200);
    }

    private FakeResponse signal(FakeRequest r, Model.Machine m) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        JsonNode b = FakeJson.parse(r.body());
        String n = signalNumber(b.get("signal"));
        if (n == null) {
            return FakeResponse.error(400, "invalid signal: " + b.path("signal"));
        }
        if (!m.state.equals("started")) {
            return FakeResponse.error(412, "failed_precondition: machine is not started (state: " + m.state + ")");
        }
        if (FATAL_SIGNALS.contains(n)) {
            processExit(m, 128 + Integer.parseInt(n), n);
        }
        return FakeResponse.empty(200);
    }

    private static String signalNumber(JsonNode s) {
        if (s == null || s.isNull()) {
            return null;
        }
        if (s.isInt()) {
            return SIGNALS.containsValue(s.asText()) ? s.asText() : null;
        }
        String t = s.asText().toUpperCase(Locale.ROOT);
        if (SIGNALS.containsValue(t)) {
            return t;
        }
        return SIGNALS.get(t.startsWith("SIG") ? t : "SIG" + t);
    }

    private FakeResponse cordon(FakeRequest r, Model.Machine m, boolean on) {
        FakeResponse guard = leaseGuard(r, m);
        if (guard != null) {
            return guard;
        }
        m.cordoned = on;
        m.updatedAt = clock.instant();
        return FakeResponse.empty(200);
    }

    /** The main process exited: the restart policy and auto_destroy decide what happens next. */
    private void processExit(Model.Machine m, int exitCode, String signal) {
        JsonNode restart = m.config.path("restart");
        String policy = restart.path("policy").asText("on-failure");
        int maxRetries = restart.has("max_retries") ? restart.path("max_retries").asInt() : 10;
        boolean again = switch (policy) {
            case "always" -> true;
            case "no" -> false;
            default -> exitCode != 0 && m.restarts < maxRetries;
        };
        ObjectNode req = FakeJson.obj();
        ObjectNode exit = req.putObject("exit_event");
        exit.put("exit_code", exitCode);
        exit.put("guest_exit_code", exitCode);
        exit.put("oom_killed", false);
        exit.put("requested_stop", false);
        exit.put("restarting", again);
        exit.put("exited_at", clock.instant().toString());
        if (signal != null) {
            exit.put("signal", Integer.parseInt(signal));
        }
        long g = ++m.generation;
        setState(m, "stopped", "exit", "flyd", req);
        if (again) {
            m.restarts++;
            setState(m, "starting", null, null, null);
            after(m, g, settings.transitionTime(), () -> setState(m, "started", "start", "flyd", null));
        } else {
            autoDestroy(m);
        }
    }

    private void autoDestroy(Model.Machine m) {
        if (m.config.path("auto_destroy").asBoolean(false)) {
            beginDestroy(m, "flyd");
        }
    }

    // ------------------------------------------------------------------ machines: exec

    private FakeResponse exec(FakeRequest r, String appName, String machineId) {
        ExecCall call;
        synchronized (this) {
            FakeResponse limited = rateLimit(r, r.path().substring(4).split("/"));
            if (limited != null) {
                return limited;
            }
            Model.App a = app(appName);
            if (a == null) {
                return FakeResponse.error(404, "app not found");
            }
            Model.Machine m = a.machines.get(machineId);
            if (m == null) {
                return FakeResponse.error(404, "machine not found");
            }
            FakeResponse guard = leaseGuard(r, m);
            if (guard != null) {
                return guard;
            }
            if (!m.state.equals("started")) {
                return FakeResponse.error(412, "failed_precondition: machine is not started (state: " + m.state
                        + ")");
            }
            JsonNode b = FakeJson.parse(r.body());
            List<String> command = new ArrayList<>();
            if (b.path("command").isArray()) {
                b.get("command").forEach(c -> command.add(c.asText()));
            } else if (b.hasNonNull("cmd")) {
                for (String part : b.get("cmd").asText().trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        command.add(part);
                    }
                }
            }
            if (command.isEmpty()) {
                return FakeResponse.error(400, "command is required");
            }
            call = new ExecCall(appName, machineId, command, text(b, "stdin"), text(b, "container"));
        }
        ExecOutcome outcome;
        try {
            outcome = execHandler.apply(call);
        } catch (RuntimeException e) {
            return FakeResponse.error(500, "exec handler failed: " + e.getClass().getSimpleName());
        }
        ObjectNode o = FakeJson.obj();
        o.put("exit_code", outcome.exitCode());
        o.put("stdout", outcome.stdout() == null ? "" : outcome.stdout());
        o.put("stderr", outcome.stderr() == null ? "" : outcome.stderr());
        return FakeResponse.json(200, o);
    }

    private static ExecOutcome echo(ExecCall call) {
        return ExecOutcome.ok(String.join(" ", call.command()) + "\n");
    }

    // ------------------------------------------------------------------ metadata

    private static ObjectNode metadataOf(Model.Machine m) {
        JsonNode md = m.config.get("metadata");
        if (md == null || !md.isObject()) {
            return m.config.putObject("metadata");
        }
        return (ObjectNode) md;
    }

    private FakeResponse replaceMetadata(FakeRequest r, Model.Machine m, boolean patch) {
        JsonNode b = FakeJson.parse(r.body());
        String version = text(b, "machine_version");
        if (version != null && !version.equals(m.instanceId)) {
            return FakeResponse.error(412, "failed_precondition: machine_version " + version
                    + " is not the current version");
        }
        JsonNode md = b.get("metadata");
        if (md == null || !md.isObject()) {
            return FakeResponse.error(400, "metadata is required");
        }
        ObjectNode target = metadataOf(m);
        if (!patch) {
            target.removeAll();
        }
        Iterator<Map.Entry<String, JsonNode>> it = md.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull() || e.getValue().asText().isEmpty()) {
                target.remove(e.getKey());
            } else {
                target.put(e.getKey(), e.getValue().asText());
            }
        }
        m.updatedAt = clock.instant();
        return FakeResponse.empty(204);
    }

    private FakeResponse metadataKey(FakeRequest r, Model.Machine m, String key) {
        ObjectNode md = metadataOf(m);
        switch (r.method()) {
            case "GET":
                if (!md.has(key)) {
                    return FakeResponse.error(404, "metadata key not found");
                }
                return FakeResponse.json(200, FakeJson.obj().put("value", md.get(key).asText()));
            case "POST":
                JsonNode b = FakeJson.parse(r.body());
                if (!b.has("value") || b.get("value").isNull()) {
                    return FakeResponse.error(400, "value is required");
                }
                md.put(key, b.get("value").asText());
                m.updatedAt = clock.instant();
                return FakeResponse.empty(204);
            case "DELETE":
                md.remove(key);
                m.updatedAt = clock.instant();
                return FakeResponse.empty(204);
            default:
                return notFound(r);
        }
    }

    // ------------------------------------------------------------------ leases

    private Model.Lease activeLease(Model.Machine m) {
        if (m.lease != null && !m.lease.expiresAt().isAfter(clock.instant())) {
            m.lease = null;
        }
        return m.lease;
    }

    private FakeResponse leaseGuard(FakeRequest r, Model.Machine m) {
        Model.Lease l = activeLease(m);
        if (l == null) {
            return null;
        }
        String nonce = r.header("fly-machine-lease-nonce");
        if (nonce != null && MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8),
                l.nonce().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return FakeResponse.error(409, "aborted: machine ID " + m.id + " lease currently held by " + l.owner()
                + ", expires at " + l.expiresAt());
    }

    private FakeResponse leaseConflict(Model.Machine m, Model.Lease l) {
        ObjectNode o = FakeJson.obj();
        o.put("status", "error");
        o.put("message", "machine ID " + m.id + " lease currently held by " + l.owner() + ", expires at "
                + l.expiresAt());
        o.put("code", "invalid");
        return FakeResponse.json(409, o);
    }

    private static FakeResponse leaseJson(int status, Model.Lease l) {
        ObjectNode o = FakeJson.obj();
        o.put("status", "success");
        ObjectNode d = o.putObject("data");
        d.put("nonce", l.nonce());
        d.put("expires_at", l.expiresAt().getEpochSecond());
        d.put("owner", l.owner());
        d.put("description", l.description() == null ? "" : l.description());
        d.put("version", l.version());
        return FakeResponse.json(status, o);
    }

    private FakeResponse getLease(Model.Machine m) {
        Model.Lease l = activeLease(m);
        if (l == null) {
            return FakeResponse.error(404, "lease not found");
        }
        // only the holder knows the nonce: it is not shown to readers
        return leaseJson(200, new Model.Lease("", l.expiresAt(), l.owner(), l.description(), l.version()));
    }

    private FakeResponse acquireLease(FakeRequest r, Model.Machine m) {
        JsonNode b = FakeJson.parse(r.body());
        Duration ttl = DEFAULT_LEASE_TTL;
        String q = r.param("ttl");
        try {
            if (q != null) {
                ttl = Duration.ofSeconds(Long.parseLong(q));
            } else if (b.has("ttl")) {
                ttl = Duration.ofSeconds(b.get("ttl").asLong());
            }
        } catch (NumberFormatException e) {
            return FakeResponse.error(400, "invalid ttl: " + q);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            return FakeResponse.error(400, "ttl must be positive");
        }
        String description = text(b, "description");
        Model.Lease held = activeLease(m);
        String nonce = r.header("fly-machine-lease-nonce");
        if (held != null) {
            if (nonce == null || !nonce.equals(held.nonce())) {
                return leaseConflict(m, held);
            }
            m.lease = new Model.Lease(held.nonce(), clock.instant().plus(ttl), held.owner(),
                    description != null ? description : held.description(), m.instanceId);
            return leaseJson(201, m.lease);
        }
        m.lease = new Model.Lease(ids.nonce(), clock.instant().plus(ttl), LEASE_OWNER, description, m.instanceId);
        return leaseJson(201, m.lease);
    }

    private FakeResponse releaseLease(FakeRequest r, Model.Machine m) {
        Model.Lease held = activeLease(m);
        if (held == null) {
            return FakeResponse.error(404, "lease not found");
        }
        String nonce = r.header("fly-machine-lease-nonce");
        if (nonce == null || !nonce.equals(held.nonce())) {
            return leaseConflict(m, held);
        }
        m.lease = null;
        return FakeResponse.empty(200);
    }

    // ------------------------------------------------------------------ wait

    private CompletableFuture<FakeResponse> waitFor(FakeRequest r, String appName, String machineId) {
        Model.Waiter w;
        Duration timeout;
        synchronized (this) {
            Model.App a = app(appName);
            if (a == null) {
                return done(FakeResponse.error(404, "app not found"));
            }
            Model.Machine m = a.machines.get(machineId);
            if (m == null) {
                return done(FakeResponse.error(404, "machine not found"));
            }
            List<String> states = r.params("state");
            if (states.isEmpty()) {
                states = List.of("started");
            }
            for (String st : states) {
                if (!Model.WAITABLE.contains(st)) {
                    return done(FakeResponse.error(400, "invalid_argument: invalid state '" + st
                            + "': must be one of started, stopped, suspended, destroyed, failed, settled"));
                }
            }
            long secs = 60;
            String t = r.param("timeout");
            if (t != null && !t.isBlank()) {
                try {
                    secs = t.endsWith("s") ? Long.parseLong(t.substring(0, t.length() - 1)) : Long.parseLong(t);
                } catch (NumberFormatException e) {
                    return done(FakeResponse.error(400, "invalid_argument: invalid timeout '" + t + "'"));
                }
            }
            timeout = Duration.ofSeconds(Math.max(1, Math.min(60, secs)));
            String version = r.param("version") != null ? r.param("version") : r.param("instance_id");
            String from = r.param("from_event_id");
            if (version != null && !version.isBlank() && !version.equals(m.instanceId)) {
                boolean known = m.versions.stream().anyMatch(v -> v.version().equals(version));
                if (!known) {
                    return done(FakeResponse.error(400, "invalid_argument: unknown machine version '" + version
                            + "'"));
                }
                if (states.contains("replaced")) {
                    return done(waitOk(m, "replaced"));
                }
                // an old version can never reach another state: no point holding the poll
                return done(deadline(states, "replaced"));
            }
            String hit = match(m, states, from);
            if (hit != null) {
                return done(waitOk(m, hit));
            }
            if (m.state.equals("destroyed")) {
                return done(deadline(states, m.state));
            }
            if (shutDown) {
                return done(FakeResponse.error(503, "server shutting down"));
            }
            w = new Model.Waiter(m, List.copyOf(states), from, new CompletableFuture<>());
            // the deadline timer exists before the wait is visible as parked, so a test that sees
            // the wait parked and advances the clock always reaches it
            clock.after(timeout).thenRun(() -> {
                synchronized (this) {
                    if (removeWaiter(w)) {
                        w.future().complete(deadline(w.states(), w.machine().state));
                    }
                }
            });
            synchronized (waitMonitor) {
                waiters.add(w);
                waitMonitor.notifyAll();
            }
        }
        onPark.run();
        return w.future();
    }

    private boolean removeWaiter(Model.Waiter w) {
        synchronized (waitMonitor) {
            boolean removed = waiters.remove(w);
            waitMonitor.notifyAll();
            return removed;
        }
    }

    private static String match(Model.Machine m, List<String> states, String fromEventId) {
        if (fromEventId != null && !fromEventId.isBlank() && m.lastEventId().compareTo(fromEventId) <= 0) {
            return null;
        }
        if (states.contains(m.state)) {
            return m.state;
        }
        if (states.contains("settled") && Model.PERSISTENT.contains(m.state)) {
            return m.state;
        }
        return null;
    }

    private static FakeResponse waitOk(Model.Machine m, String state) {
        ObjectNode o = FakeJson.obj();
        o.put("ok", true);
        o.put("state", state);
        o.put("event_id", m.lastEventId());
        o.put("version", m.instanceId);
        return FakeResponse.json(200, o);
    }

    private static FakeResponse deadline(List<String> wanted, String current) {
        return FakeResponse.error(408, "deadline_exceeded: machine failed to reach desired state, "
                + String.join(",", wanted) + ", currently " + current);
    }

    private void notifyWaiters(Model.Machine m) {
        List<Model.Waiter> hits = new ArrayList<>();
        synchronized (waitMonitor) {
            for (Iterator<Model.Waiter> it = waiters.iterator(); it.hasNext();) {
                Model.Waiter w = it.next();
                if (w.machine() == m && match(m, w.states(), w.fromEventId()) != null) {
                    it.remove();
                    hits.add(w);
                }
            }
            waitMonitor.notifyAll();
        }
        for (Model.Waiter w : hits) {
            w.future().complete(waitOk(m, match(m, w.states(), w.fromEventId())));
        }
    }

    // ------------------------------------------------------------------ state machine helpers

    private void setState(Model.Machine m, String state, String eventType, String source, JsonNode request) {
        m.state = state;
        m.updatedAt = clock.instant();
        if (eventType != null) {
            addEvent(m, eventType, state, source, request);
        }
        notifyWaiters(m);
    }

    private void addEvent(Model.Machine m, String type, String status, String source, JsonNode request) {
        m.events.add(new Model.Event(ids.ulid(clock.instant()), type, status, source, clock.instant().toEpochMilli(),
                request));
    }

    /** Runs a step after a delay on the fake clock, unless the machine moved on meanwhile. */
    private void after(Model.Machine m, long generation, Duration delay, Runnable step) {
        pendingSteps.incrementAndGet();
        clock.after(delay).thenRun(() -> {
            synchronized (this) {
                pendingSteps.decrementAndGet();
                if (m.generation == generation) {
                    step.run();
                }
            }
        });
    }

    /** @return how many timed steps (transitions) are scheduled and have not run yet */
    public int pendingSteps() {
        return pendingSteps.get();
    }

    // ------------------------------------------------------------------ capacity

    private boolean hasRoom(String region, Model.Machine except) {
        Integer cap = capacity.get(region);
        if (cap == null) {
            return true;
        }
        int used = 0;
        for (Model.App a : apps.values()) {
            for (Model.Machine m : a.machines.values()) {
                if (m != except && region.equals(m.region) && Model.ACTIVE.contains(m.state)) {
                    used++;
                }
            }
        }
        return used < cap;
    }

    private static FakeResponse capacityError() {
        return FakeResponse.error(412, "could not reserve resource for machine: insufficient memory available to "
                + "fulfill request", "insufficient_capacity");
    }

    // ------------------------------------------------------------------ volumes

    private FakeResponse routeVolumes(FakeRequest r, String[] s, String m, Model.App a) {
        if (s.length == 3) {
            if (m.equals("GET")) {
                ArrayNode out = FakeJson.arr();
                a.volumes.values().forEach(v -> out.add(volumeJson(v)));
                return FakeResponse.json(200, out);
            }
            return m.equals("POST") ? createVolume(r, a) : notFound(r);
        }
        Model.Volume v = a.volumes.get(s[3]);
        if (v == null) {
            return FakeResponse.error(404, "volume not found");
        }
        if (s.length == 4) {
            switch (m) {
                case "GET":
                    return FakeResponse.json(200, volumeJson(v));
                case "PUT": {
                    JsonNode b = FakeJson.parse(r.body());
                    if (b.has("snapshot_retention")) {
                        int days = b.get("snapshot_retention").asInt();
                        if (days < 1 || days > 60) {
                            return FakeResponse.error(400, "snapshot_retention must be between 1 and 60");
                        }
                        v.snapshotRetention = days;
                    }
                    if (b.has("auto_backup_enabled")) {
                        v.autoBackup = b.get("auto_backup_enabled").asBoolean();
                    }
                    return FakeResponse.json(200, volumeJson(v));
                }
                case "DELETE":
                    if (v.attachedMachineId != null) {
                        return FakeResponse.error(409, "failed_precondition: volume is currently bound to machine: "
                                + v.attachedMachineId);
                    }
                    a.volumes.remove(v.id);
                    v.state = "destroyed";
                    return FakeResponse.json(200, volumeJson(v));
                default:
                    return notFound(r);
            }
        }
        if (s.length == 5 && s[4].equals("extend") && m.equals("PUT")) {
            JsonNode b = FakeJson.parse(r.body());
            int size = b.path("size_gb").asInt(0);
            if (size <= v.sizeGb) {
                return FakeResponse.error(400, "size_gb must be larger than the current size (" + v.sizeGb + ")");
            }
            v.sizeGb = size;
            Model.Machine mc = v.attachedMachineId == null ? null : a.machines.get(v.attachedMachineId);
            ObjectNode o = FakeJson.obj();
            o.set("volume", volumeJson(v));
            o.put("needs_restart", mc != null && mc.state.equals("started"));
            return FakeResponse.json(200, o);
        }
        if (s.length == 5 && s[4].equals("snapshots")) {
            if (m.equals("GET")) {
                ArrayNode out = FakeJson.arr();
                for (Model.Snapshot sn : v.snapshots) {
                    ObjectNode o = out.addObject();
                    o.put("id", sn.id());
                    o.put("size", sn.size());
                    o.put("volume_size", sn.volumeSize());
                    o.put("digest", HexFormat.of().formatHex(sha256(sn.id())).substring(0, 32));
                    o.put("created_at", sn.createdAt().toString());
                    o.put("status", "created");
                    o.put("retention_days", sn.retentionDays());
                }
                return FakeResponse.json(200, out);
            }
            if (m.equals("POST")) {
                v.snapshots.add(new Model.Snapshot(ids.snapshotId(), 1024L * 1024L, v.sizeGb, clock.instant(),
                        v.snapshotRetention));
                return FakeResponse.empty(200);
            }
        }
        return notFound(r);
    }

    private FakeResponse createVolume(FakeRequest r, Model.App a) {
        JsonNode b = FakeJson.parse(r.body());
        String name = text(b, "name");
        if (name == null || !VOLUME_NAME.matcher(name).matches()) {
            return FakeResponse.error(400, "invalid volume name: up to 30 lower-case letters, digits and "
                    + "underscores");
        }
        String region = text(b, "region");
        if (region == null || !Regions.isKnown(region)) {
            return FakeResponse.error(400, "invalid region '" + region + "'");
        }
        int size = b.path("size_gb").asInt(1);
        if (size < 1) {
            return FakeResponse.error(400, "size_gb must be at least 1");
        }
        int retention = b.path("snapshot_retention").asInt(5);
        if (retention < 1 || retention > 60) {
            return FakeResponse.error(400, "snapshot_retention must be between 1 and 60");
        }
        Model.Volume v = new Model.Volume(ids.volumeId(), name, region, ids.zone(), clock.instant(),
                b.path("encrypted").asBoolean(true), b.path("fstype").asText("ext4"));
        v.sizeGb = size;
        v.snapshotRetention = retention;
        v.autoBackup = b.path("auto_backup_enabled").asBoolean(true);
        a.volumes.put(v.id, v);
        return FakeResponse.json(200, volumeJson(v));
    }

    private static ObjectNode volumeJson(Model.Volume v) {
        ObjectNode o = FakeJson.obj();
        o.put("id", v.id);
        o.put("name", v.name);
        o.put("state", v.state);
        o.put("size_gb", v.sizeGb);
        o.put("region", v.region);
        o.put("zone", v.zone);
        o.put("encrypted", v.encrypted);
        if (v.attachedMachineId != null) {
            o.put("attached_machine_id", v.attachedMachineId);
            o.put("attached_alloc_id", v.attachedAllocId);
        }
        o.put("created_at", v.createdAt.toString());
        o.put("snapshot_retention", v.snapshotRetention);
        o.put("auto_backup_enabled", v.autoBackup);
        o.put("host_status", "ok");
        o.put("fstype", v.fstype);
        o.put("type", "local");
        long blocks = v.sizeGb * 262_144L;
        o.put("block_size", 4096);
        o.put("blocks", blocks);
        o.put("blocks_free", blocks);
        o.put("blocks_avail", blocks);
        o.put("bytes_total", blocks * 4096L);
        o.put("bytes_used", 0);
        return o;
    }

    private static String firstMountRegion(Model.App a, ObjectNode config) {
        for (JsonNode mount : config.path("mounts")) {
            Model.Volume v = a.volumes.get(mount.path("volume").asText(""));
            if (v != null) {
                return v.region;
            }
        }
        return null;
    }

    private static FakeResponse checkMounts(Model.App a, Model.Machine m, ObjectNode config) {
        for (JsonNode mount : config.path("mounts")) {
            String id = mount.path("volume").asText("");
            Model.Volume v = a.volumes.get(id);
            if (v == null) {
                return FakeResponse.error(404, "volume not found: " + id);
            }
            if (!v.region.equals(m.region)) {
                return FakeResponse.error(400, "volume " + id + " is in region " + v.region
                        + ", the machine is in " + m.region);
            }
            if (v.attachedMachineId != null && !v.attachedMachineId.equals(m.id)) {
                return FakeResponse.error(412, "failed_precondition: volume is currently bound to machine: "
                        + v.attachedMachineId);
            }
            if (mount.path("path").asText("").isBlank()) {
                return FakeResponse.error(400, "mount path is required for volume " + id);
            }
        }
        return null;
    }

    private static void attachMounts(Model.App a, Model.Machine m) {
        for (JsonNode mount : m.config.path("mounts")) {
            Model.Volume v = a.volumes.get(mount.path("volume").asText(""));
            if (v != null) {
                v.attachedMachineId = m.id;
                v.attachedAllocId = m.instanceId;
                if (mount instanceof ObjectNode mo) {
                    mo.put("name", v.name);
                    mo.put("size_gb", v.sizeGb);
                    mo.put("encrypted", v.encrypted);
                }
            }
        }
    }

    private static void detachAll(Model.App a, Model.Machine m) {
        for (Model.Volume v : a.volumes.values()) {
            if (m.id.equals(v.attachedMachineId)) {
                v.attachedMachineId = null;
                v.attachedAllocId = null;
            }
        }
    }

    // ------------------------------------------------------------------ secrets

    private FakeResponse routeSecrets(FakeRequest r, String[] s, String m, Model.App a) {
        if (s.length == 3) {
            if (m.equals("GET")) {
                String min = r.param("min_version");
                if (min != null) {
                    try {
                        if (Long.parseLong(min) > a.secretsVersion) {
                            return FakeResponse.error(400, "min_version " + min + " is newer than the app's secrets "
                                    + "version " + a.secretsVersion);
                        }
                    } catch (NumberFormatException e) {
                        return FakeResponse.error(400, "invalid min_version: " + min);
                    }
                }
                boolean show = "true".equals(r.param("show_secrets"));
                ObjectNode o = FakeJson.obj();
                ArrayNode list = o.putArray("secrets");
                a.secrets.values().forEach(sec -> list.add(secretJson(sec, show)));
                return FakeResponse.json(200, o);
            }
            if (m.equals("POST")) {
                JsonNode b = FakeJson.parse(r.body());
                JsonNode values = b.get("values");
                if (values == null || !values.isObject()) {
                    return FakeResponse.error(400, "values is required");
                }
                Iterator<Map.Entry<String, JsonNode>> it = values.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isNull()) {
                        a.secrets.remove(e.getKey());
                    } else {
                        putSecret(a, e.getKey(), e.getValue().asText());
                    }
                }
                a.secretsVersion++;
                ObjectNode o = FakeJson.obj();
                ArrayNode list = o.putArray("secrets");
                a.secrets.values().forEach(sec -> list.add(secretJson(sec, false)));
                o.put("version", a.secretsVersion);
                return FakeResponse.json(200, o);
            }
            return notFound(r);
        }
        if (s.length != 4) {
            return notFound(r);
        }
        String name = s[3];
        switch (m) {
            case "GET": {
                Model.Secret sec = a.secrets.get(name);
                return sec == null ? FakeResponse.error(404, "secret not found")
                        : FakeResponse.json(200, secretJson(sec, "true".equals(r.param("show_secrets"))));
            }
            case "POST": {
                JsonNode b = FakeJson.parse(r.body());
                if (!b.hasNonNull("value")) {
                    return FakeResponse.error(400, "value is required");
                }
                Model.Secret sec = putSecret(a, name, b.get("value").asText());
                a.secretsVersion++;
                ObjectNode o = secretJson(sec, false);
                o.put("version", a.secretsVersion);
                return FakeResponse.json(201, o);
            }
            case "DELETE": {
                if (a.secrets.remove(name) == null) {
                    return FakeResponse.error(404, "secret not found");
                }
                a.secretsVersion++;
                return FakeResponse.json(200, FakeJson.obj().put("version", a.secretsVersion));
            }
            default:
                return notFound(r);
        }
    }

    private Model.Secret putSecret(Model.App a, String name, String value) {
        Model.Secret old = a.secrets.get(name);
        Instant now = clock.instant();
        Model.Secret sec = new Model.Secret(name, value,
                HexFormat.of().formatHex(sha256(value)).substring(0, 16), old == null ? now : old.createdAt(), now);
        a.secrets.put(name, sec);
        return sec;
    }

    private static ObjectNode secretJson(Model.Secret s, boolean withValue) {
        ObjectNode o = FakeJson.obj();
        o.put("name", s.name());
        o.put("digest", s.digest());
        o.put("created_at", s.createdAt().toString());
        o.put("updated_at", s.updatedAt().toString());
        if (withValue) {
            o.put("value", s.value());
        }
        return o;
    }

    private static FakeResponse checkSecretsVersion(Model.App a, JsonNode body) {
        if (body.has("min_secrets_version") && !body.get("min_secrets_version").isNull()
                && body.get("min_secrets_version").asLong() > a.secretsVersion) {
            return FakeResponse.error(400, "min_secrets_version " + body.get("min_secrets_version").asLong()
                    + " is newer than the app's secrets version " + a.secretsVersion);
        }
        return null;
    }

    // ------------------------------------------------------------------ platform

    private FakeResponse regions() {
        ObjectNode o = FakeJson.obj();
        ArrayNode list = o.putArray("Regions");
        for (Regions.Region reg : Regions.ALL) {
            ObjectNode x = list.addObject();
            x.put("code", reg.code());
            x.put("name", reg.name());
            x.put("latitude", reg.latitude());
            x.put("longitude", reg.longitude());
            x.put("gateway_available", true);
            x.put("requires_paid_plan", false);
            x.put("deprecated", false);
            x.put("geo_region", reg.geo());
        }
        o.put("Nearest", settings.defaultRegion());
        return FakeResponse.json(200, o);
    }

    // ------------------------------------------------------------------ utilities

    private static ObjectNode normalise(ObjectNode config) {
        if (!config.has("guest")) {
            ObjectNode g = config.putObject("guest");
            g.put("cpu_kind", "shared");
            g.put("cpus", 1);
            g.put("memory_mb", 256);
        }
        return config;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String joinText(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(p -> parts.add(p.asText()));
        return String.join(" ", parts);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "FakeEngine[" + settings + "]";
    }
}
