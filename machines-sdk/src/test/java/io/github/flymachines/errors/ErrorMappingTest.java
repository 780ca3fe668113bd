package io.github.flymachines.errors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each error status and body shape maps to its typed exception, with status, API message and request id. */
class ErrorMappingTest extends WireTest {
    MachineClient machine;

    @Override
    protected FlyMachines client() {
        return api.clientBuilder().retry(RetryPolicy.none()).build();
    }

    @BeforeEach
    void setUp() {
        machine = fly.app("my-app").machines().withId(ID);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("fly-request-id", "req-" + status).withBody(body);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "400 | BadRequestException          | invalid machine config",
        "401 | UnauthorizedException        | token invalid",
        "403 | ForbiddenException           | unauthorized",
        "404 | NotFoundException            | machine not found",
        "408 | RequestTimeoutException      | deadline_exceeded: machine failed to reach desired state",
        "409 | ConflictException            | machine is being replaced",
        "412 | PreconditionFailedException  | failed_precondition: machine getting replaced, refusing to start",
        "422 | UnprocessableEntityException | invalid value",
        "429 | RateLimitedException         | rate limit exceeded",
        "500 | ServerErrorException         | internal error",
        "502 | ServerErrorException         | bad gateway",
        "503 | ServerErrorException         | unavailable",
        "504 | ServerErrorException         | gateway timeout",
        "418 | FlyServiceException          | teapot",
    })
    void eachStatusMapsToItsException(int status, String type, String message) {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(status,
                "{\"error\":\"" + message + "\",\"status\":\"unknown\"}")));
        FlyServiceException e = assertThrows(FlyServiceException.class, machine::get);
        assertEquals(type, e.getClass().getSimpleName(), e.toString());
        assertEquals(status, e.httpStatus());
        assertEquals(message, e.apiMessage().orElseThrow());
        assertEquals("unknown", e.apiStatus().orElseThrow());
        assertEquals("req-" + status, e.requestId().orElseThrow());
        assertTrue(e.getMessage().contains("HTTP " + status) && e.getMessage().contains(message)
                && e.getMessage().contains("req-" + status), e.getMessage());
        assertEquals("GET", e.details().method());
        assertEquals(M, e.details().path());
        assertTrue(e.details().body().contains(message));
        assertEquals(1, wm.getAllServeEvents().size());
    }

    @Test
    void theMessageFieldIsReadWhenThereIsNoError() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(400, "{\"message\":\"bad state\"}")));
        FlyServiceException e = assertThrows(BadRequestException.class, machine::get);
        assertEquals("bad state", e.apiMessage().orElseThrow());
    }

    @Test
    void rateLimitedCarriesRetryAfter() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(429, "{\"error\":\"slow down\"}")
                .withHeader("Retry-After", "7")));
        RateLimitedException e = assertThrows(RateLimitedException.class, machine::get);
        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
        assertEquals("7", e.details().header("retry-after").orElseThrow());

        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(429, "{\"error\":\"slow down\"}")));
        assertFalse(assertThrows(RateLimitedException.class, machine::get).retryAfter().isPresent());
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Retry-After    | 'Thu, 01 Jan 2026 00:00:30 GMT' | PT30S",
        "Retry-After    | 'Wed, 31 Dec 2025 23:59:00 GMT' | PT0S",
        "Retry-After    | 2.5                             | PT2.5S",
        "retry-after-ms | 1500                            | PT1.5S",
    })
    void retryAfterReadsSecondsDatesOnTheInjectedClockAndMilliseconds(String header, String value, Duration want) {
        // the client's clock is virtual: 2026-01-01T00:00:00Z
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(429, "{\"error\":\"slow down\"}").withHeader(header, value)));
        assertEquals(want, assertThrows(RateLimitedException.class, machine::get).retryAfter().orElseThrow());
    }

    @Test
    void anUnreadableRetryAfterIsAbsentNotAnError() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(429, "{\"error\":\"slow down\"}")
                .withHeader("Retry-After", "soon")));
        RateLimitedException e = assertThrows(RateLimitedException.class, machine::get);
        assertFalse(e.retryAfter().isPresent());
        assertEquals(429, e.httpStatus());
    }

    @Test
    void the409LeaseConflictShapesAreLeaseConflicts() {
        // the lease endpoints' envelope: {status:"error", message, code}
        wm.stubFor(post(urlPathEqualTo(M + "/lease")).willReturn(json(409, "{\"status\":\"error\",\"message\":"
                + "\"machine ID 3d8d413b29d089 lease currently held by someone@example.com, expires at "
                + "2026-01-01T00:00:00Z\",\"code\":\"invalid\"}")));
        LeaseConflictException e = assertThrows(LeaseConflictException.class,
                () -> machine.leases().acquire(Duration.ofSeconds(30), null));
        assertEquals(409, e.httpStatus());
        assertEquals("invalid", e.apiStatus().orElseThrow(), "the envelope's code is the API status");
        assertTrue(e.apiMessage().orElseThrow().startsWith("machine ID 3d8d413b29d089 lease currently held"));
        assertEquals("req-409", e.requestId().orElseThrow());

        // a mutation without the nonce: {error:"aborted: ... lease currently held by ..."}
        wm.stubFor(post(urlPathEqualTo(M + "/stop")).willReturn(json(409,
                "{\"error\":\"aborted: machine ID 3d8d413b29d089 lease currently held by other@example.com\"}")));
        assertThrows(LeaseConflictException.class, machine::stop);
    }

    @Test
    void a409WithoutALeaseIsAPlainConflict() {
        wm.stubFor(post(urlPathEqualTo(M + "/stop")).willReturn(json(409, "{\"error\":\"already stopping\"}")));
        ConflictException e = assertThrows(ConflictException.class, machine::stop);
        assertFalse(e instanceof LeaseConflictException);
    }

    @Test
    void nameTakenIsRecognisedByStatusOrLegacyMessage() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(422, "{\"error\":\"Name has already been taken\"}")));
        assertThrows(NameTakenException.class, machine::get);
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(422, "{\"error\":\"x\",\"status\":\"name_taken\"}")));
        assertThrows(NameTakenException.class, machine::get);
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "409 | '{\"error\":\"no capacity\",\"status\":\"insufficient_capacity\"}' | REGION",
        "422 | '{\"error\":\"placement failed\",\"status\":\"volume_placement_capacity\"}' | VOLUME_HOST",
        "412 | '{\"error\":\"could not reserve resource for machine: insufficient memory available\"}' | REGION",
        "422 | '{\"error\":\"insufficient resources available to fulfill request\"}' | REGION",
        "403 | '{\"error\":\"Your organization is over the allowed quota for machines\"}' | ORG_QUOTA",
        "409 | '{\"error\":\"deploys to this host are temporarily disabled\"}' | HOST",
    })
    void capacityShapesAreOneCapacityException(int status, String body, CapacityException.Scope scope) {
        api.skipSpecValidation(); // the create body is not the point here
        wm.stubFor(post(urlPathEqualTo("/v1/apps/my-app/machines")).willReturn(json(status, body)));
        CapacityException e = assertThrows(CapacityException.class, () -> fly.app("my-app").machines().create(
                CreateMachineRequest.builder().config(MachineConfig.builder().image("nginx")
                        .guest(Guest.shared(1, 256)).build()).region("ord").build()));
        assertEquals(scope, e.scope());
        assertEquals(status, e.httpStatus());
        if (scope == CapacityException.Scope.REGION) {
            assertEquals("ord", e.region().orElseThrow());
            assertTrue(e.getMessage().contains("region ord"), e.getMessage());
        }
    }

    @Test
    void malformedJsonErrorBodyKeepsTheRawText() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(500, "{\"error\":\"truncat")));
        ServerErrorException e = assertThrows(ServerErrorException.class, machine::get);
        assertTrue(e.apiMessage().orElseThrow().contains("truncat"), e.getMessage());
        assertEquals("req-500", e.requestId().orElseThrow());
    }

    @Test
    void emptyErrorBodyStillMapsByStatus() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(404).withHeader("fly-request-id", "r1")));
        NotFoundException e = assertThrows(NotFoundException.class, machine::get);
        assertFalse(e.apiMessage().isPresent());
        assertEquals("r1", e.requestId().orElseThrow());
        assertEquals("", e.details().body());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void htmlErrorPageFromAProxyIsBoundedText() {
        StringBuilder html = new StringBuilder("<html><head><title>502 Bad Gateway</title></head><body>");
        for (int i = 0; i < 2000; i++) {
            html.append("<p>padding line ").append(i).append("</p>");
        }
        html.append("</body></html>");
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withHeader("Set-Cookie", "session=secret-cookie")
                .withBody(html.toString())));
        ServerErrorException e = assertThrows(ServerErrorException.class, machine::get);
        assertEquals(502, e.httpStatus());
        assertTrue(e.apiMessage().orElseThrow().contains("502 Bad Gateway"), e.getMessage());
        assertTrue(e.details().body().length() <= 2100, "body not bounded: " + e.details().body().length());
        assertTrue(e.getMessage().length() < 1000, "message not bounded: " + e.getMessage().length());
        assertFalse(e.details().headers().containsKey("set-cookie"), "headers are allow-listed");
        assertEquals("text/html", e.details().header("content-type").orElseThrow());
    }

    @Test
    void aMalformedSuccessBodyIsAMalformedResponse() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson("{\"id\":\"x\",").withHeader("fly-request-id", "r2")));
        MalformedResponseException e = assertThrows(MalformedResponseException.class, machine::get);
        assertEquals(200, e.httpStatus());
        assertEquals("r2", e.requestId().orElseThrow());
        assertNotNull(e.getCause());

        wm.stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(200)));
        assertThrows(MalformedResponseException.class, machine::get);
    }

    @Test
    void everyServiceErrorIsAnUncheckedFlyException() {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(404, "{\"error\":\"machine not found\"}")));
        RuntimeException e = assertThrows(RuntimeException.class, machine::get);
        assertInstanceOf(FlyException.class, e);
        assertInstanceOf(FlyServiceException.class, e);
        assertFalse(e instanceof FlyClientException);
    }

    @Test
    void blockingCallsThrowTheTypedExceptionAndAsyncOnesCarryIt() throws Exception {
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(json(404, "{\"error\":\"machine not found\"}")));
        wm.stubFor(get(urlPathEqualTo(M + "/metadata")).willReturn(json(403, "{\"error\":\"unauthorized\"}")));
        // blocking: the typed exception itself, never ExecutionException/CompletionException
        assertThrows(NotFoundException.class, machine::get);
        assertThrows(ForbiddenException.class, () -> machine.metadata().all());
        assertThrows(NotFoundException.class, () -> fly.app("my-app").machines().get(ID));
        // async: the future fails with it
        ExecutionException ee = assertThrows(ExecutionException.class,
                () -> machine.getAsync().get(30, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, ee.getCause());
        CompletionException ce = assertThrows(CompletionException.class, () -> machine.metadata().allAsync().join());
        assertInstanceOf(ForbiddenException.class, ce.getCause());
    }
}
