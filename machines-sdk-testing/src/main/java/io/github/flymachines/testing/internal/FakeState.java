package io.github.flymachines.testing.internal;

import io.github.flymachines.testing.FakeClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake's resources share: settings, clock, ids, the apps, and each resource. The app map
 * has its own lock (creation and removal); everything inside one app is guarded by that app's
 * monitor, so requests for different apps never wait for each other.
 */
final class FakeState {
    final FakeEngine.Settings settings;
    final FakeClock clock;
    final Ids ids;
    final RateLimits limits;
    private final Map<String, Model.App> apps = new LinkedHashMap<>();

    final Capacity capacity;
    final Lifecycle lifecycle;
    final AppsResource appsApi;
    final MachinesResource machines;
    final MachineActions actions;
    final MetadataResource metadata;
    final LeasesResource leases;
    final WaitsResource waits;
    final VolumesResource volumes;
    final SecretsResource secrets;
    final PlatformResource platform;
    // the resources that answered 501 before (fakeops): each has its own state and lock
    final FakeOrgLists orgLists = new FakeOrgLists();
    volatile FakeSecretKeys secretKeys;
    volatile FakeIps ips;
    volatile FakeCertificates certificates;
    volatile FakeTokens tokens;
    volatile FakeMemory memory;

    FakeState(FakeEngine.Settings settings) {
        this.settings = settings;
        this.clock = settings.clock();
        this.ids = new Ids(settings.seed());
        this.limits = new RateLimits(clock);
        this.capacity = new Capacity(this);
        this.lifecycle = new Lifecycle(this);
        this.appsApi = new AppsResource(this);
        this.machines = new MachinesResource(this);
        this.actions = new MachineActions(this);
        this.metadata = new MetadataResource(this);
        this.leases = new LeasesResource(this);
        this.waits = new WaitsResource(this);
        this.volumes = new VolumesResource(this);
        this.secrets = new SecretsResource(this);
        this.platform = new PlatformResource(this);
        resetOthers();
    }

    /** (Re)creates the secret keys, IPs, certificates, tokens and memory resources (reset). */
    void resetOthers() {
        this.secretKeys = new FakeSecretKeys(settings.seed());
        this.ips = new FakeIps();
        this.certificates = new FakeCertificates(ips);
        this.tokens = new FakeTokens(settings.token(), settings.org(), settings.seed());
        this.memory = new FakeMemory();
    }

    /**
     * Runs an org-wide read (lists, placements, tokens) with every app's lock held, taken in
     * creation order (so two such reads cannot deadlock; per-app work never takes a second app's lock).
     */
    FakeResponse withAllApps(java.util.function.Function<List<Model.App>, FakeResponse> read) {
        List<Model.App> all = apps();
        return lockFrom(all, 0, read);
    }

    private static FakeResponse lockFrom(List<Model.App> all, int i,
            java.util.function.Function<List<Model.App>, FakeResponse> read) {
        if (i == all.size()) {
            return read.apply(all);
        }
        synchronized (all.get(i)) {
            return lockFrom(all, i + 1, read);
        }
    }

    /** @return the app, or null */
    Model.App app(String name) {
        synchronized (apps) {
            return apps.get(name);
        }
    }

    /** Adds an app unless one has the name; returns the app under that name. */
    Model.App putIfAbsent(Model.App a) {
        synchronized (apps) {
            Model.App old = apps.putIfAbsent(a.name, a);
            return old == null ? a : old;
        }
    }

    /** Removes an app. */
    void remove(String name) {
        synchronized (apps) {
            apps.remove(name);
        }
    }

    /** @return a snapshot of the apps, in creation order */
    List<Model.App> apps() {
        synchronized (apps) {
            return new ArrayList<>(apps.values());
        }
    }

    /** Forgets every app (reset). */
    void clear() {
        synchronized (apps) {
            apps.clear();
        }
    }
}
