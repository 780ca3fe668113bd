package io.github.flymachines.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.ReadmeSection;
import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.VirtualTime;
import io.github.flymachines.support.WireMockApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix: each fault, injected once, against each operation; the expected outcome of
 * every cell is asserted, and the same table is rendered into README.md (checked, so it cannot
 * drift). For machine create under every ambiguous fault, both cases are run (the first attempt
 * did or did not create the machine) and the test proves exactly one machine exists at the end.
 */
class FaultMatrixTest {
    static final String BASE = "/v1/apps/my-app/machines";
    static final String ID = "3d8d413b29d089";
    static final String M = BASE + "/" + ID;
    // generous enough that a loaded CI machine answers in time; the SLOW fault delays well past it
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1500);

    /** A fault, injected on the first attempt only. */
    enum FaultKind {
        RESET("connection reset", () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), true),
        EMPTY("empty response", () -> aResponse().withFault(Fault.EMPTY_RESPONSE), true),
        MALFORMED_CHUNK("malformed chunk", () -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), true),
        RANDOM_DATA("random data, then close", () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), true),
        SLOW("no answer within the attempt timeout", () -> okJson("{}").withFixedDelay(6000), true),
        S500("500", () -> Stubs.error(500, "{\"error\":\"internal error\"}"), true),
        S502("502", () -> Stubs.error(502, "{\"error\":\"bad gateway\"}"), true),
        S503("503", () -> Stubs.error(503, "{\"error\":\"service unavailable\"}"), true),
        S504("504", () -> Stubs.error(504, "{\"error\":\"gateway timeout\"}"), true),
        S408("408", () -> Stubs.error(408, "{\"error\":\"request timeout\"}"), true),
        S429("429 without Retry-After", () -> Stubs.error(429, "{\"error\":\"rate limited\"}"), false),
        S429_RETRY_AFTER("429 with Retry-After: 3", () -> Stubs.error(429, "{\"error\":\"rate limited\"}")
                .withHeader("Retry-After", "3"), false),
        CAP_412("412 insufficient_capacity", () -> Stubs.error(412, "{\"error\":\"could not reserve resource for "
                + "machine: insufficient memory\",\"status\":\"insufficient_capacity\"}"), false),
        CAP_409("409 insufficient resources", () -> Stubs.error(409,
                "{\"error\":\"insufficient resources to create new machine\"}"), false),
        CAP_400("400 no capacity", () -> Stubs.error(400, "{\"error\":\"no capacity available in region\"}"), false),
        CAP_HOST("412 deploys to this host are temporarily disabled", () -> Stubs.error(412,
                "{\"error\":\"failed_precondition: deploys to this host are temporarily disabled\"}"), false),
        QUOTA("403 over the allowed quota", () -> Stubs.error(403,
                "{\"error\":\"your organization is over the allowed quota for machines\"}"), false);

        final String label;
        final Supplier<ResponseDefinitionBuilder> response;
        /** Whether the failure leaves the outcome of a non-idempotent call unknown. */
        final boolean ambiguous;

        FaultKind(String label, Supplier<ResponseDefinitionBuilder> response, boolean ambiguous) {
            this.label = label;
            this.response = response;
            this.ambiguous = ambiguous;
        }
    }

    /** The operations of the matrix. */
    enum Op {
        GET("get"), LIST("list"), CREATE("create"), START("start"), STOP("stop"),
        UPDATE("update (with nonce)"), DESTROY("destroy"), WAIT("wait"),
        UPDATE_BARE("update (no nonce, no version)"), EXEC("exec");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    /** What happens in a cell. */
    enum Outcome {
        RETRIED("retried, succeeds"),
        ADOPTED("looked up, adopted or re-sent: 1 machine"),
        NEXT_REGION("retried (next region when given)"),
        NOT_APPLICABLE("n/a"),
        FAILS_UNKNOWN("not retried: error returned, outcome unknown"),
        FAILS_CAPACITY("CapacityException (ORG_QUOTA), not retried");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** The expected outcome of each cell: the one place the README table comes from. */
    static Outcome expected(Op op, FaultKind f) {
        if (f == FaultKind.QUOTA) {
            return Outcome.FAILS_CAPACITY;
        }
        if (op == Op.WAIT && f == FaultKind.SLOW) {
            return Outcome.NOT_APPLICABLE; // a long poll is meant to be slow: its attempt timeout exceeds the poll
        }
        if ((op == Op.EXEC || op == Op.UPDATE_BARE) && f.ambiguous) {
            return Outcome.FAILS_UNKNOWN;
        }
        if (op == Op.CREATE) {
            if (f.ambiguous) {
                return Outcome.ADOPTED;
            }
            if (f.name().startsWith("CAP_")) {
                return Outcome.NEXT_REGION;
            }
        }
        return Outcome.RETRIED;
    }

    static WireMockServer wm;
    static final CreateSimulator SIM = new CreateSimulator();
    static final VirtualTime TIME = new VirtualTime();

    @BeforeAll
    static void start() {
        wm = new WireMockServer(options().dynamicPort().containerThreads(20).extensions(SIM));
        wm.start();
    }

    @AfterAll
    static void stop() {
        wm.stop();
    }

    FlyMachines client() {
        return FlyMachines.builder().baseUrl(wm.baseUrl()).token(WireMockApi.TOKEN).clock(TIME.clock()).sleeper(TIME)
                .random(new SplittableRandom(7)).rateLimits(RateLimitPolicy.disabled())
                .attemptTimeout(ATTEMPT_TIMEOUT).build();
    }

    @Test
    void everyCellBehavesAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        for (FaultKind f : FaultKind.values()) {
            for (Op op : Op.values()) {
                Outcome want = expected(op, f);
                if (want == Outcome.NOT_APPLICABLE) {
                    continue;
                }
                try {
                    if (op == Op.CREATE && want == Outcome.ADOPTED) {
                        runCreateAmbiguous(f, true);
                        runCreateAmbiguous(f, false);
                    } else {
                        runCell(op, f, want);
                    }
                } catch (Throwable t) {
                    failures.add(op + " x " + f + " (expected " + want + "): " + t);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " cell(s) failed:\n" + String.join("\n", failures));
        }
    }

    private void reset() {
        wm.resetAll();
        SIM.reset();
        TIME.reset();
    }

    private void runCell(Op op, FaultKind f, Outcome want) {
        reset();
        try (FlyMachines fly = client()) {
            var machines = fly.app("my-app").machines();
            var machine = machines.withId(ID);
            ResponseDefinitionBuilder fault = f.response.get();
            switch (op) {
                case GET -> Stubs.sequence(wm, () -> get(urlEqualTo(M)), fault, okJson(Fixtures.machine(ID, "started")));
                case LIST -> Stubs.sequence(wm, () -> get(urlEqualTo(BASE)), fault,
                        okJson("[" + Fixtures.machine(ID, "started") + "]"));
                case START -> Stubs.sequence(wm, () -> post(urlEqualTo(M + "/start")), fault,
                        okJson("{\"previous_state\":\"stopped\"}"));
                case STOP -> Stubs.sequence(wm, () -> post(urlEqualTo(M + "/stop")), fault, aResponse().withStatus(200));
                case UPDATE -> Stubs.sequence(wm, () -> post(urlEqualTo(M)).withHeader("fly-machine-lease-nonce",
                        equalTo("n")), fault, okJson(Fixtures.machine(ID, "updating")));
                case DESTROY -> Stubs.sequence(wm, () -> delete(urlEqualTo(M)), fault, okJson("{\"ok\":true}"));
                case UPDATE_BARE -> Stubs.sequence(wm, () -> post(urlEqualTo(M)), fault,
                        okJson(Fixtures.machine(ID, "updating")));
                case EXEC -> Stubs.sequence(wm, () -> post(urlEqualTo(M + "/exec")), fault,
                        okJson("{\"exit_code\":0,\"stdout\":\"ok\"}"));
                case WAIT -> Stubs.sequence(wm, () -> get(urlPathEqualTo(M + "/wait")), fault, Stubs.waitOk("started"));
                case CREATE -> {
                    SIM.fault = f;
                    wm.stubFor(any(urlPathEqualTo(BASE)).willReturn(aResponse().withTransformers(CreateSimulator.NAME)));
                }
                default -> throw new IllegalStateException();
            }
            Runnable call = switch (op) {
                case GET -> machine::get;
                case LIST -> machines::list;
                case START -> machine::start;
                case STOP -> machine::stop;
                case UPDATE -> () -> machine.withLeaseNonce("n")
                        .update(UpdateMachineRequest.of(MachineConfig.builder().image("nginx:1.28").build()));
                case DESTROY -> machine::destroy;
                case UPDATE_BARE -> () -> machine.update(UpdateMachineRequest.of(MachineConfig.builder()
                        .image("nginx:1.28").build()));
                case EXEC -> () -> machine.exec("echo", "ok");
                case WAIT -> () -> machine.waitFor(WaitState.STARTED, Duration.ofMinutes(1));
                case CREATE -> () -> machines.create(CreateMachineRequest.of(MachineConfig.builder().image("nginx")
                        .build()).inRegions("ord", "iad"));
            };
            Throwable caught = null;
            try {
                call.run();
            } catch (FlyException e) {
                caught = e;
            }
            final Throwable thrown = caught;
            switch (want) {
                case RETRIED, NEXT_REGION -> {
                    assertNull(thrown, () -> "expected success after a retry, got " + thrown);
                    if (op != Op.CREATE) {
                        // the JDK client may itself repeat a GET once after a reset, so count at least two
                        assertTrue(wm.getAllServeEvents().size() >= 2, "the fault, then the retry that succeeded");
                    } else {
                        assertEquals(2, SIM.posts.get(), "create re-sent after a definite refusal");
                        assertEquals(0, SIM.lookups.get(), "no lookup after a definite refusal");
                        assertEquals(1, SIM.machines.size());
                        assertEquals(want == Outcome.NEXT_REGION ? "iad" : "ord", SIM.lastRegion,
                                "capacity moves to the next region; throttling retries the same one");
                    }
                    if (f == FaultKind.S429_RETRY_AFTER) {
                        assertTrue(TIME.sleeps().stream().anyMatch(d -> d.compareTo(Duration.ofSeconds(3)) >= 0),
                                "Retry-After 3 honoured: " + TIME.sleeps());
                    }
                }
                case FAILS_UNKNOWN -> {
                    assertInstanceOf(FlyException.class, thrown);
                    assertEquals(1, wm.getAllServeEvents().size(), "sent once: a repeat could run it twice");
                }
                case FAILS_CAPACITY -> {
                    assertInstanceOf(CapacityException.class, thrown);
                    assertEquals(CapacityException.Scope.ORG_QUOTA, ((CapacityException) thrown).scope());
                    int attempts = op == Op.CREATE ? SIM.posts.get() : wm.getAllServeEvents().size();
                    assertEquals(1, attempts, "not retried");
                }
                default -> throw new IllegalStateException("unexpected " + want);
            }
            assertSpecValid();
        }
    }

    private void runCreateAmbiguous(FaultKind f, boolean createdBeforeFault) {
        reset();
        SIM.fault = f;
        SIM.createdBeforeFault = createdBeforeFault;
        wm.stubFor(any(urlPathEqualTo(BASE)).willReturn(aResponse().withTransformers(CreateSimulator.NAME)));
        try (FlyMachines fly = client()) {
            var m = fly.app("my-app").machines().create(CreateMachineRequest.of(MachineConfig.builder().image("nginx")
                    .build()));
            assertEquals(1, SIM.machines.size(), "exactly one machine exists");
            assertEquals(SIM.machines.get(0).get("id").asText(), m.id(), "the call returned that machine");
            assertTrue(SIM.lookups.get() >= 1, "looked the machine up before any retry");
            if (createdBeforeFault) {
                assertEquals(1, SIM.posts.get(), "adopted: the create was not sent again");
            } else {
                assertEquals(2, SIM.posts.get(), "not found: the create was sent again");
            }
        }
        assertSpecValid();
    }

    private void assertSpecValid() {
        List<String> problems = new ArrayList<>();
        for (ServeEvent e : wm.getAllServeEvents()) {
            problems.addAll(SpecValidator.validate(e.getRequest()));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void readmeHoldsThisTable() {
        StringBuilder sb = new StringBuilder("| fault (first attempt) |");
        for (Op op : Op.values()) {
            sb.append(' ').append(op.label).append(" |");
        }
        sb.append("\n|---|");
        for (int i = 0; i < Op.values().length; i++) {
            sb.append("---|");
        }
        for (FaultKind f : FaultKind.values()) {
            sb.append("\n| ").append(f.label).append(" |");
            for (Op op : Op.values()) {
                sb.append(' ').append(expected(op, f).label).append(" |");
            }
        }
        String problem = ReadmeSection.check("fault-matrix", sb.toString());
        assertNull(problem, problem);
    }

    /**
     * A tiny stateful create endpoint: POST records a machine (unless the fault came first), GET
     * lists them (the metadata filter applied like the newer API does).
     */
    static final class CreateSimulator implements ResponseDefinitionTransformerV2 {
        static final String NAME = "create-simulator";
        final List<JsonNode> machines = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger posts = new AtomicInteger();
        final AtomicInteger lookups = new AtomicInteger();
        volatile FaultKind fault;
        volatile boolean createdBeforeFault;
        volatile boolean faultUsed;
        volatile String lastRegion;
        final AtomicInteger ids = new AtomicInteger();

        void reset() {
            machines.clear();
            posts.set(0);
            lookups.set(0);
            fault = null;
            createdBeforeFault = false;
            faultUsed = false;
            lastRegion = null;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Request req = serveEvent.getRequest();
            if (req.getMethod().getName().equals("GET")) {
                lookups.incrementAndGet();
                ArrayNode arr = Json.mapper().createArrayNode();
                String wanted = req.queryParameter("metadata.machines_sdk_request_id").isPresent()
                        ? req.queryParameter("metadata.machines_sdk_request_id").firstValue() : null;
                synchronized (machines) {
                    for (JsonNode m : machines) {
                        if (wanted == null || wanted.equals(m.at("/config/metadata/machines_sdk_request_id").asText())) {
                            arr.add(m);
                        }
                    }
                }
                return okJson(arr.toString()).build();
            }
            posts.incrementAndGet();
            JsonNode body = Json.read(req.getBodyAsString(), JsonNode.class);
            lastRegion = body.path("region").asText(null);
            ObjectNode m = (ObjectNode) Json.read(Fixtures.machine(String.format("%014x", 0xabc000 + ids.incrementAndGet()),
                    "created"), JsonNode.class);
            m.set("config", body.get("config"));
            if (lastRegion != null) {
                m.put("region", lastRegion);
            }
            if (fault != null && !faultUsed) {
                faultUsed = true;
                if (fault.ambiguous && createdBeforeFault) {
                    machines.add(m);
                }
                if (fault == FaultKind.SLOW) {
                    return okJson(m.toString()).withFixedDelay(6000).build();
                }
                return fault.response.get().build();
            }
            machines.add(m);
            return okJson(m.toString()).build();
        }
    }
}
