package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.WaitTimeoutException;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /wait}: long poll on the fake clock, 408 deadline, several states, settled, versions, 400. */
class WaitTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    FakeFly fake;
    String app;
    String id;

    @BeforeEach
    void setUp(org.junit.jupiter.api.TestInfo info) {
        fake = fly.fake();
        app = "wait-" + info.getTestMethod().orElseThrow().getName().toLowerCase().replaceAll("[^a-z0-9]", "");
        fake.createApp(app);
        Machine m = fly.client().app(app).machines().create(CreateMachineRequest.of(CONFIG).withSkipLaunch(true));
        id = m.id();
    }

    @AfterEach
    void audit() {
        SpecAudit.checkAndReset(fake.wireMock());
    }

    private String waitPath(String query) {
        return "/v1/apps/" + app + "/machines/" + id + "/wait?" + query;
    }

    @Test
    void answers408WithTheRealBodyWhenTheTimeoutPassesOnTheFakeClock() throws Exception {
        CompletableFuture<HttpResponse<String>> f = Raw.sendAsync(fake, "GET", waitPath("state=started&timeout=5"),
                null);
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        fake.clock().advance(Duration.ofSeconds(4));
        assertFalse(f.isDone(), "still parked before the timeout");
        assertEquals(1, fake.pendingWaits());
        fake.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
        assertEquals(408, r.statusCode());
        assertEquals("deadline_exceeded: machine failed to reach desired state, started, currently created",
                JSON.readTree(r.body()).path("error").asText());
        assertEquals(0, fake.pendingWaits());
    }

    @Test
    void timeoutIsCappedAtSixtySeconds() throws Exception {
        CompletableFuture<HttpResponse<String>> f = Raw.sendAsync(fake, "GET", waitPath("state=started&timeout=600"),
                null);
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        fake.clock().advance(Duration.ofSeconds(59));
        assertFalse(f.isDone());
        fake.clock().advance(Duration.ofSeconds(1));
        assertEquals(408, f.get(30, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void resolvesOnAnyOfSeveralStatesRepeatedOrCommaSeparated() throws Exception {
        CompletableFuture<HttpResponse<String>> repeated = Raw.sendAsync(fake, "GET",
                waitPath("state=stopped&state=started"), null);
        CompletableFuture<HttpResponse<String>> comma = Raw.sendAsync(fake, "GET",
                waitPath("state=suspended,started"), null);
        fake.awaitPendingWaits(2, Duration.ofSeconds(30));
        fly.client().app(app).machines().withId(id).start();
        fake.clock().advance(fake.transitionTime());
        for (CompletableFuture<HttpResponse<String>> f : java.util.List.of(repeated, comma)) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            JsonNode body = JSON.readTree(r.body());
            assertTrue(body.path("ok").asBoolean());
            assertEquals("started", body.path("state").asText());
            assertEquals(26, body.path("event_id").asText().length());
            assertEquals(26, body.path("version").asText().length());
        }
    }

    @Test
    void settledAnswersAtOnceForAPersistentState() throws Exception {
        HttpResponse<String> r = Raw.send(fake, "GET", waitPath("state=settled"), null);
        assertEquals(200, r.statusCode());
        assertEquals("created", JSON.readTree(r.body()).path("state").asText());
    }

    @Test
    void badStateIs400() throws Exception {
        HttpResponse<String> r = Raw.send(fake, "GET", waitPath("state=running"), null);
        assertEquals(400, r.statusCode());
        assertTrue(JSON.readTree(r.body()).path("error").asText().contains("running"));
        assertEquals(2, SpecAudit.checkAndReset(fake.wireMock(), req -> req.getUrl().contains("state=running")),
                "the create in setUp and the deliberately invalid wait");
    }

    @Test
    void anOldVersionIsReplaced() throws Exception {
        MachineClient m = fly.client().app(app).machines().withId(id);
        String v1 = m.get().instanceId();
        String v2 = m.update(UpdateMachineRequest.of(CONFIG).withSkipLaunch(true)).instanceId();
        fake.settle();
        HttpResponse<String> old = Raw.send(fake, "GET", waitPath("state=stopped&version=" + v1), null);
        assertEquals(408, old.statusCode());
        assertTrue(JSON.readTree(old.body()).path("error").asText().endsWith("currently replaced"));
        HttpResponse<String> current = Raw.send(fake, "GET", waitPath("state=stopped&instance_id=" + v2), null);
        assertEquals(200, current.statusCode());
    }

    @Test
    void sdkWaiterTimesOutOnTheFakeClock() throws Exception {
        MachineClient m = fly.client().app(app).machines().withId(id);
        CompletableFuture<WaitOutcome> w = m.waitForAsync(WaitState.STARTED, Duration.ofSeconds(10));
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        fake.clock().advance(Duration.ofSeconds(10));
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> w.get(30, TimeUnit.SECONDS));
        WaitTimeoutException wt = assertInstanceOf(WaitTimeoutException.class, e.getCause());
        assertTrue(wt.getMessage().contains("created"), wt.getMessage());
    }

    @Test
    void fromEventIdWaitsForATransitionAfterThatEvent() throws Exception {
        MachineClient m = fly.client().app(app).machines().withId(id);
        m.start();
        fake.settle();
        String lastEvent = m.events().get(0).id();
        // already started, but only transitions after lastEvent count: the wait parks
        CompletableFuture<HttpResponse<String>> f = Raw.sendAsync(fake, "GET",
                waitPath("state=started&from_event_id=" + lastEvent), null);
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        m.restart();
        fake.settle();
        HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertTrue(JSON.readTree(r.body()).path("event_id").asText().compareTo(lastEvent) > 0);
    }

    @Test
    void waitForDestroyed() throws Exception {
        MachineClient m = fly.client().app(app).machines().withId(id);
        CompletableFuture<WaitOutcome> w = m.waitForAsync(WaitState.DESTROYED, Duration.ofMinutes(1));
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        m.destroy();
        fake.settle();
        assertEquals(MachineState.DESTROYED, w.get(30, TimeUnit.SECONDS).state());
    }
}
