package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The fake's state: mutable entities guarded by their app's monitor, and immutable records. */
final class Model {
    private Model() {
    }

    /** Persistent states (anything else is transient). */
    static final Set<String> PERSISTENT = Set.of("created", "started", "stopped", "suspended", "failed", "destroyed");
    /** States that hold resources on a host (count against region capacity). */
    static final Set<String> ACTIVE = Set.of("starting", "started", "stopping", "restarting", "suspending",
            "replacing", "updating");
    /** The states {@code /wait} accepts. */
    static final Set<String> WAITABLE = Set.of("started", "stopped", "suspended", "destroyed", "failed", "settled");

    /** An app. */
    static final class App {
        final String id;
        final String name;
        final String org;
        final String network;
        final Instant createdAt;
        final Map<String, Machine> machines = new LinkedHashMap<>();
        final Map<String, Volume> volumes = new LinkedHashMap<>();
        final Map<String, Secret> secrets = new LinkedHashMap<>();
        long secretsVersion;
        boolean deleted;

        App(String id, String name, String org, String network, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.org = org;
            this.network = network;
            this.createdAt = createdAt;
        }
    }

    /** A machine. */
    static final class Machine {
        final String id;
        final String app;
        final App owner;
        final List<Waiter> waiters = new ArrayList<>();
        final Instant createdAt;
        final String privateIp;
        final List<Version> versions = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        String name;
        String region;
        volatile String state;
        ObjectNode config;
        String instanceId;
        Instant updatedAt;
        boolean cordoned;
        Lease lease;
        int restarts;
        long generation;

        Machine(String id, App owner, Instant createdAt, String privateIp) {
            this.id = id;
            this.app = owner.name;
            this.owner = owner;
            this.createdAt = createdAt;
            this.privateIp = privateIp;
        }

        String lastEventId() {
            return events.isEmpty() ? "" : events.get(events.size() - 1).id();
        }
    }

    /**
     * One config version.
     *
     * @param version the instance id
     * @param config the config
     */
    record Version(String version, ObjectNode config) {
    }

    /**
     * One machine event.
     *
     * @param id the ULID
     * @param type launch, start, stop, exit, update, restart, suspend, destroy
     * @param status the state it led to
     * @param source user or flyd
     * @param timestamp epoch milliseconds
     * @param request extra detail (the exit event), or null
     */
    record Event(String id, String type, String status, String source, long timestamp, JsonNode request) {
    }

    /**
     * A lease.
     *
     * @param nonce the nonce
     * @param expiresAt when it lapses
     * @param owner the owner
     * @param description the description
     * @param version the machine version it was taken on
     */
    record Lease(String nonce, Instant expiresAt, String owner, String description, String version) {
        @Override
        public String toString() {
            return "Lease[owner=" + owner + ", expiresAt=" + expiresAt + "]"; // the nonce is a credential
        }
    }

    /** A volume. */
    static final class Volume {
        final String id;
        final String name;
        final String region;
        final String zone;
        final Instant createdAt;
        final boolean encrypted;
        final String fstype;
        final List<Snapshot> snapshots = new ArrayList<>();
        int sizeGb;
        int snapshotRetention;
        boolean autoBackup;
        String state = "created";
        String attachedMachineId;
        String attachedAllocId;

        Volume(String id, String name, String region, String zone, Instant createdAt, boolean encrypted,
                String fstype) {
            this.id = id;
            this.name = name;
            this.region = region;
            this.zone = zone;
            this.createdAt = createdAt;
            this.encrypted = encrypted;
            this.fstype = fstype;
        }
    }

    /**
     * A volume snapshot.
     *
     * @param id the id
     * @param size the size in bytes
     * @param volumeSize the volume size in GB
     * @param createdAt when
     * @param retentionDays how long it is kept
     */
    record Snapshot(String id, long size, int volumeSize, Instant createdAt, int retentionDays) {
    }

    /**
     * An app secret.
     *
     * @param name the name
     * @param value the value (never logged)
     * @param digest its digest
     * @param createdAt created
     * @param updatedAt updated
     */
    record Secret(String name, String value, String digest, Instant createdAt, Instant updatedAt) {
        @Override
        public String toString() {
            return "Secret[" + name + "]";
        }
    }

    /**
     * A parked {@code /wait}.
     *
     * @param machine the machine
     * @param states the wanted states
     * @param fromEventId only transitions after this event count, or null
     * @param future completed with the answer
     */
    record Waiter(Machine machine, List<String> states, String fromEventId, CompletableFuture<FakeResponse> future) {
    }
}
