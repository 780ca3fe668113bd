package io.github.flymachines.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.CircuitOpenException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.ServerErrorException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireMockApi;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The optional circuit breaker, and adoption on 409 after an ambiguous create with a chosen name. */
class CircuitBreakerAndNameAdoptionTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static CircuitBreaker breaker() {
        return CircuitBreaker.of("fly", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofHours(1)).build());
    }

    @Test
    void serverFaultsOpenTheBreakerAndThenNothingIsSent() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(503, "{\"error\":\"unavailable\"}")));
        CircuitBreaker cb = breaker();
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().maxAttempts(2).circuitBreaker(cb).build())
                .build();
        assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        assertEquals(CircuitBreaker.State.OPEN, cb.getState());
        CircuitOpenException open = assertThrows(CircuitOpenException.class,
                () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        assertFalse(open.requestMayHaveReachedServer());
        wm.verify(4, getRequestedFor(urlEqualTo(M)));
    }

    @Test
    void clientErrorsCountAsAnswersAndKeepTheBreakerClosed() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(404, "{\"error\":\"machine not found\"}")));
        CircuitBreaker cb = breaker();
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().circuitBreaker(cb).build()).build();
        for (int i = 0; i < 6; i++) {
            assertThrows(NotFoundException.class, () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        }
        assertEquals(CircuitBreaker.State.CLOSED, cb.getState());
        assertEquals(6, cb.getMetrics().getNumberOfSuccessfulCalls() + 2, "window holds the last 4");
        wm.verify(6, getRequestedFor(urlEqualTo(M)));
    }

    @Test
    void conflictOnAChosenNameAfterAnAmbiguousCreateAdoptsTheFirstMachine() throws Exception {
        WireMockServer wm = api.server();
        String base = "/v1/apps/my-app/machines";
        // 1st POST: the connection drops after the request went out (did it create?); 2nd: 409.
        Stubs.sequence(wm, () -> post(urlEqualTo(base)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                Stubs.error(409, "{\"error\":\"a machine with name web-1 already exists\"}"));
        // the look-up by request id finds nothing at first (not yet visible), then the machine
        // the client's random source is seeded (42): the request id is its first two longs
        java.util.SplittableRandom seeded = new java.util.SplittableRandom(42);
        String requestId = String.format("%016x%016x", seeded.nextLong(), seeded.nextLong());
        com.fasterxml.jackson.databind.node.ObjectNode made = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(Fixtures.machine("3d8d413b29d089", "created"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) made.with("config").with("metadata"))
                .put("machines_sdk_request_id", requestId);
        Stubs.sequence(wm, () -> get(urlPathEqualTo(base)), okJson("[]"), okJson("[" + made + "]"));
        // one look-up before each repeated create, so the repeat happens and meets the 409
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().adoptionLookups(1).build()).build();
        MachineConfig config = MachineConfig.builder().image("nginx:1.27").guest(Guest.shared(1, 256)).build();
        Machine m = fly.app("my-app").machines().create(CreateMachineRequest.of(config).withName("web-1"));
        assertEquals("3d8d413b29d089", m.id());
        wm.verify(2, postRequestedFor(urlEqualTo(base)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(base)));
    }
}
