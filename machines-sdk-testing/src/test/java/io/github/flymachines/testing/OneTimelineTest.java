package io.github.flymachines.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.WaitTimeoutException;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.testing.support.Raw;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One timeline: the client the fake hands out runs its clock and sleeper on the fake's
 * {@link FakeClock}, so auto-advance moves through the SDK's refresh timers and back-offs instead
 * of jumping past them.
 */
class OneTimelineTest {
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    @Test
    void aHeldLeaseWithA30SecondTtlStaysHeldForFiveMinutesOfFakeTime(FakeFly fake, FlyMachines client) {
        fake.createApp("tl-lease");
        var machines = client.app("tl-lease").machines();
        Machine m = machines.create(CreateMachineRequest.of(CONFIG));
        machines.withId(m.id()).waitFor(WaitState.STARTED, Duration.ofMinutes(1));
        Instant start = fake.clock().instant();
        try (HeldLease lease = machines.withId(m.id()).lease(Duration.ofSeconds(30))) {
            // nothing stops the machine: the wait times out after 5 minutes of fake time, while
            // auto-advance jumps timer to timer, the lease's refreshes among them
            assertThrows(WaitTimeoutException.class,
                    () -> machines.withId(m.id()).waitFor(WaitState.STOPPED, Duration.ofMinutes(5)));
            assertTrue(Duration.between(start, fake.clock().instant()).compareTo(Duration.ofMinutes(5)) >= 0,
                    "five minutes of fake time passed: " + Duration.between(start, fake.clock().instant()));
            assertFalse(lease.isLost(), () -> "refreshed on the fake's timeline, never expired: " + lease.lostReason());
            var raw = Raw.send(fake, "GET", "/v1/apps/tl-lease/machines/" + m.id() + "/lease", null);
            assertEquals(200, raw.statusCode());
            assertTrue(raw.body().contains(lease.nonce()), "the fake still holds our lease");
        }
        assertEquals(404, Raw.send(fake, "GET", "/v1/apps/tl-lease/machines/" + m.id() + "/lease", null)
                .statusCode(), "released on close");
    }

    @Test
    void aRetryBackOffAdvancesFakeTimeByTheBackOff(FakeFly fake) {
        fake.createApp("tl-backoff");
        String path = "/v1/apps/tl-backoff";
        fake.wireMock().stubFor(get(urlPathEqualTo(path)).atPriority(1)
                .inScenario("throttle-once").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "20")
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"rate limited\"}")));
        RetryPolicy policy = RetryPolicy.defaults().toBuilder()
                .throttleBackoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
        try (FlyMachines client = fake.clientBuilder().retry(policy).build()) {
            Instant before = fake.clock().instant();
            assertEquals("tl-backoff", client.apps().get("tl-backoff").name());
            // the 20 s Retry-After was slept on the fake's clock (auto-advance jumped it), not on the wall
            assertEquals(Duration.ofSeconds(20), Duration.between(before, fake.clock().instant()));
        }
        fake.wireMock().verify(2, getRequestedFor(urlPathEqualTo(path)));
    }
}
