package io.github.flymachines.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.LeaseConflictException;
import io.github.flymachines.support.ManualTime;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeldLeaseTest extends WireTest {
    final ManualTime time = new ManualTime();
    MachineClient machine;

    @Override
    protected FlyMachines client() {
        return api.clientBuilder().clock(time.clock()).sleeper(time).build();
    }

    static ResponseDefinitionBuilder granted(String nonce) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"nonce\":\"" + nonce + "\",\"expires_at\":1767225630,"
                        + "\"owner\":\"me\",\"version\":\"v1\"}}");
    }

    @BeforeEach
    void setUp() {
        machine = fly.app("my-app").machines().withId("3d8d413b29d089");
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce", absent())
                .willReturn(granted("secret-nonce-1")));
        wm.stubFor(delete(urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/stop")).willReturn(aResponse().withStatus(200)));
    }

    private int refreshes() {
        return wm.findAll(postRequestedFor(urlPathEqualTo(M + "/lease"))
                .withHeader("fly-machine-lease-nonce", equalTo("secret-nonce-1"))).size();
    }

    @Test
    void refreshesAtAboutAThirdOfTheTtlWithTheNonceUntilClosed() {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce", equalTo("secret-nonce-1"))
                .willReturn(granted("secret-nonce-1")));
        HeldLease lease = machine.lease(Duration.ofSeconds(30));
        assertEquals(1, time.pendingCount(), "one refresh scheduled, no thread held");
        Duration first = time.sleeps().get(0);
        assertTrue(first.compareTo(Duration.ofSeconds(9)) >= 0 && first.compareTo(Duration.ofSeconds(11)) <= 0,
                first.toString());
        time.advance(Duration.ofSeconds(11));
        awaitRefreshes(1);
        awaitPendingSleep(); // the next refresh is scheduled once the first one's answer is handled
        time.advance(Duration.ofSeconds(11));
        awaitRefreshes(2);
        awaitPendingSleep();

        lease.machine().stop();
        wm.verify(postRequestedFor(urlEqualTo(M + "/stop")).withHeader("fly-machine-lease-nonce",
                equalTo("secret-nonce-1")));

        lease.close();
        wm.verify(deleteRequestedFor(urlEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce",
                equalTo("secret-nonce-1")));
        time.advance(Duration.ofMinutes(5));
        assertEquals(2, refreshes(), "no refresh after close");
        // and the client forgot the nonce
        machine.stop();
        wm.verify(1, postRequestedFor(urlEqualTo(M + "/stop")).withHeader("fly-machine-lease-nonce", absent()));
        assertFalse(lease.toString().contains("secret-nonce-1"), lease.toString());
    }

    @Test
    void aLostLeaseStopsRefreshingAndIsReported() throws Exception {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce", equalTo("secret-nonce-1"))
                .willReturn(Stubs.error(409, "{\"status\":\"error\",\"message\":\"machine ID 3d8d413b29d089 lease "
                        + "currently held by someone@else, expires at 2026-01-01T00:01:00Z\",\"code\":\"invalid\"}")));
        HeldLease lease = machine.lease(Duration.ofSeconds(30));
        time.advance(Duration.ofSeconds(11));
        var reason = lease.whenLost().get(10, TimeUnit.SECONDS);
        assertTrue(lease.isLost());
        assertTrue(reason.getCause() instanceof LeaseConflictException, String.valueOf(reason.getCause()));
        time.advance(Duration.ofMinutes(5));
        assertEquals(1, refreshes());
        lease.close();
        wm.verify(0, deleteRequestedFor(urlEqualTo(M + "/lease")));
    }

    @Test
    void releasingALeaseThatIsAlreadyGoneCountsAsReleased() {
        wm.stubFor(delete(urlEqualTo(M + "/lease")).willReturn(Stubs.error(404, "{\"error\":\"lease not found\"}")));
        HeldLease lease = machine.lease(Duration.ofSeconds(30));
        lease.close();
        lease.close();
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "/lease")));
    }

    @Test
    void closingTheClientReleasesHeldLeases() {
        machine.lease(Duration.ofSeconds(30));
        fly.close();
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce",
                equalTo("secret-nonce-1")));
    }

    @Test
    void someoneElseHoldingTheLeaseIsALeaseConflict() {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(Stubs.error(409, "{\"status\":\"error\",\"message\":"
                + "\"machine ID 3d8d413b29d089 lease currently held by a@b, expires at x\",\"code\":\"invalid\"}")));
        assertThrows(LeaseConflictException.class, () -> machine.lease(Duration.ofSeconds(30)));
    }

    private void awaitPendingSleep() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (time.pendingCount() == 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(1, time.pendingCount());
    }

    private void awaitRefreshes(int n) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (refreshes() < n && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(n, refreshes());
    }
}
