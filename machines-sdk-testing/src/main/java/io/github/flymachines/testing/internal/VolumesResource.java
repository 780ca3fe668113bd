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

/** Volumes and their snapshots, mounts on machines. Guarded by the app's lock ({@code synchronized (app)}). */
final class VolumesResource extends FakePart {
    VolumesResource(FakeState s) {
        super(s);
    }
    static final Pattern VOLUME_NAME = Pattern.compile("[a-z0-9_]{1,30}");

    FakeResponse routeVolumes(FakeRequest r, String[] s, String m, Model.App a) {
        if (s.length == 3) {
            if (m.equals("GET")) {
                ArrayNode out = FakeJson.arr();
                a.volumes.values().forEach(v -> out.add(volumeJson(v)));
                return FakeResponse.json(200, out);
            }
            return m.equals("POST") ? createVolume(r, a) : FakeEngine.notFound(r);
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
                    return FakeEngine.notFound(r);
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
                    o.put("digest", HexFormat.of().formatHex(FakeUtil.sha256(sn.id())).substring(0, 32));
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
        return FakeEngine.notFound(r);
    }

    FakeResponse createVolume(FakeRequest r, Model.App a) {
        JsonNode b = FakeJson.parse(r.body());
        String name = FakeUtil.text(b, "name");
        if (name == null || !VOLUME_NAME.matcher(name).matches()) {
            return FakeResponse.error(400, "invalid volume name: up to 30 lower-case letters, digits and "
                    + "underscores");
        }
        String region = FakeUtil.text(b, "region");
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

    static ObjectNode volumeJson(Model.Volume v) {
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

    static String firstMountRegion(Model.App a, ObjectNode config) {
        for (JsonNode mount : config.path("mounts")) {
            Model.Volume v = a.volumes.get(mount.path("volume").asText(""));
            if (v != null) {
                return v.region;
            }
        }
        return null;
    }

    static FakeResponse checkMounts(Model.App a, Model.Machine m, ObjectNode config) {
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

    static void attachMounts(Model.App a, Model.Machine m) {
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

    static void detachAll(Model.App a, Model.Machine m) {
        for (Model.Volume v : a.volumes.values()) {
            if (m.id.equals(v.attachedMachineId)) {
                v.attachedMachineId = null;
                v.attachedAllocId = null;
            }
        }
    }

}
