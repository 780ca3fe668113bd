package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.flymachines.support.TestMachine.APP;
import static io.github.flymachines.support.TestMachine.BASE;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.RequestTimeoutException;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Lease;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.Signal;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Complements {@link MachineOperationsWireTest}: every Apps and Machines operation of the
 * {@link Operation} enum is driven once through a client holding a lease, and each request is
 * checked for its method, path and whether the lease nonce went with it. Also: the lease nonce a
 * create with {@code lease_ttl} returns, metadata deletions in a batch, list filters, lease reads,
 * and path encoding.
 */
class MachineOperationsCoverageWireTest extends WireTest {
    static final String NONCE = "held-nonce-1";
    static final String LEASE_201 = "{\"status\":\"success\",\"data\":{\"nonce\":\"" + NONCE + "\",\"expires_at\":1767225600,"
            + "\"owner\":\"me@example.com\",\"description\":\"d\",\"version\":\"v1\"}}";

    void stubEverything() {
        String machine = Fixtures.machine(ID, "started");
        wm.stubFor(get(urlPathEqualTo("/v1/apps")).willReturn(okJson("{\"apps\":[],\"total_apps\":0}")));
        wm.stubFor(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(201)));
        wm.stubFor(request("GET", urlEqualTo("/v1/apps/" + APP)).willReturn(okJson("{\"name\":\"my-app\"}")));
        wm.stubFor(request("DELETE", urlEqualTo("/v1/apps/" + APP)).willReturn(aResponse().withStatus(202)));
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("[" + machine + "]")));
        wm.stubFor(post(urlPathEqualTo(BASE)).willReturn(okJson(machine)));
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(machine)));
        wm.stubFor(post(urlPathEqualTo(M)).willReturn(okJson(machine)));
        wm.stubFor(request("DELETE", urlPathEqualTo(M)).willReturn(okJson("{\"ok\":true}")));
        wm.stubFor(post(urlPathMatching(M + "/(start)")).willReturn(okJson("{\"previous_state\":\"stopped\"}")));
        wm.stubFor(post(urlPathMatching(M + "/(stop|suspend|restart|signal|cordon|uncordon)"))
                .willReturn(aResponse().withStatus(200)));
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(okJson("{\"ok\":true,\"state\":\"started\"}")));
        wm.stubFor(post(urlPathEqualTo(M + "/exec")).willReturn(okJson("{\"exit_code\":0}")));
        wm.stubFor(get(urlPathEqualTo(M + "/ps")).willReturn(okJson("[]")));
        wm.stubFor(get(urlPathEqualTo(M + "/events")).willReturn(okJson("[]")));
        wm.stubFor(get(urlPathEqualTo(M + "/versions")).willReturn(okJson("[]")));
        wm.stubFor(get(urlPathEqualTo(M + "/metadata")).willReturn(okJson("{}")));
        wm.stubFor(request("PUT", urlPathEqualTo(M + "/metadata")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(request("PATCH", urlPathEqualTo(M + "/metadata")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(get(urlPathEqualTo(M + "/metadata/k")).willReturn(okJson("{\"value\":\"v\"}")));
        wm.stubFor(post(urlPathEqualTo(M + "/metadata/k")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(request("DELETE", urlPathEqualTo(M + "/metadata/k")).willReturn(aResponse().withStatus(204)));
        wm.stubFor(get(urlPathEqualTo(M + "/memory")).willReturn(okJson("{\"limit_mb\":256,\"available_mb\":1}")));
        wm.stubFor(request("PUT", urlPathEqualTo(M + "/memory")).willReturn(okJson("{\"limit_mb\":256}")));
        wm.stubFor(post(urlPathEqualTo(M + "/memory/reclaim")).willReturn(okJson("{\"actual_mb\":1}")));
        wm.stubFor(get(urlPathEqualTo(M + "/lease")).willReturn(okJson(LEASE_201)));
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(LEASE_201)));
        wm.stubFor(request("DELETE", urlPathEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void everyOperationOnTheWireWithTheNonceExactlyWhereItBelongs() {
        stubEverything();
        MachineConfig config = MachineConfig.builder().image("nginx").guest(Guest.shared(1, 256)).build();
        MachineClient leased = fly.app(APP).machines().withId(ID).withLeaseNonce(NONCE);
        MachinesClient machines = fly.app(APP).machines();
        Map<Operation, Runnable> calls = new EnumMap<>(Operation.class);
        calls.put(Operation.APPS_LIST, () -> fly.apps().list("personal"));
        calls.put(Operation.APPS_CREATE, () -> fly.apps().create(
                io.github.flymachines.model.CreateAppRequest.of("my-app", "personal")));
        calls.put(Operation.APPS_SHOW, () -> fly.apps().get(APP));
        calls.put(Operation.APPS_DELETE, () -> fly.apps().delete(APP));
        calls.put(Operation.MACHINES_LIST, () -> machines.list());
        calls.put(Operation.MACHINES_CREATE, () -> machines.create(CreateMachineRequest.of(config)));
        calls.put(Operation.MACHINES_SHOW, leased::get);
        calls.put(Operation.MACHINES_UPDATE, () -> leased.update(UpdateMachineRequest.of(config)));
        calls.put(Operation.MACHINES_DELETE, () -> leased.destroy());
        calls.put(Operation.MACHINES_CORDON, leased::cordon);
        calls.put(Operation.MACHINES_UNCORDON, leased::uncordon);
        calls.put(Operation.MACHINES_START, leased::start);
        calls.put(Operation.MACHINES_STOP, () -> leased.stop());
        calls.put(Operation.MACHINES_SUSPEND, leased::suspend);
        calls.put(Operation.MACHINES_RESTART, () -> leased.restart());
        calls.put(Operation.MACHINES_SIGNAL, () -> leased.signal(Signal.SIGTERM));
        calls.put(Operation.MACHINES_WAIT, () -> leased.waitOnce(WaitRequest.of(WaitState.STARTED)));
        calls.put(Operation.MACHINES_EXEC, () -> leased.exec("true"));
        calls.put(Operation.MACHINES_LIST_PROCESSES, () -> leased.processes());
        calls.put(Operation.MACHINES_LIST_EVENTS, () -> leased.events());
        calls.put(Operation.MACHINES_LIST_VERSIONS, leased::versions);
        calls.put(Operation.MACHINES_SHOW_METADATA, () -> leased.metadata().all());
        calls.put(Operation.MACHINES_REPLACE_METADATA, () -> leased.metadata().replace(Map.of("a", "1"), null));
        calls.put(Operation.MACHINES_PATCH_METADATA, () -> leased.metadata().patch(Map.of("a", "2"), null));
        calls.put(Operation.MACHINES_GET_METADATA_KEY, () -> leased.metadata().get("k"));
        calls.put(Operation.MACHINES_UPSERT_METADATA, () -> leased.metadata().set("k", "v"));
        calls.put(Operation.MACHINES_DELETE_METADATA, () -> leased.metadata().delete("k"));
        calls.put(Operation.MACHINES_GET_MEMORY, leased::memory);
        calls.put(Operation.MACHINES_SET_MEMORY_LIMIT, () -> leased.setMemoryLimit(256));
        calls.put(Operation.MACHINES_RECLAIM_MEMORY, () -> leased.reclaimMemory(16));
        calls.put(Operation.MACHINES_SHOW_LEASE, () -> leased.leases().get());
        calls.put(Operation.MACHINES_CREATE_LEASE, () -> fly.app(APP).machines().withId(ID).leases()
                .acquire(Duration.ofSeconds(10), null));
        calls.put(Operation.MACHINES_RELEASE_LEASE, () -> leased.leases().release(NONCE));

        // every Apps and app-machines operation of the enum (= of the spec) is driven here
        List<Operation> missing = new ArrayList<>();
        for (Operation op : Operation.values()) {
            String t = op.pathTemplate();
            boolean apps = t.equals("/apps") || t.equals("/apps/{app_name}");
            if ((apps || t.startsWith("/apps/{app_name}/machines")) && !calls.containsKey(op)) {
                missing.add(op);
            }
        }
        assertEquals(List.of(), missing, "operations without a wire test");

        // the reference's list of lease-guarded mutations (§5)
        Set<Operation> mustCarryNonce = EnumSet.of(Operation.MACHINES_UPDATE, Operation.MACHINES_DELETE,
                Operation.MACHINES_START, Operation.MACHINES_STOP, Operation.MACHINES_SUSPEND,
                Operation.MACHINES_RESTART, Operation.MACHINES_CORDON, Operation.MACHINES_UNCORDON,
                Operation.MACHINES_RELEASE_LEASE);
        // reads, metadata and creation are not lease-guarded (reference §5): no nonce
        Set<Operation> mustNotCarryNonce = EnumSet.of(Operation.MACHINES_LIST, Operation.MACHINES_CREATE,
                Operation.MACHINES_SHOW, Operation.MACHINES_WAIT, Operation.MACHINES_LIST_PROCESSES,
                Operation.MACHINES_LIST_EVENTS, Operation.MACHINES_LIST_VERSIONS, Operation.MACHINES_SHOW_METADATA,
                Operation.MACHINES_REPLACE_METADATA, Operation.MACHINES_PATCH_METADATA,
                Operation.MACHINES_GET_METADATA_KEY, Operation.MACHINES_UPSERT_METADATA,
                Operation.MACHINES_DELETE_METADATA, Operation.MACHINES_GET_MEMORY, Operation.MACHINES_SHOW_LEASE,
                Operation.MACHINES_CREATE_LEASE, Operation.APPS_LIST, Operation.APPS_CREATE, Operation.APPS_SHOW,
                Operation.APPS_DELETE);

        List<String> problems = new ArrayList<>();
        Map<Operation, Optional<String>> sentNonce = new HashMap<>();
        for (Map.Entry<Operation, Runnable> e : calls.entrySet()) {
            Operation op = e.getKey();
            int before = wm.getAllServeEvents().size();
            e.getValue().run();
            List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
            if (events.size() != before + 1) {
                problems.add(op + " sent " + (events.size() - before) + " requests");
                continue;
            }
            LoggedRequest r = events.get(0).getRequest(); // newest first
            String path = URIPath.of(r.getUrl());
            if (!r.getMethod().getName().equals(op.method())) {
                problems.add(op + " sent " + r.getMethod() + " instead of " + op.method());
            }
            if (!templateMatches(op.pathTemplate(), path)) {
                problems.add(op + " called " + path + ", not " + op.pathTemplate());
            }
            if (!r.getHeader("Authorization").equals("Bearer " + WireMockApi.TOKEN)) {
                problems.add(op + " lacks the Authorization header");
            }
            boolean hasBody = r.getBody() != null && r.getBody().length > 0;
            String ct = r.containsHeader("Content-Type") ? r.getHeader("Content-Type") : null;
            if (hasBody != "application/json".equals(ct)) {
                problems.add(op + ": body " + hasBody + " but Content-Type " + ct);
            }
            sentNonce.put(op, r.containsHeader("fly-machine-lease-nonce")
                    ? Optional.of(r.getHeader("fly-machine-lease-nonce")) : Optional.empty());
        }
        for (Operation op : mustCarryNonce) {
            if (!sentNonce.getOrDefault(op, Optional.empty()).equals(Optional.of(NONCE))) {
                problems.add(op + " did not send the held lease's nonce");
            }
        }
        for (Operation op : mustNotCarryNonce) {
            if (sentNonce.getOrDefault(op, Optional.empty()).isPresent()) {
                problems.add(op + " sent a lease nonce it should not");
            }
        }
        for (Operation op : calls.keySet()) {
            if (op.leaseGuarded() && sentNonce.getOrDefault(op, Optional.empty()).isEmpty()) {
                problems.add(op + " is lease-guarded in the enum but sent no nonce");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    static boolean templateMatches(String template, String path) {
        String regex = "/v1" + template.replaceAll("\\{[^}]+\\}", "[^/]+");
        return Pattern.matches(regex, path);
    }

    /** The path of a logged URL. */
    static final class URIPath {
        static String of(String url) {
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }

    @Test
    void aCreateWithLeaseTtlHoldsTheReturnedLeaseForLaterMutations() {
        String created = "{\"id\":\"" + ID + "\",\"state\":\"created\",\"nonce\":\"create-nonce-7\","
                + "\"config\":{\"image\":\"nginx\"}}";
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(created)));
        wm.stubFor(post(urlEqualTo(M + "/start")).willReturn(okJson("{\"previous_state\":\"created\"}")));
        wm.stubFor(request("DELETE", urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(200)));
        MachinesClient machines = fly.app(APP).machines();
        Machine m = machines.create(CreateMachineRequest.builder()
                .config(MachineConfig.builder().image("nginx").build()).leaseTtl(Duration.ofSeconds(30)).build());
        assertEquals("create-nonce-7", m.nonce());
        machines.withId(ID).start();
        wm.verify(postRequestedFor(urlEqualTo(M + "/start"))
                .withHeader("fly-machine-lease-nonce", equalTo("create-nonce-7")));
        machines.withId(ID).leases().release("create-nonce-7");
        machines.withId(ID).start();
        wm.verify(1, postRequestedFor(urlEqualTo(M + "/start")).withHeader("fly-machine-lease-nonce", absent()));
    }

    @Test
    void aBatchPatchDeletesKeysMappedToNullOrEmpty() {
        wm.stubFor(request("PATCH", urlEqualTo(M + "/metadata")).willReturn(aResponse().withStatus(204)));
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        changes.put("keep", "v");
        changes.put("gone", null);
        changes.put("also-gone", "");
        fly.app(APP).machines().withId(ID).metadata().patch(changes, "01HZX6Q1J5B0Y3W2ZK3W9G8F7E");
        wm.verify(patchRequestedFor(urlEqualTo(M + "/metadata")).withRequestBody(equalToJson(
                "{\"metadata\":{\"keep\":\"v\",\"gone\":\"\",\"also-gone\":\"\"},"
                        + "\"machine_version\":\"01HZX6Q1J5B0Y3W2ZK3W9G8F7E\"}")));
    }

    @Test
    void listWithMetadataFilterSendsItAndReappliesItClientSide() {
        wm.stubFor(get(urlPathEqualTo(BASE)).willReturn(okJson("[{\"id\":\"a\",\"config\":{\"image\":\"i\","
                + "\"metadata\":{\"role\":\"web\"}}},{\"id\":\"b\",\"config\":{\"image\":\"i\",\"metadata\":"
                + "{\"role\":\"worker\"}}}]")));
        List<Machine> web = fly.app(APP).machines().list(ListMachinesQuery.byMetadata("role", "web")
                .withSummary(true));
        assertEquals(List.of("a"), web.stream().map(Machine::id).toList());
        wm.verify(getRequestedFor(urlEqualTo(BASE + "?summary=true&metadata.role=web")));
    }

    @Test
    void leaseReadsAcceptTheEnvelopeAndTheFlatFormAndTreatMissingAsEmpty() {
        MachineClient machine = fly.app(APP).machines().withId(ID);
        wm.stubFor(get(urlEqualTo(M + "/lease")).willReturn(okJson(LEASE_201)));
        Lease wrapped = machine.leases().get().orElseThrow();
        assertEquals("me@example.com", wrapped.owner());
        assertEquals(Instant.ofEpochSecond(1767225600L), wrapped.expiresAt());
        wm.stubFor(get(urlEqualTo(M + "/lease")).willReturn(okJson(
                "{\"nonce\":\"\",\"expires_at\":5,\"owner\":\"o\",\"version\":\"v\"}")));
        assertEquals("o", machine.leases().get().orElseThrow().owner());
        wm.stubFor(get(urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"lease not found\"}")));
        assertFalse(machine.leases().get().isPresent());
        wm.stubFor(request("DELETE", urlEqualTo(M + "/lease")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"lease not found\"}")));
        machine.leases().release("expired-nonce");
    }

    @Test
    void aWaitThatTimesOutOnTheServerIsATypedTimeout() {
        wm.stubFor(get(urlPathEqualTo(M + "/wait")).willReturn(aResponse().withStatus(408)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"deadline_exceeded: machine "
                        + "failed to reach desired state, started, currently stopped\"}")));
        try (FlyMachines noRetry = api.clientBuilder().retry(io.github.flymachines.retry.RetryPolicy.none()).build()) {
            RequestTimeoutException e = assertThrows(RequestTimeoutException.class, () -> noRetry.app(APP).machines()
                    .withId(ID).waitOnce(WaitRequest.of(WaitState.STARTED).withTimeout(Duration.ofSeconds(5))));
            assertEquals(408, e.httpStatus());
        }
        wm.verify(getRequestedFor(urlEqualTo(M + "/wait?timeout=5&state=started")));
    }

    @Test
    void pathSegmentsAreEncodedAndCannotEscapeTheirPlace() {
        api.skipSpecValidation();
        wm.stubFor(get(urlPathMatching("/v1/apps/my-app/machines/[^/]+/metadata/[^/]+"))
                .willReturn(okJson("{\"value\":\"x\"}")));
        MachineClient m = fly.app(APP).machines().withId("id:with@chars");
        assertEquals("x", m.metadata().get("k\u00e9y+sp").orElseThrow());
        List<LoggedRequest> reqs = wm.findAll(getRequestedFor(urlPathMatching(".*")));
        assertEquals(1, reqs.size());
        assertEquals("/v1/apps/my-app/machines/id:with@chars/metadata/k%C3%A9y%2Bsp", reqs.get(0).getUrl());
    }
}
