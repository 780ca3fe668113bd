package io.github.flymachines.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.MachineFailedException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.WaitTimeoutException;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WaiterTest extends WireTest {
    static final String WAIT = M + "/wait";

    MachineClient machine;

    @BeforeEach
    void setUp() {
        machine = fly.app("my-app").machines().withId("3d8d413b29d089");
    }

    private List<LoggedRequest> waits() {
        return wm.findAll(getRequestedFor(urlPathEqualTo(WAIT)));
    }

    @Test
    void aWaitThatResolvesWithinAPollCostsOneRequest() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.waitOk("started")));
        WaitOutcome o = machine.waitFor(WaitState.STARTED, Duration.ofMinutes(5));
        assertEquals(MachineState.STARTED, o.state());
        assertEquals(1, o.polls());
        assertEquals(1, waits().size());
        // the first poll asks for the server maximum and also for failed, to wake up early
        String url = waits().get(0).getUrl();
        assertTrue(url.contains("timeout=60") && url.contains("state=started") && url.contains("state=failed"), url);
    }

    @Test
    void a408MeansKeepWaitingAndTheLastPollIsShortened() {
        Stubs.sequence(wm, () -> get(urlPathEqualTo(WAIT)), Stubs.wait408("started", "starting"),
                Stubs.wait408("started", "starting"), Stubs.waitOk("started"));
        WaitOutcome o = machine.waitFor(WaitState.STARTED, Duration.ofSeconds(90));
        assertEquals(MachineState.STARTED, o.state());
        assertEquals(3, o.polls());
        assertEquals(3, waits().size());
        // pauses between polls went through the sleeper (virtual time), each between 250 ms and 2 s
        List<Duration> sleeps = api.time().sleeps();
        assertEquals(2, sleeps.size());
        sleeps.forEach(d -> assertTrue(d.compareTo(Duration.ofMillis(250)) >= 0 && d.compareTo(Duration.ofSeconds(2)) <= 0,
                d.toString()));
        assertTrue(waits().get(0).getUrl().contains("timeout=60"));
    }

    @Test
    void theDeadlineGivesATypedTimeoutWithTheLastStateSeen() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.wait408("started", "stopped")));
        WaitTimeoutException e = assertThrows(WaitTimeoutException.class,
                () -> machine.waitFor(WaitState.STARTED, Duration.ofSeconds(10)));
        assertEquals(MachineState.STOPPED, e.lastState().orElseThrow());
        assertTrue(e.waited().compareTo(Duration.ofSeconds(10)) >= 0, e.waited().toString());
        assertEquals("3d8d413b29d089", e.machineId());
        // virtual time moved only through the pauses, so several polls happened, each asking <= 10 s
        assertTrue(waits().size() >= 2);
        waits().forEach(r -> assertTrue(r.getUrl().contains("timeout=10") || r.getUrl().matches(".*timeout=[1-9]&.*"),
                r.getUrl()));
    }

    @Test
    void notFoundWhileWaitingForDestroyedIsSuccess() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.error(404, "{\"error\":\"machine not found\"}")));
        WaitOutcome o = machine.waitFor(WaitState.DESTROYED, Duration.ofMinutes(1));
        assertEquals(MachineState.DESTROYED, o.state());
    }

    @Test
    void notFoundOtherwiseIsFinal() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.error(404, "{\"error\":\"machine not found\"}")));
        assertThrows(NotFoundException.class, () -> machine.waitFor(WaitState.STARTED, Duration.ofMinutes(1)));
        assertEquals(1, waits().size());
    }

    @Test
    void badRequestIsFinal() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.error(400, "{\"error\":\"invalid state\"}")));
        assertThrows(BadRequestException.class, () -> machine.waitFor(WaitState.STOPPED, Duration.ofMinutes(1)));
        assertEquals(1, waits().size());
    }

    @Test
    void failedWhileWaitingForStartedIsATypedFailure() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.waitOk("failed")));
        MachineFailedException e = assertThrows(MachineFailedException.class,
                () -> machine.waitFor(WaitState.STARTED, Duration.ofMinutes(1)));
        assertEquals(MachineState.FAILED, e.reached());
    }

    @Test
    void settledIsFollowedByAGetToLearnTheState() {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(okJson("{\"ok\":true}")));
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "stopped"))));
        WaitOutcome o = machine.waitFor(WaitState.SETTLED, Duration.ofMinutes(1));
        assertEquals(MachineState.STOPPED, o.state());
        assertTrue(waits().get(0).getUrl().contains("state=settled"));
        wm.verify(1, getRequestedFor(urlEqualTo(M)));
    }

    @Test
    void waitingOnAVersionThatWasReplacedMovesToTheNewVersion() {
        Stubs.sequence(wm, () -> get(urlPathEqualTo(WAIT)),
                Stubs.error(400, "{\"error\":\"machine version old, currently replaced\"}"), Stubs.waitOk("started"));
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "starting"))));
        WaitOutcome o = machine.waitForAsync(List.of(WaitState.STARTED), Duration.ofMinutes(1), "01OLDVERSION0000000000000")
                .join();
        assertEquals(MachineState.STARTED, o.state());
        assertTrue(waits().get(0).getUrl().contains("version=01OLDVERSION0000000000000"));
        assertTrue(waits().get(1).getUrl().contains("version=01HZX6Q1J5B0Y3W2ZK3W9G8F7E"), waits().get(1).getUrl());
    }

    @Test
    void cancellingStopsPollingAndAbortsTheRequestInFlight() throws Exception {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.wait408("started", "starting").withFixedDelay(1500)));
        CompletableFuture<WaitOutcome> f = machine.waitForAsync(WaitState.STARTED, Duration.ofMinutes(10));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (waits().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, waits().size(), "the first poll is in flight");
        f.cancel(true);
        assertTrue(f.isCancelled());
        // the delayed 408 would have led to a second poll; give it ample time to (not) happen
        Thread.sleep(2500);
        assertEquals(1, waits().size(), "no request after cancel");
    }

    @Test
    void orTimeoutOnTheFutureAlsoStopsPolling() throws Exception {
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.wait408("started", "starting").withFixedDelay(1000)));
        CompletableFuture<WaitOutcome> f = machine.waitForAsync(WaitState.STARTED, Duration.ofMinutes(10));
        CompletableFuture<WaitOutcome> limited = f.orTimeout(200, TimeUnit.MILLISECONDS);
        Throwable t = assertThrows(java.util.concurrent.ExecutionException.class, () -> limited.get(10, TimeUnit.SECONDS))
                .getCause();
        assertInstanceOf(java.util.concurrent.TimeoutException.class, t);
        Thread.sleep(2000);
        assertEquals(1, waits().size(), "no poll after orTimeout");
    }

    @Test
    void waitsForManyMachinesWithOneFuture() {
        for (String id : List.of("a1", "a2", "a3")) {
            wm.stubFor(get(urlPathEqualTo("/v1/apps/my-app/machines/" + id + "/wait")).willReturn(Stubs.waitOk("started")));
        }
        List<WaitOutcome> all = fly.app("my-app").machines().waitForAll(List.of("a1", "a2", "a3"), WaitState.STARTED,
                Duration.ofMinutes(1));
        assertEquals(List.of("a1", "a2", "a3"), all.stream().map(WaitOutcome::machineId).toList());
    }

    @Test
    void startAndWaitReportsTheTransition() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(M + "/start"))
                .willReturn(okJson("{\"previous_state\":\"stopped\"}")));
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.waitOk("started")));
        Transition t = machine.startAndWait(Duration.ofSeconds(30));
        assertEquals(MachineState.STARTED, t.state());
        assertEquals("start", t.action());
        assertTrue(t.toString().startsWith("started in "), t.toString());
    }

    @Test
    void aGracefulDestroySendsNoForceAndWaitsForDestroyed() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo(M))
                .willReturn(okJson("{\"ok\":true}")));
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.waitOk("destroyed")));
        Transition t = machine.destroyAndWait(false, Duration.ofSeconds(30));
        assertEquals(MachineState.DESTROYED, t.state());
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo(M))
                .withQueryParam("force", com.github.tomakehurst.wiremock.client.WireMock.absent()));
        // one meaning of destroy: the short form does not force either
        machine.destroyAndWait(Duration.ofSeconds(30));
        wm.verify(2, com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo(M))
                .withQueryParam("force", com.github.tomakehurst.wiremock.client.WireMock.absent()));
        machine.destroyAndWait(true, Duration.ofSeconds(30));
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(urlPathEqualTo(M))
                .withQueryParam("force", com.github.tomakehurst.wiremock.client.WireMock.equalTo("true")));
    }

    @Test
    void restartAndWaitCountsOnlyEventsAfterTheRestart() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.read("machine-full.json"))));
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(M + "/restart"))
                .willReturn(aResponse().withStatus(200)));
        wm.stubFor(get(urlPathEqualTo(WAIT)).willReturn(Stubs.waitOk("started")));
        machine.restartAndWait(Duration.ofSeconds(30));
        assertTrue(waits().get(0).getUrl().contains("from_event_id=01HZX6Q1J5B0Y3W2ZK3W9G8F7F"), waits().get(0).getUrl());
    }
}
