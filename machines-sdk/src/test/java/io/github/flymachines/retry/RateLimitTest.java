package io.github.flymachines.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client-side rate limiting keyed like Fly's: per action, per machine; waits go through the sleeper. */
class RateLimitTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    MachinesClient machines;

    @BeforeEach
    void setUp() {
        api.server().stubFor(post(urlPathMatching("/v1/apps/my-app/machines/[a-z0-9]+/(stop|start)"))
                .willReturn(aResponse().withStatus(200)));
        api.server().stubFor(get(urlPathMatching("/v1/apps/my-app/machines/[a-z0-9]+"))
                .willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))));
    }

    private MachinesClient with(RateLimitPolicy policy) {
        FlyMachines fly = api.clientBuilder().rateLimits(policy).build();
        return fly.app("my-app").machines();
    }

    @Test
    void burstOfThreeThenOnePerSecondPerActionPerMachine() {
        machines = with(RateLimitPolicy.defaults());
        for (int i = 0; i < 3; i++) {
            machines.withId("aaa").stop();
        }
        assertTrue(api.time().sleeps().isEmpty(), "the burst goes through at once");
        machines.withId("aaa").stop();
        List<Duration> sleeps = api.time().sleeps();
        assertEquals(1, sleeps.size());
        assertTrue(sleeps.get(0).compareTo(Duration.ofSeconds(2)) >= 0 && sleeps.get(0).compareTo(Duration.ofSeconds(3)) <= 0,
                "the 4th waits for the next 3 s window: " + sleeps);
    }

    @Test
    void otherMachinesAndOtherActionsHaveTheirOwnLimits() {
        machines = with(RateLimitPolicy.defaults());
        for (int i = 0; i < 3; i++) {
            machines.withId("aaa").stop();
            machines.withId("bbb").stop();
            machines.withId("aaa").start();
        }
        assertTrue(api.time().sleeps().isEmpty(), api.time().sleeps().toString());
    }

    @Test
    void getMachineAllowsBurstsOfTen() {
        machines = with(RateLimitPolicy.defaults());
        for (int i = 0; i < 10; i++) {
            machines.get("aaa");
        }
        assertTrue(api.time().sleeps().isEmpty());
        machines.get("aaa");
        assertEquals(1, api.time().sleeps().size());
    }

    @Test
    void limitsAreConfigurableAndCanBeTurnedOff() {
        machines = with(RateLimitPolicy.disabled());
        for (int i = 0; i < 20; i++) {
            machines.withId("aaa").stop();
        }
        assertTrue(api.time().sleeps().isEmpty());
        api.time().reset();
        machines = with(RateLimitPolicy.builder().perAction(10, 1).build());
        machines.withId("ccc").stop();
        machines.withId("ccc").stop();
        assertEquals(1, api.time().sleeps().size());
        assertTrue(api.time().sleeps().get(0).compareTo(Duration.ofMillis(100)) <= 0, api.time().sleeps().toString());
    }
}
