package io.github.flymachines.internal.validate;

import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.model.ContainerConfig;
import io.github.flymachines.model.CpuKind;
import io.github.flymachines.model.CreateAppRequest;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineCheck;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineFile;
import io.github.flymachines.model.MachineService;
import io.github.flymachines.model.Mount;
import io.github.flymachines.model.ProcessConfig;
import io.github.flymachines.model.ServiceCheck;
import io.github.flymachines.model.ServicePort;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks requests before anything is sent, reporting every problem with its JSON path
 * ({@code config.guest.memory_mb: 300 is not a multiple of 256}). Only user-built input is checked
 * this way; responses are never rejected for values this SDK does not expect.
 */
public final class Validator extends Problems {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern APP_NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<Integer> SHARED_CPUS = Set.of(1, 2, 4, 6, 8);
    private static final Set<Integer> PERFORMANCE_CPUS = Set.of(1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128);
    private static final Set<String> SCHEDULES = Set.of("hourly", "daily", "weekly", "monthly");

    /** The signals stop, restart and a config's stop_config accept (the spec's StopRequest list). */
    private static final List<String> STOP_SIGNALS = List.of("SIGHUP", "SIGINT", "SIGQUIT", "SIGKILL", "SIGUSR1",
            "SIGUSR2", "SIGTERM");
    /** The signals the signal endpoint accepts (the spec's SignalRequest list). */
    private static final List<String> SIGNALS = List.of("SIGABRT", "SIGALRM", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT",
            "SIGKILL", "SIGPIPE", "SIGQUIT", "SIGSEGV", "SIGTERM", "SIGTRAP", "SIGUSR1", "SIGUSR2");

    private Validator() {
    }

    /**
     * Validates a machine create.
     *
     * @param request the request
     * @throws FlyValidationException listing every problem
     */
    public static void create(CreateMachineRequest request) {
        check(request, (v, r) -> {
            v.config("config", r.config());
            v.region("region", r.region());
            for (int i = 0; i < r.fallbackRegions().size(); i++) {
                String reg = r.fallbackRegions().get(i);
                if (!REGION.matcher(reg).matches()) {
                    v.fail("fallback_regions[" + i + "]", "'" + reg + "' is not a region code");
                }
            }
            v.name("name", r.name());
            v.nonNegative("min_secrets_version", r.minSecretsVersion());
            v.wholeSeconds("lease_ttl", r.leaseTtl());
        });
    }

    /**
     * Validates a machine update.
     *
     * @param request the request
     * @throws FlyValidationException listing every problem
     */
    public static void update(UpdateMachineRequest request) {
        check(request, (v, r) -> {
            v.config("config", r.config());
            v.nonNegative("min_secrets_version", r.minSecretsVersion());
            v.wholeSeconds("lease_ttl", r.leaseTtl());
        });
    }

    /**
     * Runs rules over a request that is required: a missing one is refused on its own, and every
     * problem the rules find is reported together.
     */
    private static <T> void check(T request, BiConsumer<Validator, T> rules) {
        Validator v = new Validator();
        if (request == null) {
            v.fail("request", "is required");
        } else {
            rules.accept(v, request);
        }
        v.throwIfAny();
    }

    /** Runs rules, reporting every problem they find together. */
    private static void check(Consumer<Validator> rules) {
        Validator v = new Validator();
        rules.accept(v);
        v.throwIfAny();
    }

    /**
     * Checks the config a change function returned, as an update would send it: the same checks
     * for {@code previewUpdate}, a dry run and {@code update}.
     *
     * @param after what the change returned
     * @return the config
     * @throws FlyValidationException when it is null or invalid
     */
    public static MachineConfig changed(MachineConfig after) {
        if (after == null) {
            throw new FlyValidationException("change", "returned null (return the config to apply, e.g. c -> c.withImage(...))");
        }
        validateConfig("config", after);
        return after;
    }

    /**
     * Validates a config on its own (for example before a dry run).
     *
     * @param path the path prefix, e.g. {@code config}
     * @param c the config
     */
    public static void validateConfig(String path, MachineConfig c) {
        check(v -> v.config(path, c));
    }

    /**
     * Validates an app create.
     *
     * @param request the request
     */
    public static void createApp(CreateAppRequest request) {
        check(request, (v, r) -> {
            v.appNameCheck("name", r.name());
            if (r.orgSlug() == null || r.orgSlug().isBlank()) {
                v.fail("org_slug", "is required (use \"personal\" for your personal organization)");
            }
        });
    }

    /**
     * Validates an app name.
     *
     * @param field the field name for the message
     * @param name the name
     */
    public static void appName(String field, String name) {
        check(v -> v.appNameCheck(field, name));
    }

    /**
     * Validates an exec request.
     *
     * @param request the request
     */
    public static void exec(ExecRequest request) {
        check(request, (v, r) -> {
            if (r.command().isEmpty() && (r.cmd() == null || r.cmd().isBlank())) {
                v.fail("command", "is required");
            } else if (!r.command().isEmpty() && r.command().get(0).isBlank()) {
                v.fail("command[0]", "the program to run is blank");
            }
            v.wholeSeconds("timeout", r.timeout());
        });
    }

    /**
     * Checks the signal of a stop or restart against the API's list for them (narrower than the
     * signal endpoint's: no SIGABRT, SIGSEGV, ...).
     *
     * @param signal the signal, or null for the default
     * @return the refusal, or null when the signal is accepted
     */
    public static FlyValidationException stopSignal(io.github.flymachines.model.Signal signal) {
        if (signal == null || STOP_SIGNALS.contains(signal.value())) {
            return null;
        }
        return new FlyValidationException("signal", "'" + signal.value() + "' is not accepted by stop or restart: one of "
                + STOP_SIGNALS);
    }

    /**
     * Checks the signal of the signal endpoint against the API's list.
     *
     * @param signal the signal
     * @return the refusal, or null when the signal is accepted
     */
    public static FlyValidationException signal(io.github.flymachines.model.Signal signal) {
        if (signal == null) {
            return new FlyValidationException("signal", "is required");
        }
        if (SIGNALS.contains(signal.value())) {
            return null;
        }
        return new FlyValidationException("signal", "'" + signal.value() + "' is not one of " + SIGNALS);
    }

    /**
     * Validates a single server-side wait.
     *
     * @param request the request
     */
    public static void waitRequest(WaitRequest request) {
        check(request, (v, r) -> {
            Duration t = r.timeout();
            if (t != null && (t.compareTo(Duration.ofSeconds(1)) < 0 || t.compareTo(Duration.ofSeconds(60)) > 0)) {
                v.fail("timeout", "must be between 1 and 60 seconds (the server blocks at most 60 s), got " + t);
            }
        });
    }

    private void appNameCheck(String field, String name) {
        if (name == null || name.isBlank()) {
            fail(field, "is required");
        } else if (!APP_NAME.matcher(name).matches()) {
            fail(field, "'" + name + "' must be 1-63 lowercase letters, digits and dashes, not starting or ending with a dash");
        }
    }

    private void name(String path, String name) {
        if (name == null) {
            return;
        }
        if (name.isBlank()) {
            fail(path, "must not be blank");
        } else if (name.length() > 63) {
            fail(path, "must be at most 63 characters, got " + name.length());
        } else if (!name.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f && ch != '/' && ch != '?' && ch != '#')) {
            fail(path, "must contain only printable ASCII without spaces, '/', '?' or '#'");
        }
    }

    private void config(String p, MachineConfig c) {
        if (c == null) {
            fail(p, "is required");
            return;
        }
        if (c.image() == null || c.image().isBlank()) {
            fail(p + ".image", "is required");
        } else if (c.image().chars().anyMatch(Character::isWhitespace)) {
            fail(p + ".image", "must not contain whitespace");
        }
        env(p + ".env", c.env());
        if (c.guest() != null) {
            guest(p + ".guest", c.guest());
        }
        for (int i = 0; i < c.services().size(); i++) {
            service(p + ".services[" + i + "]", c.services().get(i));
        }
        for (Map.Entry<String, MachineCheck> e : c.checks().entrySet()) {
            String cp = p + ".checks." + e.getKey();
            MachineCheck ch = e.getValue();
            port(cp + ".port", ch.port(), false);
            checkType(cp + ".type", ch.type());
            durations(cp, ch.interval(), ch.timeout(), ch.gracePeriod());
        }
        for (int i = 0; i < c.mounts().size(); i++) {
            mount(p + ".mounts[" + i + "]", c.mounts().get(i));
        }
        if (c.restart() != null) {
            nonNegative(p + ".restart.max_retries", c.restart().maxRetries());
        }
        for (String k : c.metadata().keySet()) {
            if (k.isBlank()) {
                fail(p + ".metadata", "keys must not be blank");
            }
        }
        for (int i = 0; i < c.processes().size(); i++) {
            ProcessConfig pr = c.processes().get(i);
            env(p + ".processes[" + i + "].env", pr.env());
        }
        for (int i = 0; i < c.files().size(); i++) {
            file(p + ".files[" + i + "]", c.files().get(i));
        }
        if (c.stopConfig() != null && c.stopConfig().signal() != null
                && !STOP_SIGNALS.contains(c.stopConfig().signal().value())) {
            fail(p + ".stop_config.signal", "'" + c.stopConfig().signal().value() + "' is not one of " + STOP_SIGNALS);
        }
        if (c.stopConfig() != null && c.stopConfig().timeout() != null && c.stopConfig().timeout().isNegative()) {
            fail(p + ".stop_config.timeout", "must not be negative");
        }
        if (c.schedule() != null && !c.schedule().isEmpty() && !SCHEDULES.contains(c.schedule())) {
            fail(p + ".schedule", "'" + c.schedule() + "' must be one of hourly, daily, weekly, monthly");
        }
        if (c.metrics() != null) {
            port(p + ".metrics.port", c.metrics().port(), false);
        }
        for (int i = 0; i < c.containers().size(); i++) {
            ContainerConfig cc = c.containers().get(i);
            String cp = p + ".containers[" + i + "]";
            if (cc.name() == null || cc.name().isBlank()) {
                fail(cp + ".name", "is required");
            }
            env(cp + ".env", cc.env());
            for (int j = 0; j < cc.files().size(); j++) {
                file(cp + ".files[" + j + "]", cc.files().get(j));
            }
        }
        if (c.rootfs() != null) {
            positive(p + ".rootfs.size_gb", c.rootfs().sizeGb());
        }
        if (c.spot() != null && c.spot().maxPriceFraction() != null) {
            double f = c.spot().maxPriceFraction().doubleValue();
            if (!(f > 0 && f <= 1)) {
                fail(p + ".spot.max_price_fraction", "must be in (0, 1], got " + c.spot().maxPriceFraction());
            }
        }
    }

    private void env(String p, Map<String, String> env) {
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!ENV_NAME.matcher(e.getKey()).matches()) {
                // never echo the value: only the name
                fail(p + "." + e.getKey(), "is not a valid environment variable name (letters, digits, '_', not starting with a digit)");
            } else if (e.getValue().indexOf('\0') >= 0) {
                fail(p + "." + e.getKey(), "value must not contain NUL characters");
            }
        }
    }

    private void guest(String p, Guest g) {
        if (g.cpus() != null && g.cpus() < 1) {
            fail(p + ".cpus", "must be at least 1, got " + g.cpus());
        }
        if (g.memoryMb() != null && g.memoryMb() < 1) {
            fail(p + ".memory_mb", "must be positive, got " + g.memoryMb());
        }
        nonNegative(p + ".gpus", g.gpus());
        CpuKind kind = g.cpuKind() == null ? CpuKind.SHARED : g.cpuKind();
        if (!kind.isKnown() || g.cpus() == null || g.memoryMb() == null || g.cpus() < 1 || g.memoryMb() < 1) {
            return;
        }
        int cpus = g.cpus();
        int mem = g.memoryMb();
        if (kind.equals(CpuKind.SHARED)) {
            if (!SHARED_CPUS.contains(cpus)) {
                fail(p + ".cpus", cpus + " is not a valid shared CPU count (1, 2, 4, 6 or 8)");
                return;
            }
            sizeRule(p, mem, cpus, 256, 256, 2048);
        } else if (kind.equals(CpuKind.PERFORMANCE)) {
            if (!PERFORMANCE_CPUS.contains(cpus)) {
                fail(p + ".cpus", cpus + " is not a valid performance CPU count (1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64 or 128)");
                return;
            }
            sizeRule(p, mem, cpus, 1024, 2048, 8192);
        }
    }

    private void sizeRule(String p, int mem, int cpus, int step, int minPerCpu, int maxPerCpu) {
        if (mem % step != 0) {
            fail(p + ".memory_mb", mem + " is not a multiple of " + step);
        }
        int min = minPerCpu * cpus;
        int max = maxPerCpu * cpus;
        if (mem < min || mem > max) {
            fail(p + ".memory_mb", mem + " is outside " + min + "-" + max + " MB for " + cpus + " CPU(s) ("
                    + minPerCpu + "-" + maxPerCpu + " MB per CPU)");
        }
    }

    private void service(String p, MachineService s) {
        if (s.internalPort() == null) {
            fail(p + ".internal_port", "is required");
        } else {
            port(p + ".internal_port", s.internalPort(), false);
        }
        if (s.protocol() != null && s.protocol().isKnown() == false) {
            fail(p + ".protocol", "'" + s.protocol() + "' must be tcp or udp");
        }
        for (int i = 0; i < s.ports().size(); i++) {
            ServicePort sp = s.ports().get(i);
            String pp = p + ".ports[" + i + "]";
            if (sp.port() == null && sp.startPort() == null && sp.endPort() == null) {
                fail(pp, "needs a port or a start_port/end_port range");
            }
            if (sp.port() != null && (sp.startPort() != null || sp.endPort() != null)) {
                fail(pp, "sets both port and a port range");
            }
            port(pp + ".port", sp.port(), false);
            port(pp + ".start_port", sp.startPort(), false);
            port(pp + ".end_port", sp.endPort(), false);
            if ((sp.startPort() == null) != (sp.endPort() == null)) {
                fail(pp, "a port range needs both start_port and end_port");
            } else if (sp.startPort() != null && sp.startPort() > sp.endPort()) {
                fail(pp + ".start_port", sp.startPort() + " is greater than end_port " + sp.endPort());
            }
        }
        if (s.concurrency() != null) {
            Integer hard = s.concurrency().hardLimit();
            Integer soft = s.concurrency().softLimit();
            nonNegative(p + ".concurrency.hard_limit", hard);
            nonNegative(p + ".concurrency.soft_limit", soft);
            if (hard != null && soft != null && soft > hard) {
                fail(p + ".concurrency.soft_limit", soft + " is greater than hard_limit " + hard);
            }
        }
        nonNegative(p + ".min_machines_running", s.minMachinesRunning());
        for (int i = 0; i < s.checks().size(); i++) {
            ServiceCheck ch = s.checks().get(i);
            String cp = p + ".checks[" + i + "]";
            port(cp + ".port", ch.port(), false);
            checkType(cp + ".type", ch.type());
            durations(cp, ch.interval(), ch.timeout(), ch.gracePeriod());
        }
    }

    private void checkType(String p, String type) {
        if (type != null && !type.equals("tcp") && !type.equals("http")) {
            fail(p, "'" + type + "' must be tcp or http");
        }
    }

    private void durations(String p, Duration interval, Duration timeout, Duration grace) {
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            fail(p + ".interval", "must be positive");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            fail(p + ".timeout", "must be positive");
        }
        if (grace != null && grace.isNegative()) {
            fail(p + ".grace_period", "must not be negative");
        }
    }

    private void mount(String p, Mount m) {
        if (m.volume() == null || m.volume().isBlank()) {
            fail(p + ".volume", "is required");
        }
        if (m.path() == null || !m.path().startsWith("/")) {
            fail(p + ".path", "must be an absolute path");
        }
        positive(p + ".size_gb", m.sizeGb());
        if (m.extendThresholdPercent() != null && (m.extendThresholdPercent() < 0 || m.extendThresholdPercent() > 100)) {
            fail(p + ".extend_threshold_percent", "must be 0-100, got " + m.extendThresholdPercent());
        }
    }

    private void file(String p, MachineFile f) {
        if (f.guestPath() == null || !f.guestPath().startsWith("/")) {
            fail(p + ".guest_path", "must be an absolute path");
        }
        int sources = (f.rawValue() != null ? 1 : 0) + (f.secretName() != null ? 1 : 0)
                + (f.imageConfig() != null ? 1 : 0);
        if (sources != 1) {
            fail(p, "needs exactly one of raw_value, secret_name or image_config");
        }
        if (f.rawValue() != null) {
            try {
                Base64.getDecoder().decode(f.rawValue());
            } catch (IllegalArgumentException e) {
                fail(p + ".raw_value", "is not valid base64");
            }
        }
        if (f.mode() != null && (f.mode() < 0 || f.mode() > 07777)) {
            fail(p + ".mode", "must be a file mode between 0 and 07777");
        }
    }

    private void port(String p, Integer port, boolean allowZero) {
        if (port != null && (port < (allowZero ? 0 : 1) || port > 65535)) {
            fail(p, port + " is not a valid port (1-65535)");
        }
    }

    private void positive(String p, Number n) {
        if (n != null && n.longValue() <= 0) {
            fail(p, "must be positive, got " + n);
        }
    }

    /** A duration sent as whole seconds: positive, and no fraction the wire would drop. */
    private void wholeSeconds(String p, Duration d) {
        if (d != null && (d.isNegative() || d.isZero() || d.getNano() != 0)) {
            fail(p, "must be a positive whole number of seconds, got " + d);
        }
    }

    private void nonNegative(String p, Number n) {
        if (n != null && n.longValue() < 0) {
            fail(p, "must not be negative, got " + n);
        }
    }
}
