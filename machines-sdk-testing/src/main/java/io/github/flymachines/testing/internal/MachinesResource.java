package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.flymachines.testing.ExecCall;
import io.github.flymachines.testing.ExecOutcome;
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

/** Machines: list, get, create, update, destroy, events, versions, processes. Guarded by the app's lock ({@code synchronized (app)}). */
final class MachinesResource extends FakePart {
    MachinesResource(FakeState s) {
        super(s);
    }
    // ------------------------------------------------------------------ machines: reads

    FakeResponse listMachines(FakeRequest r, Model.App a) {
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
            ObjectNode md = MetadataResource.metadataOf(m);
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

    ObjectNode machineJson(Model.Machine m, boolean summary, boolean withLease) {
        ObjectNode o = identityJson(m);
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
        Model.Lease l = s.leases.activeLease(m);
        if (withLease && l != null) {
            ObjectNode lj = o.putObject("lease");
            lj.put("description", l.description());
            lj.put("expires_at", l.expiresAt().getEpochSecond());
            lj.put("owner", l.owner());
        }
        return o;
    }

    /** The fields every view of a machine carries: its id, name, state, place, address and times. */
    static ObjectNode identityJson(Model.Machine m) {
        ObjectNode o = FakeJson.obj();
        o.put("id", m.id);
        o.put("name", m.name);
        o.put("state", m.state);
        o.put("region", m.region);
        o.put("instance_id", m.instanceId);
        o.put("private_ip", m.privateIp);
        o.put("created_at", m.createdAt.toString());
        o.put("updated_at", m.updatedAt.toString());
        return o;
    }

    static ObjectNode imageRef(String image) {
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
        o.put("digest", "sha256:" + HexFormat.of().formatHex(FakeUtil.sha256(image)));
        o.putObject("labels");
        return o;
    }

    static ObjectNode eventJson(Model.Event e) {
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

    FakeResponse events(FakeRequest r, Model.Machine m) {
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

    FakeResponse versions(Model.Machine m) {
        ArrayNode out = FakeJson.arr();
        for (int i = m.versions.size() - 1; i >= 0; i--) {
            ObjectNode o = out.addObject();
            o.put("version", m.versions.get(i).version());
            o.set("user_config", m.versions.get(i).config().deepCopy());
        }
        return FakeResponse.json(200, out);
    }

    FakeResponse processes(Model.Machine m) {
        ArrayNode out = FakeJson.arr();
        if (m.state.equals("started")) {
            process(out, 1, "/.fly/init", 8 * 1024 * 1024);
            JsonNode exec = m.config.path("init").path("exec");
            process(out, 713, exec.isArray() && exec.size() > 0 ? FakeUtil.joinText(exec)
                    : m.config.path("image").asText("app"), 32 * 1024 * 1024);
        }
        return FakeResponse.json(200, out);
    }

    /** Adds one process of a started machine: in {@code /}, idle, listening on nothing. */
    private static void process(ArrayNode out, int pid, String command, int rss) {
        ObjectNode p = out.addObject();
        p.put("pid", pid);
        p.put("command", command);
        p.put("directory", "/");
        p.put("cpu", 0);
        p.put("rss", rss);
        p.put("stime", 0);
        p.put("rtime", 0);
        p.putArray("listen_sockets");
    }


    /** The 400 a create or update body deserves (no config object, no image), or null. */
    static FakeResponse configError(JsonNode body) {
        JsonNode cfg = body.get("config");
        if (cfg == null || !cfg.isObject()) {
            return FakeResponse.error(400, "config is required");
        }
        if (cfg.path("image").asText("").isBlank()) {
            return FakeResponse.error(400, "invalid config: image is required");
        }
        return MachineActions.programError(cfg);
    }

    FakeResponse createMachine(FakeRequest r, Model.App a) {
        JsonNode b = FakeJson.parse(r.body());
        FakeResponse invalid = configError(b);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode config = FakeUtil.normalise((ObjectNode) b.get("config").deepCopy());
        FakeResponse secrets = SecretsResource.checkSecretsVersion(a, b);
        if (secrets != null) {
            return secrets;
        }
        String name = FakeUtil.text(b, "name");
        if (name != null) {
            for (Model.Machine other : a.machines.values()) {
                if (name.equals(other.name) && !other.state.equals("destroyed")) {
                    return FakeResponse.error(409, "already_exists: a machine named '" + name + "' already exists");
                }
            }
        }
        boolean skipLaunch = b.path("skip_launch").asBoolean(false);
        List<String> candidates = new ArrayList<>();
        String requested = FakeUtil.text(b, "region");
        if (requested != null && !requested.isBlank()) {
            for (String part : requested.split(",")) {
                candidates.add(part.trim());
            }
        } else {
            String volRegion = VolumesResource.firstMountRegion(a, config);
            candidates.add(volRegion != null ? volRegion : settings.defaultRegion());
        }
        for (String c : candidates) {
            if (!Regions.isKnown(c)) {
                return FakeResponse.error(400, "invalid region '" + c + "'");
            }
        }
        String region = null;
        for (String c : candidates) {
            if (skipLaunch || s.capacity.hasRoom(c, null)) {
                region = c;
                break;
            }
        }
        if (region == null) {
            return Capacity.capacityError();
        }
        String id = ids.machineId();
        Model.Machine m = new Model.Machine(id, a, clock.instant(), ids.privateIp());
        m.name = name != null ? name : Names.of(id);
        m.region = region;
        FakeResponse mounts = VolumesResource.checkMounts(a, m, config);
        if (mounts != null) {
            return mounts;
        }
        m.config = config;
        m.instanceId = ids.ulid(clock.instant());
        m.versions.add(new Model.Version(m.instanceId, config.deepCopy()));
        m.updatedAt = clock.instant();
        m.state = "created";
        a.machines.put(id, m);
        VolumesResource.attachMounts(a, m);
        s.lifecycle.addEvent(m, "launch", "created", "user", null);
        String nonce = null;
        int leaseTtl = b.path("lease_ttl").asInt(0);
        if (leaseTtl > 0) {
            nonce = ids.nonce();
            m.lease = new Model.Lease(nonce, clock.instant().plusSeconds(leaseTtl), FakeEngine.LEASE_OWNER, null, m.instanceId);
        }
        if (!skipLaunch) {
            // create: the image fetch (created) takes most of the create time, then the boot (starting)
            long g = ++m.generation;
            Duration boot = settings.startTime().compareTo(settings.createTime()) < 0 ? settings.startTime()
                    : settings.createTime();
            s.lifecycle.after(m, g, settings.createTime().minus(boot), "created -> starting (image fetch)", () -> {
                s.lifecycle.setState(m, "starting", null, null, null);
                s.lifecycle.after(m, g, boot, "starting -> started",
                        () -> s.lifecycle.setState(m, "started", "start", "flyd", null));
            });
        }
        ObjectNode out = machineJson(m, false, false);
        if (nonce != null) {
            out.put("nonce", nonce);
        }
        return FakeResponse.json(200, out);
    }

    FakeResponse updateMachine(FakeRequest r, Model.App a, Model.Machine m) {
        if (m.state.equals("destroyed") || m.state.equals("destroying")) {
            return FakeResponse.unableFromState("update", m.state);
        }
        JsonNode b = FakeJson.parse(r.body());
        FakeResponse invalid = configError(b);
        if (invalid != null) {
            return invalid;
        }
        ObjectNode config = FakeUtil.normalise((ObjectNode) b.get("config").deepCopy());
        String current = FakeUtil.text(b, "current_version");
        if (current != null && !current.equals(m.instanceId)) {
            return FakeResponse.error(412, "failed_precondition: machine version " + current
                    + " is not the current version");
        }
        String region = FakeUtil.text(b, "region");
        if (region != null && !region.isBlank() && !region.equals(m.region)) {
            return FakeResponse.error(400, "region cannot be changed on update");
        }
        FakeResponse secrets = SecretsResource.checkSecretsVersion(a, b);
        if (secrets != null) {
            return secrets;
        }
        boolean willStart = !b.path("skip_launch").asBoolean(false);
        boolean wasActive = Model.ACTIVE.contains(m.state);
        if (willStart && !wasActive && !s.capacity.hasRoom(m.region, m)) {
            return Capacity.capacityError();
        }
        FakeResponse mounts = VolumesResource.checkMounts(a, m, config);
        if (mounts != null) {
            return mounts;
        }
        VolumesResource.detachAll(a, m);
        m.config = config;
        m.instanceId = ids.ulid(clock.instant());
        m.versions.add(new Model.Version(m.instanceId, config.deepCopy()));
        m.restarts = 0;
        VolumesResource.attachMounts(a, m);
        long g = ++m.generation;
        s.lifecycle.setState(m, "replacing", "update", "user", null);
        s.lifecycle.after(m, g, settings.transitionTime(), "replacing -> " + (willStart ? "starting" : "stopped"), () -> {
            if (willStart) {
                s.lifecycle.setState(m, "starting", null, null, null);
                s.lifecycle.after(m, g, settings.transitionTime(), "starting -> started",
                        () -> s.lifecycle.setState(m, "started", "start", "flyd", null));
            } else {
                s.lifecycle.setState(m, "stopped", "stop", "flyd", null);
            }
        });
        return FakeResponse.json(200, machineJson(m, false, false));
    }

    FakeResponse destroyMachine(FakeRequest r, Model.Machine m) {
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

    void beginDestroy(Model.Machine m, String source) {
        s.lifecycle.transition(m, "destroying", settings.transitionTime(), "destroyed", () -> {
            m.lease = null;
            VolumesResource.detachAll(m.owner, m);
            s.lifecycle.setState(m, "destroyed", "destroy", source, null);
        });
    }

}
