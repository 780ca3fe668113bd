package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.APP;
import static io.github.flymachines.support.TestMachine.BASE;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineEvent;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.MachineVersion;
import io.github.flymachines.model.MemoryInfo;
import io.github.flymachines.model.ProcessStat;
import io.github.flymachines.model.RestartRequest;
import io.github.flymachines.model.Signal;
import io.github.flymachines.model.StartResult;
import io.github.flymachines.model.StopRequest;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitResult;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Machines operation on the wire: method, path, query, headers, body, and the parsed answer. */
class MachineOperationsWireTest extends WireTest {
    MachineClient machine;

    @BeforeEach
    void setUp() {
        machine = fly.app(APP).machines().withId(ID);
    }

    @Test
    void listSendsFiltersAndParsesMachines() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("[" + Fixtures.machine(ID, "started") + ","
                + Fixtures.machine("148ed123b62389", "stopped") + "]")));
        List<Machine> all = fly.app(APP).machines().list(ListMachinesQuery.ALL.withRegion("ord")
                .withStates(MachineState.STARTED, MachineState.STOPPED).withIncludeDeleted(true).withSummary(false));
        assertEquals(2, all.size());
        assertEquals(MachineState.STOPPED, all.get(1).state());
        wm.verify(getRequestedFor(urlEqualTo(BASE + "?include_deleted=true&region=ord&summary=false&state=started,stopped"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockApi.TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("machines-sdk-java/.+ \\(Java \\d+; .+\\)"))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void createSendsConfigWithClientRequestIdAndParsesMachine() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(Fixtures.machine(ID, "created"))));
        Machine m = fly.app(APP).machines().create(CreateMachineRequest.builder()
                .config(MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256)).autoDestroy(true)
                        .putEnv("GREETING", "hello").build())
                .region("ord").name("web-1").skipLaunch(false).leaseTtl(Duration.ofSeconds(30)).minSecretsVersion(7L).build());
        assertEquals(ID, m.id());
        wm.verify(postRequestedFor(urlEqualTo(BASE))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"config\":{\"image\":\"nginx:1.27\","
                        + "\"guest\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":256},\"auto_destroy\":true,"
                        + "\"env\":{\"GREETING\":\"hello\"},\"metadata\":{\"machines_sdk_request_id\":\"${json-unit.any-string}\"}},"
                        + "\"region\":\"ord\",\"name\":\"web-1\",\"skip_launch\":false,\"lease_ttl\":30,"
                        + "\"min_secrets_version\":7}")));
    }

    @Test
    void getParsesTheFullMachine() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.read("machine-full.json"))));
        Machine m = machine.get();
        assertEquals("floral-sun-1234", m.name());
        assertEquals("registry-1.docker.io/library/nginx:1.27", m.config().image());
    }

    @Test
    void updateSendsCurrentVersionAndConfig() {
        wm.stubFor(post(urlEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "updating"))));
        Machine m = machine.update(UpdateMachineRequest.builder()
                .config(MachineConfig.builder().image("nginx:1.28").build()).currentVersion("01HZX6Q1J5B0Y3W2ZK3W9G8F7E")
                .build());
        assertEquals(MachineState.of("updating"), m.state());
        wm.verify(postRequestedFor(urlEqualTo(M)).withRequestBody(equalToJson(
                "{\"config\":{\"image\":\"nginx:1.28\"},\"current_version\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\"}")));
    }

    @Test
    void destroyWithAndWithoutForce() {
        wm.stubFor(delete(urlPathEqualTo(M)).willReturn(okJson("{\"ok\":true}")));
        machine.destroy();
        machine.destroy(true);
        wm.verify(deleteRequestedFor(urlEqualTo(M)));
        wm.verify(deleteRequestedFor(urlEqualTo(M + "?force=true")));
    }

    @Test
    void lifecycleCalls() {
        wm.stubFor(post(urlEqualTo(M + "/start")).willReturn(okJson(
                "{\"previous_state\":\"stopped\",\"migrated\":false,\"new_host\":\"\"}")));
        wm.stubFor(post(urlEqualTo(M + "/stop")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/suspend")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlPathEqualTo(M + "/restart")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/signal")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/cordon")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/uncordon")).willReturn(aResponse().withStatus(200)));

        StartResult started = machine.start();
        assertEquals("stopped", started.previousState());
        machine.stop();
        machine.stop(StopRequest.builder().signal(Signal.SIGTERM).timeout(Duration.ofSeconds(30)).build());
        machine.suspend();
        machine.restart();
        machine.restart(new RestartRequest(Signal.SIGHUP, Duration.ofSeconds(5), null));
        machine.signal(Signal.SIGUSR1);
        machine.cordon();
        machine.uncordon();

        wm.verify(postRequestedFor(urlEqualTo(M + "/start")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/stop")).withRequestBody(equalToJson("{}")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/stop"))
                .withRequestBody(equalToJson("{\"signal\":\"SIGTERM\",\"timeout\":\"30s\"}")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/suspend")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/restart")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/restart?timeout=5s&signal=SIGHUP")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/signal")).withRequestBody(equalToJson("{\"signal\":\"SIGUSR1\"}")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/cordon")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/uncordon")));
    }

    @Test
    void waitOnceSendsStatesTimeoutAndVersion() {
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(okJson(
                "{\"ok\":true,\"state\":\"started\",\"event_id\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7H\",\"version\":\"v1\"}")));
        WaitResult r = machine.waitOnce(WaitRequest.of(WaitState.STARTED, WaitState.FAILED)
                .withTimeout(Duration.ofSeconds(30)).withVersion("01HZX6Q1J5B0Y3W2ZK3W9G8F7E")
                .withFromEventId("01HZX6Q1J5B0Y3W2ZK3W9G8F7F"));
        assertTrue(r.ok());
        assertEquals(MachineState.STARTED, r.state());
        wm.verify(getRequestedFor(urlEqualTo(M + "/wait?timeout=30&version=01HZX6Q1J5B0Y3W2ZK3W9G8F7E"
                + "&from_event_id=01HZX6Q1J5B0Y3W2ZK3W9G8F7F&state=started&state=failed")));
    }

    @Test
    void execPsEventsVersions() {
        wm.stubFor(post(urlEqualTo(M + "/exec")).willReturn(okJson(
                "{\"exit_code\":0,\"stdout\":\"Linux\\n\",\"stderr\":\"\"}")));
        wm.stubFor(get(urlPathEqualTo(M + "/ps")).willReturn(okJson(
                "[{\"pid\":1,\"command\":\"/init\",\"cpu\":5,\"rss\":1024,\"stime\":1,\"rtime\":2,\"directory\":\"/\","
                        + "\"listen_sockets\":[{\"proto\":\"tcp\",\"address\":\"0.0.0.0:8080\"}]}]")));
        wm.stubFor(get(urlPathEqualTo(M + "/events")).willReturn(okJson(
                "[{\"id\":\"e1\",\"type\":\"start\",\"status\":\"started\",\"source\":\"user\",\"timestamp\":1}]")));
        wm.stubFor(get(urlEqualTo(M + "/versions")).willReturn(okJson(
                "[{\"version\":\"v1\",\"user_config\":{\"image\":\"nginx\"}}]")));

        ExecResult r = machine.exec("uname", "-a");
        assertEquals(0, r.exitCode());
        assertEquals("Linux\n", r.stdout());
        List<ProcessStat> ps = machine.processesAsync("cpu", "desc").join();
        assertEquals("0.0.0.0:8080", ps.get(0).listenSockets().get(0).address());
        List<MachineEvent> events = machine.eventsAsync(5).join();
        assertEquals("start", events.get(0).type().value());
        List<MachineVersion> versions = machine.versions();
        assertEquals("nginx", versions.get(0).userConfig().image());

        wm.verify(postRequestedFor(urlEqualTo(M + "/exec")).withRequestBody(equalToJson(
                "{\"command\":[\"uname\",\"-a\"]}")));
        wm.verify(getRequestedFor(urlEqualTo(M + "/ps?sort_by=cpu&order=desc")));
        wm.verify(getRequestedFor(urlEqualTo(M + "/events?limit=5")));
    }

    @Test
    void metadataCalls() {
        wm.stubFor(get(urlEqualTo(M + "/metadata")).willReturn(okJson("{\"team\":\"core\",\"tier\":\"gold\"}")));
        wm.stubFor(get(urlEqualTo(M + "/metadata/team")).willReturn(okJson("{\"value\":\"core\"}")));
        wm.stubFor(get(urlEqualTo(M + "/metadata/missing")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"metadata key not found\"}")));
        wm.stubFor(post(urlEqualTo(M + "/metadata/team")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(delete(urlEqualTo(M + "/metadata/team")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(put(urlEqualTo(M + "/metadata")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(patch(urlEqualTo(M + "/metadata")).willReturn(aResponse().withStatus(204)));

        assertEquals(Map.of("team", "core", "tier", "gold"), machine.metadata().all());
        assertEquals("core", machine.metadata().get("team").orElseThrow());
        assertFalse(machine.metadata().get("missing").isPresent());
        machine.metadata().set("team", "edge");
        machine.metadata().delete("team");
        machine.metadata().replace(Map.of("a", "1"), "01HZX6Q1J5B0Y3W2ZK3W9G8F7E");
        machine.metadata().patch(Map.of("b", ""), null);

        wm.verify(postRequestedFor(urlEqualTo(M + "/metadata/team")).withRequestBody(equalToJson("{\"value\":\"edge\"}")));
        wm.verify(putRequestedFor(urlEqualTo(M + "/metadata")).withRequestBody(equalToJson(
                "{\"metadata\":{\"a\":\"1\"},\"machine_version\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\"}")));
        wm.verify(patchRequestedFor(urlEqualTo(M + "/metadata")).withRequestBody(equalToJson("{\"metadata\":{\"b\":\"\"}}")));
    }

    @Test
    void memoryCalls() {
        wm.stubFor(get(urlEqualTo(M + "/memory")).willReturn(okJson("{\"limit_mb\":512,\"available_mb\":300}")));
        wm.stubFor(put(urlEqualTo(M + "/memory")).willReturn(okJson("{\"limit_mb\":384,\"available_mb\":200}")));
        wm.stubFor(post(urlEqualTo(M + "/memory/reclaim")).willReturn(okJson("{\"actual_mb\":96}")));
        MemoryInfo info = machine.memory();
        assertEquals(512, info.limitMb());
        assertEquals(384, machine.setMemoryLimit(384).limitMb());
        assertEquals(96, machine.reclaimMemory(128));
        wm.verify(putRequestedFor(urlEqualTo(M + "/memory")).withRequestBody(equalToJson("{\"limit_mb\":384}")));
        wm.verify(postRequestedFor(urlEqualTo(M + "/memory/reclaim")).withRequestBody(equalToJson("{\"amount_mb\":128}")));
    }

    @Test
    void leaseLifecycleAndNonceOnMutations() {
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"success\",\"data\":{\"nonce\":\"n0nce\",\"expires_at\":1767225600,"
                        + "\"owner\":\"me@example.com\",\"description\":\"deploy\",\"version\":\"v1\"}}")));
        wm.stubFor(get(urlEqualTo(M + "/lease")).willReturn(okJson(
                "{\"nonce\":\"\",\"expires_at\":1767225600,\"owner\":\"me@example.com\",\"description\":\"deploy\"}")));
        wm.stubFor(delete(urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(post(urlEqualTo(M + "/stop")).willReturn(aResponse().withStatus(200)));
        wm.stubFor(any(urlEqualTo(M + "/metadata/k")).willReturn(aResponse().withStatus(204)));

        var lease = machine.leases().acquire(Duration.ofSeconds(30), "deploy");
        assertEquals("n0nce", lease.nonce());
        assertEquals("me@example.com", machine.leases().get().orElseThrow().owner());
        machine.stop();
        machine.metadata().set("k", "v");
        machine.leases().refresh("n0nce", Duration.ofSeconds(60));
        machine.leases().release("n0nce");
        machine.stop();

        // the description carries a tag unique to the acquire, to recognise our lease after a lost answer
        wm.verify(postRequestedFor(urlEqualTo(M + "/lease?ttl=30"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.ttl",
                        equalTo("30")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.description",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("deploy \\[sdk-lease:[0-9a-f-]+\\]")))
                .withHeader("fly-machine-lease-nonce", absent()));
        wm.verify(postRequestedFor(urlEqualTo(M + "/lease?ttl=60")).withHeader("fly-machine-lease-nonce", equalTo("n0nce")));
        wm.verify(deleteRequestedFor(urlEqualTo(M + "/lease")).withHeader("fly-machine-lease-nonce", equalTo("n0nce")));
        // the stop while leased carried the nonce; the one after release did not; metadata never does
        wm.verify(1, postRequestedFor(urlEqualTo(M + "/stop")).withHeader("fly-machine-lease-nonce", equalTo("n0nce")));
        wm.verify(1, postRequestedFor(urlEqualTo(M + "/stop")).withHeader("fly-machine-lease-nonce", absent()));
        wm.verify(postRequestedFor(urlEqualTo(M + "/metadata/k")).withHeader("fly-machine-lease-nonce", absent()));
    }

    @Test
    void explicitLeaseNonceView() {
        wm.stubFor(post(urlEqualTo(M + "/cordon")).willReturn(aResponse().withStatus(200)));
        machine.withLeaseNonce("elsewhere").cordon();
        wm.verify(postRequestedFor(urlEqualTo(M + "/cordon")).withHeader("fly-machine-lease-nonce", equalTo("elsewhere")));
    }
}
