package io.github.flymachines.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.flymachines.errors.PreconditionFailedException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.testing.support.SpecAudit;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WireMock stays usable: higher-priority stubs inject faults in front of the fake, requests are
 * verified. Auto-advance lets the SDK's retry back-offs and waits run without the test moving time.
 */
class FaultInjectionTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();

    @AfterEach
    void audit() {
        SpecAudit.checkAndReset(fly.fake().wireMock());
        fly.fake().resetStubs();
    }

    @Test
    void a412OnTheNextCreateThenTheFakeAgain() {
        FakeFly fake = fly.fake();
        fake.createApp("fault-a");
        fake.failNext(RequestMethod.POST, urlPathEqualTo("/v1/apps/fault-a/machines"), aResponse().withStatus(412)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"failed_precondition: injected\"}"));
        var machines = fly.client().app("fault-a").machines();
        PreconditionFailedException e = assertThrows(PreconditionFailedException.class,
                () -> machines.create(CreateMachineRequest.of(CONFIG)));
        assertTrue(e.getMessage().contains("injected"));
        Machine m = machines.create(CreateMachineRequest.of(CONFIG));
        assertEquals(1, fake.machineIds("fault-a").size());
        fake.wireMock().verify(2, postRequestedFor(urlPathEqualTo("/v1/apps/fault-a/machines")));
        // auto-advance: the synchronous wait completes while the clock jumps through the transitions
        assertEquals("started", machines.withId(m.id()).waitFor(WaitState.STARTED, Duration.ofMinutes(1))
                .state().toString());
    }

    @Test
    void aConnectionResetOnAGetIsRetriedByTheSdk() {
        FakeFly fake = fly.fake();
        fake.createApp("fault-b");
        var machines = fly.client().app("fault-b").machines();
        Machine m = machines.create(CreateMachineRequest.of(CONFIG));
        String path = "/v1/apps/fault-b/machines/" + m.id();
        fake.wireMock().stubFor(get(urlPathEqualTo(path)).atPriority(1)
                .inScenario("reset-once").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("done")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Machine got = machines.get(m.id());
        assertEquals(m.id(), got.id());
        fake.wireMock().verify(2, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aDelayedResponseStillServedByTheFake() {
        FakeFly fake = fly.fake();
        fake.createApp("fault-c");
        fake.wireMock().setGlobalFixedDelay(20);
        try {
            assertEquals("fault-c", fly.client().apps().get("fault-c").name());
        } finally {
            fake.wireMock().setGlobalFixedDelay(0);
        }
        assertEquals(1, fake.wireMock().getAllServeEvents().size());
    }
}
