package io.github.flymachines.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.flymachines.support.TestMachine.BASE;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.errors.MachineFailedException;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrchestrationTest extends WireTest {
    MachinesClient machines;
    MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256)).build();

    @BeforeEach
    void setUp() {
        machines = fly.app("my-app").machines();
    }

    private static String machineIn(String id, String region, String state) {
        return Fixtures.machine(id, state).replace("\"region\":\"ord\"", "\"region\":\"" + region + "\"");
    }

    @Test
    void runCreatesThenWaitsForStarted() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("started")));
        Machine m = machines.run(CreateMachineRequest.of(config));
        assertEquals(MachineState.STARTED, m.state());
        wm.verify(1, postRequestedFor(urlEqualTo(BASE)));
        wm.verify(0, deleteRequestedFor(urlPathMatching(BASE + "/.*")));
    }

    @Test
    void runKeepsWaitingThroughA404RightAfterCreate() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        Stubs.sequence(wm, () -> get(urlPathEqualTo(M + "/wait")),
                Stubs.error(404, "{\"error\":\"machine not found\"}"), Stubs.waitOk("started"));
        Machine m = machines.run(CreateMachineRequest.of(config));
        assertEquals(MachineState.STARTED, m.state());
    }

    @Test
    void runDestroysAMachineThatFailedToStart() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("failed")));
        wm.stubFor(delete(urlPathEqualTo(M)).willReturn(okJson("{\"ok\":true}")));
        assertThrows(MachineFailedException.class, () -> machines.run(CreateMachineRequest.of(config)));
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "?force=true")));
    }

    @Test
    void runKeepsTheMachineWhenAskedTo() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("failed")));
        assertThrows(MachineFailedException.class, () -> machines.run(CreateMachineRequest.of(config),
                RunOptions.DEFAULTS.withKeepOnFailure(true)));
        wm.verify(0, deleteRequestedFor(urlPathMatching(BASE + "/.*")));
    }

    @Test
    void runDestroysTheMachineWhenTheWaitTimesOut() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.wait408("started", "starting")));
        wm.stubFor(delete(urlPathEqualTo(M)).willReturn(okJson("{\"ok\":true}")));
        assertThrows(io.github.flymachines.errors.WaitTimeoutException.class, () -> machines.run(
                CreateMachineRequest.of(config), RunOptions.DEFAULTS.withWaitTimeout(Duration.ofSeconds(5))));
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "?force=true")));
    }

    @Test
    void runFallsBackToTheNextRegionOnCapacityAndReportsEveryAttempt() {
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("ord")))
                .willReturn(Stubs.error(412, "{\"error\":\"could not reserve resource for machine: insufficient "
                        + "memory available to fulfill request\",\"status\":\"insufficient_capacity\"}")));
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("iad")))
                .willReturn(Stubs.error(409, "{\"error\":\"insufficient resources to create machine\"}")));
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("ewr")))
                .willReturn(okJson(machineIn(ID, "ewr", "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("started")));
        java.util.List<io.github.flymachines.lifecycle.CreateAttempt> attempts =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        Machine m = machines.withCreateAttemptListener(attempts::add)
                .run(CreateMachineRequest.of(config).inRegions("ord", "iad", "ewr"));
        assertEquals("ewr", m.region());
        wm.verify(3, postRequestedFor(urlEqualTo(BASE)));
        assertEquals(2, attempts.size(), attempts.toString());
        assertEquals(1, attempts.get(0).attempt());
        assertEquals("ord", attempts.get(0).region());
        assertTrue(attempts.get(0).failure() instanceof io.github.flymachines.errors.CapacityException);
        assertTrue(attempts.get(0).retrying());
        assertEquals("iad", attempts.get(1).region());
        assertTrue(attempts.get(1).toString().startsWith("attempt 2 -> iad: CapacityException"), attempts.toString());
    }

    @Test
    void whenEveryRegionIsFullTheErrorListsEachAttempt() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(Stubs.error(412,
                "{\"error\":\"no capacity\",\"status\":\"insufficient_capacity\"}")));
        CapacityException e = assertThrows(CapacityException.class,
                () -> machines.run(CreateMachineRequest.of(config).inRegions("ord", "iad")));
        assertEquals("iad", e.region().orElseThrow());
        assertEquals(1, e.getSuppressed().length);
        assertEquals("ord", ((CapacityException) e.getSuppressed()[0]).region().orElseThrow());
        // the whole create request per region, same client request id in both
        List<JsonNode> bodies = wm.findAll(postRequestedFor(urlEqualTo(BASE))).stream()
                .map(r -> Json.read(r.getBodyAsString(), JsonNode.class)).toList();
        assertEquals(2, bodies.size());
        assertEquals(bodies.get(0).at("/config/metadata/machines_sdk_request_id"),
                bodies.get(1).at("/config/metadata/machines_sdk_request_id"));
    }

    @Test
    void aMachineThatFailsToStartIsReplacedInTheNextRegion() {
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("ord")))
                .willReturn(okJson(machineIn("aaaaaaaaaaaaaa", "ord", "created"))));
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("iad")))
                .willReturn(okJson(machineIn("bbbbbbbbbbbbbb", "iad", "created"))));
        wm.stubFor(get(urlPathEqualTo(BASE + "/aaaaaaaaaaaaaa/wait")).willReturn(Stubs.waitOk("failed")));
        wm.stubFor(get(urlPathEqualTo(BASE + "/bbbbbbbbbbbbbb/wait")).willReturn(Stubs.waitOk("started")));
        wm.stubFor(delete(urlPathEqualTo(BASE + "/aaaaaaaaaaaaaa")).willReturn(okJson("{\"ok\":true}")));
        Machine m = machines.run(CreateMachineRequest.of(config).inRegions("ord", "iad"));
        assertEquals("bbbbbbbbbbbbbb", m.id());
        wm.verify(1, deleteRequestedFor(urlEqualTo(BASE + "/aaaaaaaaaaaaaa?force=true")));
    }

    @Test
    void ephemeralMachineIsCreatedAutoDestroyingAndDestroyedOnCloseEvenWhenTheBodyThrows() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).withQueryParam("state", equalTo("destroyed"))
                .willReturn(Stubs.error(404, "{\"error\":\"machine not found\"}")));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).withQueryParam("state", equalTo("started"))
                .willReturn(Stubs.waitOk("started")));
        wm.stubFor(post(urlEqualTo(M + "/exec")).willReturn(okJson("{\"exit_code\":0,\"stdout\":\"Linux fly 6.1\\n\"}")));
        wm.stubFor(delete(urlPathEqualTo(M)).willReturn(okJson("{\"ok\":true}")));

        IllegalStateException boom = assertThrows(IllegalStateException.class, () -> {
            try (EphemeralMachine vm = machines.runEphemeral(config)) {
                assertEquals("Linux fly 6.1\n", vm.exec("uname", "-a").stdout());
                throw new IllegalStateException("boom");
            }
        });
        assertEquals("boom", boom.getMessage());
        wm.verify(postRequestedFor(urlEqualTo(BASE))
                .withRequestBody(matchingJsonPath("$.config.auto_destroy", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.config.restart.policy", equalTo("no"))));
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "?force=true")));
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(M + "/wait"))
                .withQueryParam("state", equalTo("destroyed")));
    }

    @Test
    void cloneCopiesTheConfigButNotWhatBelongsToOneMachine() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.read("machine-full.json"))));
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(machineIn("cccccccccccccc", "ams", "created"))));
        wm.stubFor(get(urlPathEqualTo(BASE + "/cccccccccccccc/wait")).willReturn(Stubs.waitOk("started")));
        Machine clone = machines.clone(ID, "ams");
        assertEquals("ams", clone.region());
        JsonNode body = Json.read(wm.findAll(postRequestedFor(urlEqualTo(BASE))).get(0).getBodyAsString(), JsonNode.class);
        assertEquals("ams", body.get("region").asText());
        assertTrue(body.at("/config/mounts").isMissingNode(), "volumes belong to the source");
        assertTrue(body.at("/config/standbys").isMissingNode());
        assertEquals("registry-1.docker.io/library/nginx:1.27", body.at("/config/image").asText());
        assertEquals("core", body.at("/config/metadata/team").asText());
        assertTrue(body.at("/config/future_top_level_setting").isObject(), "unknown config survives a clone");
        assertFalse(body.has("name"));
    }

    @Test
    void updateTakesALeaseDiffsUpdatesWithNonceAndVersionWaitsAndReleases() {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"nonce\":\"upd-nonce\",\"expires_at\":1893456000}}")));
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.read("machine-full.json"))));
        wm.stubFor(post(urlEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "replacing")
                .replace("01HZX6Q1J5B0Y3W2ZK3W9G8F7E", "01J0NEWVERSION000000000000"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("started")));
        wm.stubFor(delete(urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));

        UpdateResult r = fly.app("my-app").machines().withId(ID).update(c -> c.withGuest(c.guest().withMemoryMb(1024))
                .withEnv(java.util.Map.of("DATABASE_URL", "postgres://new-secret@db/app", "LOG_LEVEL", "debug")));

        assertTrue(r.applied());
        assertEquals("01J0NEWVERSION000000000000", r.newVersion().orElseThrow());
        String diff = r.diff().render();
        assertTrue(diff.contains("~ guest.memory_mb: 512 -> 1024"), diff);
        assertTrue(diff.contains("~ env.DATABASE_URL: <redacted> -> <redacted>"), diff);
        assertFalse(diff.contains("hunter2") || diff.contains("new-secret"), diff);
        wm.verify(postRequestedFor(urlEqualTo(M)).withHeader("fly-machine-lease-nonce", equalTo("upd-nonce"))
                .withRequestBody(matchingJsonPath("$.current_version", equalTo("01HZX6Q1J5B0Y3W2ZK3W9G8F7E")))
                .withRequestBody(matchingJsonPath("$.config.future_top_level_setting.nested"))
                .withRequestBody(matchingJsonPath("$.config.guest.memory_mb", equalTo("1024"))));
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(M + "/wait"))
                .withQueryParam("version", equalTo("01J0NEWVERSION000000000000"))
                .withQueryParam("state", equalTo("settled")));
        wm.verify(deleteRequestedFor(urlEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce", equalTo("upd-nonce")));
    }

    @Test
    void anUpdateThatSettlesOnFailedIsAnErrorAndTheLeaseIsStillReleased() {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"nonce\":\"n\",\"expires_at\":1893456000}}")));
        Stubs.sequence(wm, () -> get(urlEqualTo(M)), okJson(Fixtures.machine(ID, "started")),
                okJson(Fixtures.machine(ID, "failed")));
        wm.stubFor(post(urlEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "replacing"))));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(Stubs.waitOk("failed")));
        wm.stubFor(delete(urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));
        assertThrows(MachineFailedException.class, () -> machines.withId(ID).update(c -> c.withImage("nginx:broken")));
        wm.verify(1, deleteRequestedFor(urlEqualTo(M + "/lease")));
    }

    @Test
    void aDryRunOnlyReadsAndDiffs() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))));
        UpdateResult r = machines.withId(ID).update(c -> c.withGuest(c.guest().withMemoryMb(512)),
                UpdateOptions.DEFAULTS.asDryRun());
        assertFalse(r.applied());
        assertNull(r.settled());
        assertEquals("~ guest.memory_mb: 256 -> 512", r.diff().render());
        wm.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void scaleOutSpreadsOverRegionsAndRollsBackOnFailure() {
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("ord")))
                .willReturn(okJson(machineIn("aaaaaaaaaaaaaa", "ord", "created"))));
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("iad")))
                .willReturn(Stubs.error(400, "{\"error\":\"image not found\"}")));
        wm.stubFor(get(urlPathMatching(BASE + "/[a-z]+/wait")).willReturn(Stubs.waitOk("started")));
        wm.stubFor(delete(urlPathMatching(BASE + "/[a-z]+")).willReturn(okJson("{\"ok\":true}")));
        ScaleOutException e = assertThrows(ScaleOutException.class, () -> machines.scaleOut(
                ScaleOutRequest.of(CreateMachineRequest.of(config), 2, "ord", "iad").withConcurrency(1)
                        .withOnFailure(ScaleOutRequest.FailurePolicy.ROLLBACK)));
        assertEquals(1, e.result().failures().size());
        assertEquals("iad", e.result().failures().get(0).region());
        assertEquals(List.of("aaaaaaaaaaaaaa"), e.result().rolledBack());
        wm.verify(1, deleteRequestedFor(urlEqualTo(BASE + "/aaaaaaaaaaaaaa?force=true")));
    }

    @Test
    void scaleOutCanKeepWhatStarted() {
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("ord")))
                .willReturn(okJson(machineIn("aaaaaaaaaaaaaa", "ord", "created"))));
        wm.stubFor(post(urlEqualTo(BASE)).withRequestBody(matchingJsonPath("$.region", equalTo("iad")))
                .willReturn(Stubs.error(400, "{\"error\":\"image not found\"}")));
        wm.stubFor(get(urlPathMatching(BASE + "/[a-z]+/wait")).willReturn(Stubs.waitOk("started")));
        ScaleOutResult r = machines.scaleOut(ScaleOutRequest.of(CreateMachineRequest.of(config), 4, "ord", "iad")
                .withOnFailure(ScaleOutRequest.FailurePolicy.KEEP).withConcurrency(2));
        assertEquals(2, r.started().size());
        assertEquals(2, r.failures().size());
        assertFalse(r.complete());
        r.failures().forEach(f -> assertInstanceOf(io.github.flymachines.errors.BadRequestException.class, f.error()));
        wm.verify(0, deleteRequestedFor(urlPathMatching(".*")));
    }
}
