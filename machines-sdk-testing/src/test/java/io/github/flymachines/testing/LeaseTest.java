package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.LeaseConflictException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Lease;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.support.SpecAudit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Leases: nonce, 409 with the real message, guarded mutations, TTL expiry on the fake clock, release. */
class LeaseTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    /** Someone else: a second client, which does not know the leases the first one holds. */
    static FlyMachines other;

    @org.junit.jupiter.api.BeforeAll
    static void otherClient() {
        other = fly.fake().clientBuilder().build();
    }

    @org.junit.jupiter.api.AfterAll
    static void closeOther() {
        other.close();
    }

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    private static MachineClient asOther(MachineClient m) {
        return other.app(m.app()).machines().withId(m.id());
    }

    private MachineClient startedMachine(String app) {
        fly.fake().createApp(app);
        Machine m = fly.client().app(app).machines().create(CreateMachineRequest.of(CONFIG));
        fly.fake().settle();
        return fly.client().app(app).machines().withId(m.id());
    }

    @Test
    void leaseGuardsMutationsUntilReleasedOrExpired() {
        MachineClient m = startedMachine("lease-a");
        Lease lease = m.leases().acquire(Duration.ofSeconds(30), "deploy");
        assertNotNull(lease.nonce());
        assertEquals(fly.clock().instant().getEpochSecond() + 30, lease.expiresAt().getEpochSecond());
        assertEquals(m.get().instanceId(), lease.version());

        LeaseConflictException taken = assertThrows(LeaseConflictException.class,
                () -> asOther(m).leases().acquire(Duration.ofSeconds(30), "someone else"));
        assertTrue(taken.getMessage().contains("lease currently held by " + "fake-user@example.com"),
                taken.getMessage());
        assertEquals(409, taken.httpStatus());

        LeaseConflictException noNonce = assertThrows(LeaseConflictException.class, () -> asOther(m).cordon());
        assertTrue(noNonce.getMessage().contains("aborted: machine ID " + m.id()), noNonce.getMessage());

        // with the nonce (sent by the holder's client, or given explicitly) the mutation goes through
        asOther(m).withLeaseNonce(lease.nonce()).cordon();
        assertTrue(m.get().cordoned());
        m.uncordon();

        // refresh with the nonce keeps the same nonce
        Lease refreshed = m.leases().refresh(lease.nonce(), Duration.ofSeconds(60));
        assertEquals(lease.nonce(), refreshed.nonce());

        m.leases().release(lease.nonce());
        assertTrue(m.leases().get().isEmpty());
        asOther(m).stop(); // free for everyone again
        fly.fake().settle();
    }

    @Test
    void leaseExpiresOnTheFakeClock() {
        MachineClient m = startedMachine("lease-b");
        m.leases().acquire(Duration.ofSeconds(10), null);
        assertThrows(LeaseConflictException.class, () -> asOther(m).stop());
        fly.clock().advance(Duration.ofSeconds(9));
        assertTrue(m.leases().get().isPresent());
        fly.clock().advance(Duration.ofSeconds(1));
        assertTrue(m.leases().get().isEmpty());
        asOther(m).stop();
        fly.fake().settle();
        assertEquals("stopped", fly.fake().machineState("lease-b", m.id()));
    }

    @Test
    void createWithLeaseTtlReturnsTheNonce() {
        fly.fake().createApp("lease-c");
        Machine created = fly.client().app("lease-c").machines()
                .create(CreateMachineRequest.of(CONFIG).withLeaseTtl(Duration.ofSeconds(60)));
        assertNotNull(created.nonce());
        MachineClient m = fly.client().app("lease-c").machines().withId(created.id());
        fly.fake().settle();
        assertThrows(LeaseConflictException.class, () -> asOther(m).stop());
        asOther(m).withLeaseNonce(created.nonce()).stop();
        fly.fake().settle();
        assertEquals("stopped", fly.fake().machineState("lease-c", created.id()));
    }
}
