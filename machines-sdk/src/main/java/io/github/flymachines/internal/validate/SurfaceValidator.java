package io.github.flymachines.internal.validate;

import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.CustomCertificateRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.IpAssignmentType;
import io.github.flymachines.model.OrgListQuery;
import io.github.flymachines.model.PlacementRequest;
import io.github.flymachines.model.TokenAccess;
import io.github.flymachines.model.UpdateVolumeRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the requests of volumes, secrets, secret keys, IPs, certificates, tokens, platform and
 * organization lists before anything is sent. Every problem is reported at once, each naming its
 * field; messages never repeat secret values.
 */
public final class SurfaceValidator extends Problems {
    /** Volume names: lowercase letters, digits and underscores, at most 30. */
    private static final Pattern VOLUME_NAME = Pattern.compile("[a-z0-9_]{1,30}");
    /** Secret names: environment variable names. */
    private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Secret key names. */
    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}");

    private SurfaceValidator() {
    }

    /** Starts checking a value that is required: a missing one is refused on its own, at once. */
    private static SurfaceValidator requiring(Object value, String field, String message) {
        SurfaceValidator v = new SurfaceValidator();
        if (value == null) {
            v.fail(field, message);
            v.throwIfAny();
        }
        return v;
    }

    private boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void range(String field, Integer v, int min, int max) {
        if (v != null && (v < min || v > max)) {
            fail(field, "must be between " + min + " and " + max + ", got " + v);
        }
    }

    private void guest(String field, Guest g) {
        if (g == null) {
            return;
        }
        if (g.cpus() != null && g.cpus() <= 0) {
            fail(field + ".cpus", "must be positive, got " + g.cpus());
        }
        if (g.memoryMb() != null && g.memoryMb() <= 0) {
            fail(field + ".memory_mb", "must be positive, got " + g.memoryMb());
        }
    }

    /**
     * Validates a volume create.
     *
     * @param r the request
     */
    public static void createVolume(CreateVolumeRequest r) {
        SurfaceValidator v = requiring(r, "request", "is required");
        boolean fromSnapshot = !v.blank(r.snapshotId());
        boolean fork = !v.blank(r.sourceVolumeId());
        if (v.blank(r.name())) {
            v.fail("name", "is required");
        } else if (!VOLUME_NAME.matcher(r.name()).matches()) {
            v.fail("name", "must be 1 to 30 lowercase letters, digits or underscores, got '" + r.name() + "'");
        }
        if (v.blank(r.region()) && !fork) {
            v.fail("region", "is required (unless forking with source_volume_id)");
        }
        v.region("region", r.region());
        if (r.sizeGb() == null && !fromSnapshot && !fork) {
            v.fail("size_gb", "is required (unless restoring a snapshot or forking a volume)");
        }
        v.range("size_gb", r.sizeGb(), 1, 500);
        if (fromSnapshot && fork) {
            v.fail("snapshot_id", "cannot be combined with source_volume_id: restore a snapshot or fork a volume");
        }
        v.range("snapshot_retention", r.snapshotRetention(), 1, 60);
        if (r.fstype() != null && !r.fstype().equals("ext4") && !r.fstype().equals("raw")) {
            v.fail("fstype", "must be ext4 or raw, got '" + r.fstype() + "'");
        }
        v.guest("compute", r.compute());
        v.throwIfAny();
    }

    /**
     * Validates a volume update.
     *
     * @param r the request
     */
    public static void updateVolume(UpdateVolumeRequest r) {
        SurfaceValidator v = new SurfaceValidator();
        if (r == null || (r.snapshotRetention() == null && r.autoBackupEnabled() == null)) {
            v.fail("request", "must set snapshot_retention or auto_backup_enabled");
            v.throwIfAny();
        }
        v.range("snapshot_retention", r.snapshotRetention(), 1, 60);
        v.throwIfAny();
    }

    /**
     * Validates a volume extend.
     *
     * @param sizeGb the new size
     */
    public static void extendVolume(int sizeGb) {
        SurfaceValidator v = new SurfaceValidator();
        v.range("size_gb", sizeGb, 1, 500);
        v.throwIfAny();
    }

    /**
     * Validates a secret name.
     *
     * @param field the field
     * @param name the name
     */
    public static void secretName(String field, String name) {
        SurfaceValidator v = new SurfaceValidator();
        v.secretName0(field, name);
        v.throwIfAny();
    }

    private void secretName0(String field, String name) {
        if (blank(name)) {
            fail(field, "is required");
        } else if (!SECRET_NAME.matcher(name).matches()) {
            fail(field, "must be a letter or underscore followed by letters, digits or underscores, got '"
                    + name + "'");
        }
    }

    /**
     * Validates a bulk secrets update (values are checked for presence only, never echoed).
     *
     * @param values the names and values; a null value unsets
     * @param allowUnset whether null values are allowed
     */
    public static void secrets(Map<String, String> values, boolean allowUnset) {
        SurfaceValidator v = new SurfaceValidator();
        if (values == null || values.isEmpty()) {
            v.fail("values", "must name at least one secret");
            v.throwIfAny();
        }
        values.forEach((k, val) -> {
            v.secretName0("values[" + k + "]", k);
            if (val == null && !allowUnset) {
                v.fail("values[" + k + "]", "value is required (use unset to remove a secret)");
            }
        });
        v.throwIfAny();
    }

    /**
     * Validates a secret key name.
     *
     * @param name the name
     */
    public static void keyName(String name) {
        SurfaceValidator v = new SurfaceValidator();
        if (v.blank(name)) {
            v.fail("secret_name", "is required");
        } else if (!KEY_NAME.matcher(name).matches()) {
            v.fail("secret_name", "must be letters, digits, '_', '.' or '-', got '" + name + "'");
        }
        v.throwIfAny();
    }

    /**
     * Validates an IP assignment.
     *
     * @param r the request
     */
    public static void assignIp(AssignIpRequest r) {
        SurfaceValidator v = new SurfaceValidator();
        if (r == null || r.type() == null) {
            v.fail("type", "is required (v4, v6, shared_v4, private_v6, egress_v4, egress_v6 or egress_pair)");
            v.throwIfAny();
        }
        v.region("region", r.region());
        boolean egress = r.type().value().startsWith("egress");
        if (egress && v.blank(r.region())) {
            v.fail("region", "is required for " + r.type() + " addresses");
        }
        if (!IpAssignmentType.PRIVATE_V6.equals(r.type()) && r.network() != null) {
            v.fail("network", "only applies to private_v6 addresses");
        }
        v.throwIfAny();
    }

    /**
     * Validates a hostname.
     *
     * @param hostname the hostname
     */
    public static void hostname(String hostname) {
        SurfaceValidator v = new SurfaceValidator();
        v.hostname0(hostname);
        v.throwIfAny();
    }

    private void hostname0(String hostname) {
        if (blank(hostname)) {
            fail("hostname", "is required");
        } else if (!HOSTNAME.matcher(hostname).matches()) {
            fail("hostname", "'" + hostname + "' is not a DNS hostname");
        }
    }

    /**
     * Validates a custom certificate (the key is checked for shape only, never echoed).
     *
     * @param r the request
     */
    public static void customCertificate(CustomCertificateRequest r) {
        SurfaceValidator v = requiring(r, "request", "is required");
        v.hostname0(r.hostname());
        if (v.blank(r.fullchain())) {
            v.fail("fullchain", "is required");
        } else if (!r.fullchain().contains("-----BEGIN CERTIFICATE-----")) {
            v.fail("fullchain", "must be a PEM certificate chain (-----BEGIN CERTIFICATE-----)");
        }
        if (v.blank(r.privateKey())) {
            v.fail("private_key", "is required");
        } else if (!r.privateKey().contains("-----BEGIN") || !r.privateKey().contains("PRIVATE KEY-----")) {
            v.fail("private_key", "must be a PEM private key (the value is not shown)");
        }
        v.throwIfAny();
    }

    /**
     * Validates a page size.
     *
     * @param field the field
     * @param limit the size or null
     * @param max the maximum
     */
    public static void pageSize(String field, Integer limit, int max) {
        SurfaceValidator v = new SurfaceValidator();
        v.range(field, limit, 1, max);
        v.throwIfAny();
    }

    /**
     * Validates an organization list query.
     *
     * @param q the query
     */
    public static void orgQuery(OrgListQuery q) {
        SurfaceValidator v = requiring(q, "query", "is required (use OrgListQuery.ALL)");
        v.range("limit", q.pageSize(), 1, 1000);
        v.region("region", q.region());
        for (int i = 0; i < q.states().size(); i++) {
            String s = q.states().get(i);
            if (s.isBlank() || s.contains(",")) {
                v.fail("state[" + i + "]", "must be one state name, got '" + s + "'");
            }
        }
        v.throwIfAny();
    }

    /**
     * Validates a placement request.
     *
     * @param r the request
     */
    public static void placement(PlacementRequest r) {
        SurfaceValidator v = requiring(r, "request", "is required");
        if (v.blank(r.orgSlug())) {
            v.fail("org_slug", "is required");
        }
        v.region("region", r.region());
        if (r.count() != null && r.count() < 0) {
            v.fail("count", "must not be negative, got " + r.count());
        }
        if (r.volumeSizeBytes() != null && r.volumeSizeBytes() < 0) {
            v.fail("volume_size_bytes", "must not be negative, got " + r.volumeSizeBytes());
        }
        v.guest("compute", r.compute());
        v.throwIfAny();
    }

    /**
     * Validates the candidate regions of a capacity check.
     *
     * @param candidates the regions
     */
    public static void candidates(List<String> candidates) {
        SurfaceValidator v = new SurfaceValidator();
        if (candidates == null || candidates.isEmpty()) {
            v.fail("candidateRegions", "must name at least one region");
            v.throwIfAny();
        }
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            if (c == null || !REGION.matcher(c).matches() || c.contains(",")) {
                v.fail("candidateRegions[" + i + "]", "'" + c + "' is not a region code or alias");
            }
        }
        v.throwIfAny();
    }

    /**
     * Validates a token access check.
     *
     * @param a the access
     */
    public static void tokenAccess(TokenAccess a) {
        SurfaceValidator v = requiring(a, "access", "is required");
        if (a.action() != null && (a.action() < 0 || a.action() > TokenAccess.ALL)) {
            v.fail("access.action", "must be a combination of READ, WRITE, CREATE, DELETE, CONTROL (0 to 31), got "
                    + a.action());
        }
        if (a.appFeature() != null && v.blank(a.appName())) {
            v.fail("access.app_feature", "needs access.app_name");
        }
        if (!a.command().isEmpty() && v.blank(a.machineId())) {
            v.fail("access.command", "needs access.machine_id");
        }
        if (a.machineFeature() != null && v.blank(a.machineId())) {
            v.fail("access.machine_feature", "needs access.machine_id");
        }
        if (a.orgFeature() != null && v.blank(a.orgSlug())) {
            v.fail("access.org_feature", "needs access.org_slug");
        }
        if (a.storageObject() != null && v.blank(a.orgSlug())) {
            v.fail("access.storage_object", "needs access.org_slug");
        }
        v.throwIfAny();
    }
}
