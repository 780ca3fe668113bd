package io.github.flymachines.testing.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.Adoption;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.observe.RetryReason;
import io.github.flymachines.testing.FakeFlyExtension;
import io.github.flymachines.testing.support.FaultProxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adopted path of the adoption event: the fake applies a create (or a lease acquire) but the
 * scripted fault proxy resets the answer; the SDK finds the resource and adopts it, and the
 * listener hears which, with the call ending in success after one ambiguous attempt.
 */
class AdoptionEventsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));
    static final String ENV_SECRET = "adopt-env-s3cret";

    FaultProxy proxy;

    @BeforeEach
    void proxy() throws Exception {
        proxy = FaultProxy.scripted(fly.fake().baseUrl());
    }

    @AfterEach
    void close() throws Exception {
        proxy.close();
    }

    private static MachineConfig config() {
        return MachineConfig.builder().image("alpine:3").env(Map.of("SECRET", ENV_SECRET)).build();
    }

    @Test
    void aCreateWhoseAnswerWasLostReportsTheAdoptedMachine() {
        fly.fake().createApp("adopt-ev");
        Recorder rec = new Recorder(Map.of());
        proxy.resetNext("POST /v1/apps/adopt-ev/machines");
        Machine m;
        try (FlyMachines client = fly.fake().clientBuilder().baseUrl(proxy.baseUrl()).listener(rec).build()) {
            m = client.app("adopt-ev").machines().create(CreateMachineRequest.of(config()));
        }
        assertEquals(1, proxy.resets());
        assertEquals(1, fly.fake().client().app("adopt-ev").machines().list().size(), "adopted, not created twice");

        List<Adoption> adoptions = rec.of(Adoption.class);
        assertEquals(1, adoptions.size(), adoptions.toString());
        Adoption a = adoptions.get(0);
        assertTrue(a.adopted());
        assertEquals(m.id(), a.resourceId());
        assertEquals(2, a.attempt(), "the look-up precedes attempt 2, which adoption made unnecessary");
        assertEquals("MACHINES_CREATE", a.call().operation());
        assertEquals("adopt-ev", a.call().app());

        AttemptEnd lost = rec.of(AttemptEnd.class).stream().filter(e -> e.call() == a.call()).findFirst().orElseThrow();
        assertEquals(RetryReason.AMBIGUOUS, lost.retryReason());
        CallEnd end = rec.of(CallEnd.class).stream().filter(e -> e.call() == a.call()).findFirst().orElseThrow();
        assertEquals(Outcome.SUCCESS, end.outcome());
        String seen = rec.everything();
        assertFalse(seen.contains(ENV_SECRET), seen);
        assertFalse(seen.contains(fly.fake().token()), seen);
    }

    @Test
    void anAcquireWhoseAnswerWasLostReportsTheAdoptionThenTheAcquiredLease() {
        fly.fake().createApp("adopt-lease");
        Machine created = fly.fake().client().app("adopt-lease").machines().run(CreateMachineRequest.of(config()));
        Recorder rec = new Recorder(Map.of());
        proxy.resetNext("POST /v1/apps/adopt-lease/machines/[0-9a-f]+/lease");
        String nonce;
        try (FlyMachines client = fly.fake().clientBuilder().baseUrl(proxy.baseUrl()).listener(rec).build()) {
            try (HeldLease lease = client.app("adopt-lease").machines().withId(created.id())
                    .lease(Duration.ofSeconds(30), "deploy")) {
                nonce = lease.nonce();
            }
        }
        assertEquals(1, proxy.resets());

        List<Adoption> adoptions = rec.of(Adoption.class);
        assertEquals(1, adoptions.size(), adoptions.toString());
        Adoption a = adoptions.get(0);
        assertTrue(a.adopted());
        assertEquals("MACHINES_CREATE_LEASE", a.call().operation());
        assertEquals(created.id(), a.call().machineId());
        assertNull(a.resourceId(), "a lease has no id to report but its nonce, which listeners never see");
        CallEnd end = rec.of(CallEnd.class).stream().filter(e -> e.call() == a.call()).findFirst().orElseThrow();
        assertEquals(Outcome.SUCCESS, end.outcome());

        // the adopted lease is then reported like any acquired lease, and released
        List<Object> all = rec.all();
        LeaseEvent acquired = rec.of(LeaseEvent.class).get(0);
        assertEquals(LeaseEvent.Kind.ACQUIRED, acquired.kind());
        assertEquals(created.id(), acquired.machineId());
        assertTrue(all.indexOf(a) < all.indexOf(acquired), "adoption before the acquired event");
        assertEquals(LeaseEvent.Kind.RELEASED, rec.of(LeaseEvent.class).get(rec.of(LeaseEvent.class).size() - 1).kind());
        String seen = rec.everything();
        assertFalse(seen.contains(nonce), "no nonce in any event");
    }
}
