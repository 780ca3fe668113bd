package io.github.flymachines.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.FlyIoException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.PreconditionFailedException;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.lifecycle.ScaleOutRequest;
import io.github.flymachines.lifecycle.ScaleOutResult;
import io.github.flymachines.lifecycle.ScaleToResult;
import io.github.flymachines.lifecycle.UpdateResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Lease;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.testing.support.ScriptedProxyTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The races the API leaves to the caller, and updates and fleets after lost answers, on the fake
 * with auto-advance (its timeline orders every step) and a scripted fault proxy.
 */
class LifecycleRacesTest extends ScriptedProxyTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();
    static final Duration WAIT = Duration.ofMinutes(2);

    @Override
    protected FakeFly fake() {
        return fly.fake();
    }

    @AfterEach
    void resetStubs() {
        fly.fake().resetStubs();
    }

    private MachineClient started(String app) {
        fly.fake().createApp(app);
        Machine m = client.app(app).machines().run(CreateMachineRequest.of(CONFIG));
        return client.app(app).machines().withId(m.id());
    }

    @Test
    void anAcquireWhoseAnswerWasLostAdoptsTheLeaseByItsTag() {
        MachineClient m = started("race-adopt");
        proxy.resetNext("POST /v1/apps/race-adopt/machines/[0-9a-f]+/lease");
        try (HeldLease lease = m.lease(Duration.ofSeconds(30), "deploy")) {
            Lease onFake = leaseOnTheFake(m).orElseThrow();
            assertEquals(onFake.nonce(), lease.nonce(), "the lease the lost answer granted is the one adopted");
            assertTrue(onFake.description().startsWith("deploy [sdk-lease:"), onFake.description());
            lease.machine().cordon(); // the adopted nonce works
        }
        assertTrue(leaseOnTheFake(m).isEmpty(), "released on close");
        assertEquals(1, proxy.resets());
    }

    @Test
    void anAcquireThatFailsForGoodAfterAGrantReleasesTheLease() {
        MachineClient m = started("race-orphan");
        try (FlyMachines once = fly.fake().clientBuilder().baseUrl(proxy.baseUrl()).retry(RetryPolicy.none())
                .build()) {
            proxy.resetNext("POST /v1/apps/race-orphan/machines/[0-9a-f]+/lease");
            MachineClient m1 = once.app(m.app()).machines().withId(m.id());
            assertThrows(FlyIoException.class, () -> m1.lease(Duration.ofSeconds(30)));
        }
        assertTrue(leaseOnTheFake(m).isEmpty(), "no orphan lease: the granted one was found by its tag and released");
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsRecognisedAsAppliedByTheEarlierAttempt() {
        MachineClient m = started("race-update");
        proxy.resetNext("POST /v1/apps/race-update/machines/[0-9a-f]+");
        UpdateResult r = m.update(c -> c.withEnv(Map.of("A", "1")));
        assertTrue(r.applied());
        assertTrue(r.appliedByEarlierAttempt(), "the retry's 412 was resolved by re-reading the machine");
        assertEquals("1", m.get().config().env().get("A"));
        assertEquals(1, proxy.resets());
        assertTrue(m.leases().get().isEmpty(), "the update's lease is released");
    }

    @Test
    void aLostUpdateAnswerIsResolvedAlthoughTheServerFilledInTheGuest() {
        MachineClient m = started("race-defaults");
        // a whole config built from scratch: no guest, which the server fills in with its default
        MachineConfig sent = CONFIG.withEnv(Map.of("C", "3"));
        assertEquals(null, sent.guest());
        String before = m.get().currentVersion();
        proxy.resetNext("POST /v1/apps/race-defaults/machines/[0-9a-f]+");
        Machine after = m.update(UpdateMachineRequest.builder().config(sent).currentVersion(before).build());
        assertEquals("3", after.config().env().get("C"));
        assertNotEquals(null, after.config().guest(), "the answer carries the server's default guest");
        assertEquals(1, proxy.resets(), "the first answer was lost and the retry's refusal resolved by a re-read");
    }

    @Test
    void anUpdateInsideAHeldLeaseUsesItsNonce() {
        MachineClient m = started("race-held");
        int acquiresBefore = leaseAcquires();
        try (HeldLease lease = m.lease(Duration.ofSeconds(60))) {
            UpdateResult r = lease.machine().update(c -> c.withEnv(Map.of("B", "2")));
            assertTrue(r.applied());
            UpdateResult again = m.update(c -> c.withEnv(Map.of("B", "3"))); // the client knows the lease too
            assertTrue(again.applied());
            assertFalse(lease.isLost());
        }
        assertEquals(acquiresBefore + 1, leaseAcquires(), "no second acquire, no conflict with ourselves");
        assertEquals("3", m.get().config().env().get("B"));
    }

    private static int leaseAcquires() {
        return fly.fake().wireMock().findAll(postRequestedFor(urlPathMatching("/v1/apps/.*/lease"))
                .withHeader("fly-machine-lease-nonce", absent())).size();
    }

    @Test
    void startAndWaitRightAfterAStopWaitsForStoppedThenStarts() {
        MachineClient m = started("race-start");
        m.stop(); // returns while the machine is still stopping
        assertThrows(PreconditionFailedException.class, m::start, "the plain call keeps its typed 412");
        assertEquals(MachineState.STARTED, m.startAndWait(WAIT).state());
    }

    @Test
    void startAndWaitRetriesTheLiveApisStillActiveRefusal() {
        MachineClient m = started("race-active");
        m.stopAndWait(WAIT);
        fly.fake().failNext(RequestMethod.POST, urlPathMatching("/v1/apps/race-active/machines/[0-9a-f]+/start"),
                aResponse().withStatus(412).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"failed_precondition: machine still active, refusing to start\"}"));
        assertEquals(MachineState.STARTED, m.startAndWait(WAIT).state());
        fly.fake().wireMock().verify(2, postRequestedFor(urlPathEqualTo("/v1/apps/race-active/machines/" + m.id()
                + "/start")));
    }

    @Test
    void destroyAndWaitStopsARunningMachineFirstAndNeverForces() {
        MachineClient m = started("race-destroy");
        assertEquals(MachineState.DESTROYED, m.destroyAndWait(WAIT).state());
        MachineClient n = started("race-destroy");
        n.stop(); // still stopping when the destroy arrives: 412 "not currently stopped"
        assertEquals(MachineState.DESTROYED, n.destroyAndWait(WAIT).state());
        fly.fake().wireMock().verify(0, deleteRequestedFor(urlPathMatching("/v1/apps/race-destroy/machines/.*"))
                .withQueryParam("force", com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
    }

    @Test
    void scaleOutFallsBackPerMachineAndKeepsWhatStarted() {
        fly.fake().createApp("race-fleet");
        fly.fake().setCapacity("ams", 1);
        try {
            ScaleOutResult r = client.app("race-fleet").machines().scaleOut(ScaleOutRequest.of(
                    CreateMachineRequest.of(CONFIG), 4, "ams", "iad").withConcurrency(1));
            // machines 0 and 2 ask for ams first: only one fits, the other falls back to iad on its own
            assertTrue(r.complete(), String.valueOf(r.failures()));
            assertEquals(4, r.outcomes().size());
            assertEquals(1, r.started().stream().filter(x -> x.region().equals("ams")).count());
            assertEquals(3, r.started().stream().filter(x -> x.region().equals("iad")).count());
        } finally {
            fly.fake().clearCapacity("ams");
        }
    }

    @Test
    void scaleOutRefusesRegionsNamedTwice() {
        fly.fake().createApp("race-regions");
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> client.app("race-regions")
                .machines().scaleOut(ScaleOutRequest.of(CreateMachineRequest.of(CONFIG)
                        .withFallbackRegions(List.of("iad")), 2, "ams", "iad")));
        assertTrue(e.getMessage().contains("regions"), e.getMessage());
    }

    @Test
    void scaleToAfterAFaultConvergesAndNeverOvershoots() {
        fly.fake().createApp("race-scale");
        Map<String, String> group = Map.of("group", "web");
        CreateMachineRequest template = CreateMachineRequest.of(CONFIG);
        // first try without retries: a create is applied but its answer lost, the call reports a failure
        try (FlyMachines once = fly.fake().clientBuilder().baseUrl(proxy.baseUrl()).retry(RetryPolicy.none())
                .build()) {
            proxy.resetNext("POST /v1/apps/race-scale/machines");
            ScaleToResult first = once.app("race-scale").machines().scaleTo(3, group, template);
            assertFalse(first.complete());
        }
        MachinesClient machines = client.app("race-scale").machines();
        ScaleToResult again = machines.scaleTo(3, group, template);
        assertTrue(again.complete(), String.valueOf(again.failures()));
        assertEquals(3, again.machines().size());
        assertEquals(List.of(), again.created(), "the machine the lost answer created counts");
        assertEquals(3, alive("race-scale"));
        ScaleToResult same = machines.scaleTo(3, group, template);
        assertEquals(List.of(), same.created());
        assertEquals(List.of(), same.destroyed());
        ScaleToResult down = machines.scaleTo(1, group, template);
        assertEquals(2, down.destroyed().size());
        assertEquals(1, alive("race-scale"));
        assertEquals(again.machines().get(0).id(), down.machines().get(0).id(), "the oldest is kept");
        machines.scaleTo(0, group, template);
        assertEquals(0, alive("race-scale"));
    }

    private long alive(String app) {
        return fly.fake().machineIds(app).stream().filter(id -> {
            String s = fly.fake().machineState(app, id);
            return !s.equals("destroyed") && !s.equals("destroying");
        }).count();
    }

    @Test
    void waitingOnAStoppedMachineThatStartsIsNotNeeded() {
        MachineClient m = started("race-wait");
        m.stopAndWait(WAIT);
        assertEquals(MachineState.STOPPED, m.waitFor(List.of(WaitState.STOPPED, WaitState.SUSPENDED), WAIT).state());
    }
}
