package io.github.flymachines.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.RateLimitedException;
import io.github.flymachines.errors.ServerErrorException;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireMockApi;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Backoff, Retry-After, deadlines and Resilience4j integration, on virtual time. */
class RetryBehaviourTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    WireMockServer wm;

    @BeforeEach
    void setUp() {
        wm = api.server();
    }

    @Test
    void backoffIsExponentialWithFullJitterWithinTheCeilings() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(503, "{\"error\":\"unavailable\"}")));
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().maxAttempts(6)
                .backoff(Duration.ofMillis(100), Duration.ofMillis(1000)).build()).build();
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        wm.verify(6, getRequestedFor(urlEqualTo(M)));
        assertEquals(5, e.getSuppressed().length, "earlier attempts are attached");
        List<Duration> sleeps = api.time().sleeps();
        assertEquals(5, sleeps.size());
        long[] ceilings = {100, 200, 400, 800, 1000};
        for (int i = 0; i < 5; i++) {
            long ms = sleeps.get(i).toMillis();
            assertTrue(ms >= 0 && ms <= ceilings[i], "retry " + (i + 1) + " slept " + ms + " ms, ceiling " + ceilings[i]);
        }
        // full jitter: not all the same (seeded random, so this is deterministic)
        assertTrue(sleeps.stream().distinct().count() > 1, sleeps.toString());
    }

    @Test
    void the429BackoffIsSlowerAndRetryAfterSecondsAreHonoured() {
        Stubs.sequence(wm, () -> get(urlEqualTo(M)), Stubs.error(429, "{}").withHeader("Retry-After", "7"),
                Stubs.error(429, "{}"), okJson(Fixtures.machine("3d8d413b29d089", "started")));
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder()
                .throttleBackoff(Duration.ofSeconds(2), Duration.ofSeconds(20)).build()).build();
        fly.app("my-app").machines().get("3d8d413b29d089");
        List<Duration> sleeps = api.time().sleeps();
        assertEquals(2, sleeps.size());
        assertTrue(sleeps.get(0).compareTo(Duration.ofSeconds(7)) >= 0, "Retry-After 7 s: " + sleeps);
        assertTrue(sleeps.get(1).compareTo(Duration.ofSeconds(4)) <= 0, "throttle ceiling for retry 2 is 4 s: " + sleeps);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(
                api.time().now().plusSeconds(12), java.time.ZoneOffset.UTC));
        Stubs.sequence(wm, () -> get(urlEqualTo(M)), Stubs.error(429, "{}").withHeader("Retry-After", at),
                okJson(Fixtures.machine("3d8d413b29d089", "started")));
        api.client().app("my-app").machines().get("3d8d413b29d089");
        Duration slept = api.time().sleeps().get(0);
        assertTrue(slept.compareTo(Duration.ofSeconds(12)) >= 0 && slept.compareTo(Duration.ofSeconds(13)) <= 0,
                slept.toString());
    }

    @Test
    void aRetryAfterThatDoesNotFitTheDeadlineFailsFastWithRetryAfter() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(429, "{}").withHeader("Retry-After", "120")));
        FlyMachines fly = api.clientBuilder().timeout(Duration.ofSeconds(30)).build();
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
        assertTrue(api.time().sleeps().isEmpty(), "no sleep that cannot lead anywhere");
        wm.verify(1, getRequestedFor(urlEqualTo(M)));
    }

    @Test
    void theCallDeadlineCoversAllAttemptsAndDelays() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(500, "{}")));
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().maxAttempts(50)
                .backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)).build()).timeout(Duration.ofSeconds(10)).build();
        assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines().get("3d8d413b29d089"));
        Duration total = api.time().sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofSeconds(10)) < 0, "slept " + total + " within a 10 s deadline");
        assertTrue(wm.countRequestsMatching(getRequestedFor(urlEqualTo(M)).build()).getCount() < 50);
    }

    @Test
    void perRequestOptionsOverrideTheClient() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(500, "{}")));
        FlyMachines fly = api.client();
        assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines()
                .withOptions(RequestOptions.builder().maxAttempts(1).build()).get("3d8d413b29d089"));
        wm.verify(1, getRequestedFor(urlEqualTo(M)));
    }

    @Test
    void anAttemptTimeoutOverrideApplies() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))
                .withFixedDelay(3000)));
        FlyMachines fly = api.client();
        FlyTimeoutException e = assertThrows(FlyTimeoutException.class, () -> fly.app("my-app").machines()
                .withOptions(RequestOptions.builder().attemptTimeout(Duration.ofMillis(200)).maxAttempts(1).build())
                .get("3d8d413b29d089"));
        assertEquals(FlyTimeoutException.Kind.ATTEMPT, e.kind());
    }

    @Test
    void retryEventsAreObservableThroughTheUsersRegistry() {
        Stubs.sequence(wm, () -> get(urlEqualTo(M)), Stubs.error(502, "{}"),
                okJson(Fixtures.machine("3d8d413b29d089", "started")));
        RetryRegistry registry = RetryRegistry.ofDefaults();
        List<RetryOnRetryEvent> events = new ArrayList<>();
        registry.getEventPublisher().onEntryAdded(e -> e.getAddedEntry().getEventPublisher().onRetry(events::add));
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.builder().registry(registry).build()).build();
        fly.app("my-app").machines().get("3d8d413b29d089");
        assertEquals(1, events.size());
        assertEquals("fly.Machines_show.GET", events.get(0).getName());
        assertTrue(registry.find("fly.Machines_show.GET").isPresent());
    }

    @Test
    void withoutARegistryTheRetriesAreTheSameAsOnResilience4j() {
        // the engine's own loop (no registry) and Resilience4j (a registry) decide alike: same
        // attempts, same delays, same error with the same earlier attempts attached
        Stubs.sequence(wm, () -> get(urlEqualTo(M)), Stubs.error(503, "{}"),
                Stubs.error(429, "{}").withHeader("Retry-After", "3"), Stubs.error(502, "{}"),
                Stubs.error(404, "{\"error\":\"not found\"}"));
        List<List<Duration>> sleeps = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (RetryRegistry registry : new RetryRegistry[] {null, RetryRegistry.ofDefaults()}) {
            wm.resetScenarios();
            wm.resetRequests();
            api.time().reset();
            RetryPolicy.Builder policy = RetryPolicy.builder().maxAttempts(6);
            if (registry != null) {
                policy.registry(registry);
            }
            FlyMachines fly = api.clientBuilder().random(new SplittableRandom(7)).retry(policy.build()).build();
            NotFoundException e = assertThrows(NotFoundException.class,
                    () -> fly.app("my-app").machines().get("3d8d413b29d089"));
            wm.verify(4, getRequestedFor(urlEqualTo(M)));
            sleeps.add(api.time().sleeps());
            outcomes.add(e.getMessage() + " after " + e.getSuppressed().length + " earlier");
        }
        assertEquals(3, sleeps.get(0).size(), sleeps.toString());
        assertEquals(sleeps.get(0), sleeps.get(1));
        assertEquals(outcomes.get(0), outcomes.get(1));
    }

    @Test
    void retryDisabledMeansOneAttempt() {
        wm.stubFor(post(urlEqualTo(M + "/stop")).willReturn(Stubs.error(503, "{}")));
        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.none()).build();
        assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines().withId("3d8d413b29d089").stop());
        wm.verify(1, postRequestedFor(urlEqualTo(M + "/stop")));
    }

    @Test
    void jitterComesFromTheInjectedRandomSource() {
        wm.stubFor(get(urlEqualTo(M)).willReturn(Stubs.error(503, "{}")));
        List<List<Duration>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            api.time().reset();
            FlyMachines fly = api.clientBuilder().random(new SplittableRandom(99)).build();
            assertThrows(ServerErrorException.class, () -> fly.app("my-app").machines().get("3d8d413b29d089"));
            runs.add(api.time().sleeps());
        }
        assertEquals(runs.get(0), runs.get(1), "same seed, same delays");
    }
}
