package io.github.flymachines.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.testing.FakeFlyExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Micrometer listener against the fake, with a {@link TestObservationRegistry} and a
 * {@link SimpleMeterRegistry}: Observations of calls, waits and leases with their key values,
 * and the meters. Auto-advancing clock: back-offs and rate-limit waits run on the fake clock.
 */
class FlyMicrometerTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    private static MachineConfig config() {
        return MachineConfig.builder().image("busybox:1").env(Map.of("TOKEN", "env-s3cret")).build();
    }

    @Test
    void observationsAndMetersOfARunWithACapacityFallback() {
        TestObservationRegistry observations = TestObservationRegistry.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        fly.fake().createApp("mm-a").setCapacity("ord", 0);
        try (FlyMachines client = fly.fake().clientBuilder().listener(FlyMicrometer.builder()
                .observationRegistry(observations).meterRegistry(meters).percentiles(0.5, 0.99).build()).build()) {
            MachinesClient machines = client.app("mm-a").machines();
            Machine m = machines.run(CreateMachineRequest.of(config()).inRegions("ord", "iad"));
            try (HeldLease lease = machines.withId(m.id()).lease(Duration.ofSeconds(30))) {
                lease.machine().stop();
            }
        } finally {
            fly.fake().clearCapacity("ord");
        }

        TestObservationRegistryAssert.assertThat(observations)
                .hasObservationWithNameEqualTo(FlyMicrometer.CALL_OBSERVATION)
                .that()
                .hasContextualNameEqualTo("Machines_create")
                .hasLowCardinalityKeyValue(FlyMicrometer.OPERATION, "MACHINES_CREATE")
                .hasLowCardinalityKeyValue(FlyMicrometer.STATUS_CLASS, "2xx")
                .hasLowCardinalityKeyValue(FlyMicrometer.OUTCOME, "success")
                .hasLowCardinalityKeyValue(FlyMicrometer.REGION, "iad")
                .hasHighCardinalityKeyValue(FlyMicrometer.APP, "mm-a")
                .hasBeenStarted()
                .hasBeenStopped();
        TestObservationRegistryAssert.assertThat(observations)
                .hasObservationWithNameEqualTo(FlyMicrometer.WAIT_OBSERVATION)
                .that()
                .hasLowCardinalityKeyValue(FlyMicrometer.OUTCOME, "success")
                .hasLowCardinalityKeyValue(FlyMicrometer.STATE, "started")
                .hasBeenStopped();
        TestObservationRegistryAssert.assertThat(observations)
                .hasObservationWithNameEqualTo(FlyMicrometer.LEASE_OBSERVATION)
                .that()
                .hasLowCardinalityKeyValue(FlyMicrometer.OUTCOME, "released")
                .hasBeenStopped();
        TestObservationRegistryAssert.assertThat(observations).doesNotHaveAnyRemainingCurrentObservation();

        assertEquals(1, meters.get(FlyMicrometer.CALLS).tags("operation", "MACHINES_CREATE", "outcome", "success",
                "region", "iad", "status_class", "2xx").timer().count());
        assertEquals(2.0, meters.get(FlyMicrometer.ATTEMPTS).tag("operation", "MACHINES_CREATE").counters().stream()
                .mapToDouble(c -> c.count()).sum());
        assertEquals(1.0, meters.get(FlyMicrometer.RETRIES).tags("operation", "MACHINES_CREATE", "reason", "capacity")
                .counter().count());
        assertEquals(0.0, meters.get(FlyMicrometer.WAITS_OUTSTANDING).gauge().value());
        assertTrue(meters.get(FlyMicrometer.WAITS).tags("outcome", "success", "state", "started").timer().count() >= 1);
        assertEquals(1.0, meters.get(FlyMicrometer.LEASES).tag("event", "acquired").counter().count());
        assertEquals(1.0, meters.get(FlyMicrometer.LEASES).tag("event", "released").counter().count());
        // percentiles published for the call timer
        assertTrue(meters.get(FlyMicrometer.CALLS).tag("operation", "MACHINES_CREATE").timer().takeSnapshot()
                .percentileValues().length == 2);
        String all = meters.getMetersAsString();
        assertFalse(all.contains("env-s3cret"));
        assertFalse(all.contains(fly.fake().token()));
    }

    @Test
    void rateLimitWaitsAndAdoptionLookUpsAreCounted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        fly.fake().createApp("mm-b");
        // an ambiguous answer to the first create: the SDK looks for the machine before sending again
        fly.fake().failNext(RequestMethod.POST, WireMock.urlPathEqualTo("/v1/apps/mm-b/machines"),
                WireMock.aResponse().withStatus(502));
        try (FlyMachines client = fly.fake().clientBuilder().rateLimits(RateLimitPolicy.defaults())
                .listener(FlyMicrometer.builder().meterRegistry(meters).build()).build()) {
            MachinesClient machines = client.app("mm-b").machines();
            for (int i = 0; i < 5; i++) { // per app: a burst of 3, then 1/s
                machines.create(CreateMachineRequest.of(config()));
            }
        }
        assertEquals(1.0, meters.get(FlyMicrometer.ADOPTIONS).tags("operation", "MACHINES_CREATE",
                "result", "not_found").counter().count());
        assertTrue(meters.get(FlyMicrometer.RETRIES).tags("operation", "MACHINES_CREATE", "reason", "ambiguous")
                .counter().count() >= 1);
        assertTrue(meters.get(FlyMicrometer.RATE_LIMIT_WAIT).tag("operation", "MACHINES_CREATE").timer().count() >= 1);
        assertEquals(5, meters.get(FlyMicrometer.CALLS).tags("operation", "MACHINES_CREATE", "outcome", "success")
                .timer().count());
    }

    @Test
    void percentilesOutsideZeroToOneAreRefused() {
        FlyValidationException e = org.junit.jupiter.api.Assertions.assertThrows(FlyValidationException.class,
                () -> FlyMicrometer.builder().percentiles(0.5, 99));
        assertTrue(e.getMessage().contains("percentiles"), e.getMessage());
    }
}
