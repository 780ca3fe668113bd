package io.github.flymachines.testing.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.testing.FakeFlyExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Lease events (acquired, refreshed, released, lost) on the fake's manual clock; the nonce never
 * reaches a listener, though every leased mutation carries it.
 */
class LeaseEventsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();

    private static MachineClient machine(FlyMachines client, String app) {
        fly.fake().createApp(app);
        Machine m = client.app(app).machines().create(CreateMachineRequest.of(
                MachineConfig.builder().image("alpine:3").build()));
        fly.fake().settle();
        return client.app(app).machines().withId(m.id());
    }

    @Test
    void acquiredRefreshedReleasedAndNeverTheNonce() throws Exception {
        Recorder rec = new Recorder(Map.of());
        String nonce;
        try (FlyMachines client = fly.fake().clientBuilder().listener(rec).build()) {
            MachineClient m = machine(client, "obs-lease-a");
            try (HeldLease lease = m.lease(Duration.ofSeconds(30))) {
                nonce = lease.nonce();
                fly.clock().advance(Duration.ofSeconds(11)); // past the first refresh (about ttl/3)
                rec.await(e -> e instanceof LeaseEvent l && l.kind() == LeaseEvent.Kind.REFRESHED, 10_000);
                lease.machine().cordon();
            }
        }
        List<LeaseEvent.Kind> kinds = rec.of(LeaseEvent.class).stream().map(LeaseEvent::kind).toList();
        assertEquals(LeaseEvent.Kind.ACQUIRED, kinds.get(0));
        assertTrue(kinds.contains(LeaseEvent.Kind.REFRESHED), kinds.toString());
        assertEquals(LeaseEvent.Kind.RELEASED, kinds.get(kinds.size() - 1));
        assertTrue(rec.of(CallStart.class).stream().anyMatch(c -> c.operation().equals("MACHINES_CORDON") && c.leased()));
        String seen = rec.everything();
        assertFalse(seen.contains(nonce), seen);
    }

    @Test
    void aLeaseTakenByAnotherHolderIsReportedLost() throws Exception {
        Recorder rec = new Recorder(Map.of());
        try (FlyMachines client = fly.fake().clientBuilder().listener(rec).build();
                FlyMachines other = fly.fake().clientBuilder().build()) {
            MachineClient m = machine(client, "obs-lease-b");
            HeldLease lease = m.lease(Duration.ofSeconds(30));
            String nonce = lease.nonce();
            // behind the holder's back: released, then taken by someone else
            other.app(m.app()).machines().withId(m.id()).leases().release(nonce);
            other.app(m.app()).machines().withId(m.id()).leases().acquire(Duration.ofSeconds(60), "thief");
            fly.clock().advance(Duration.ofSeconds(11)); // the next refresh finds it gone
            lease.whenLost().get(10, TimeUnit.SECONDS);
            rec.await(e -> e instanceof LeaseEvent l && l.kind() == LeaseEvent.Kind.LOST, 10_000);
            lease.close();
            List<LeaseEvent.Kind> kinds = rec.of(LeaseEvent.class).stream().map(LeaseEvent::kind).toList();
            assertEquals(List.of(LeaseEvent.Kind.ACQUIRED, LeaseEvent.Kind.LOST), kinds);
            assertFalse(rec.everything().contains(nonce));
        }
    }
}
