package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.LeaseLostException;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.support.ScriptedProxyTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lease refresh races, on the fake's manual clock with a scripted fault proxy in front of it:
 * the test moves time, the proxy holds exactly the requests named. (Nothing here retries: a
 * back-off on a manual clock would last until the test moved time.)
 */
class LeaseRacesTest extends ScriptedProxyTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    @Override
    protected FakeFly fake() {
        return fly.fake();
    }

    private MachineClient machine(String app) {
        fly.fake().createApp(app);
        Machine m = fly.client().app(app).machines().create(CreateMachineRequest.of(CONFIG));
        fly.fake().settle();
        return client.app(app).machines().withId(m.id());
    }

    @Test
    void aRefreshInFlightWhenCloseStartsIsAwaitedBeforeTheRelease() throws Exception {
        MachineClient m = machine("race-close");
        HeldLease lease = m.lease(Duration.ofSeconds(30));
        long before = proxy.requests();
        // the refresh reaches the fake only after a while: a release sent meanwhile would go first
        proxy.holdNext("POST /v1/apps/race-close/machines/[0-9a-f]+/lease", 300);
        fly.fake().clock().advance(Duration.ofSeconds(12));
        awaitRequests(before + 1);
        lease.close();
        assertTrue(leaseOnTheFake(m).isEmpty(), "the late refresh did not re-create the lease");
        fly.fake().clock().advance(Duration.ofMinutes(2));
        assertEquals(before + 2, proxy.requests(), "one refresh, one release, nothing after close");
    }

    @Test
    void aRefreshAfterExpiryThatIsGrantedANewLeaseMarksTheHandleLostAndReleasesIt() throws Exception {
        MachineClient m = machine("race-expiry");
        HeldLease lease = m.lease(Duration.ofSeconds(30));
        String held = lease.nonce();
        // the refresh timer fires only after the TTL has passed: the fake grants a fresh lease
        fly.fake().clock().advance(Duration.ofSeconds(45));
        LeaseLostException reason = lease.whenLost().get(10, TimeUnit.SECONDS);
        assertTrue(lease.isLost());
        assertTrue(reason.getMessage().contains("expired"), reason.getMessage());
        awaitNoLease(m);
        assertThrows(LeaseLostException.class, () -> lease.machine().cordon(), "work under a lost lease fails");
        lease.close(); // does not throw
        assertEquals(held, lease.nonce());
        assertFalse(lease.toString().contains(held));
    }

    private void awaitRequests(long n) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (proxy.requests() < n && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(n, proxy.requests());
    }

    private void awaitNoLease(MachineClient m) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (leaseOnTheFake(m).isPresent() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(leaseOnTheFake(m).isEmpty(), "the lease the late refresh was granted is released");
    }
}
