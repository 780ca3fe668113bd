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

/** Machine leases: get (with the nonce, as the live API), acquire, refresh, release, and the guard on mutations. Guarded by the app's lock ({@code synchronized (app)}). */
final class LeasesResource extends FakePart {
    LeasesResource(FakeState s) {
        super(s);
    }
    static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(30);

    Model.Lease activeLease(Model.Machine m) {
        if (m.lease != null && !m.lease.expiresAt().isAfter(clock.instant())) {
            m.lease = null;
        }
        return m.lease;
    }

    FakeResponse leaseGuard(FakeRequest r, Model.Machine m) {
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

    FakeResponse leaseConflict(Model.Machine m, Model.Lease l) {
        ObjectNode o = FakeJson.obj();
        o.put("status", "error");
        o.put("message", "machine ID " + m.id + " lease currently held by " + l.owner() + ", expires at "
                + l.expiresAt());
        o.put("code", "invalid");
        return FakeResponse.json(409, o);
    }

    static FakeResponse leaseJson(int status, Model.Lease l) {
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

    FakeResponse getLease(Model.Machine m) {
        Model.Lease l = activeLease(m);
        if (l == null) {
            return FakeResponse.error(404, "lease not found");
        }
        // the live API shows the nonce to any reader with the token (fly machine leases clear relies on it)
        return leaseJson(200, l);
    }

    FakeResponse acquireLease(FakeRequest r, Model.Machine m) {
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
        String description = FakeUtil.text(b, "description");
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
        m.lease = new Model.Lease(ids.nonce(), clock.instant().plus(ttl), FakeEngine.LEASE_OWNER, description, m.instanceId);
        return leaseJson(201, m.lease);
    }

    FakeResponse releaseLease(FakeRequest r, Model.Machine m) {
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

}
