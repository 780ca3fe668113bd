package io.github.flymachines.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireMockApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 1,000 outstanding waits must not hold 1,000 threads: each wait is an asynchronous long poll
 * plus scheduled pauses. The server answers after a delay without holding its own threads
 * (WireMock asynchronous responses), so the thread count seen while every poll is in flight
 * belongs to the client and a bounded server pool. This checks a count, not a speed.
 */
class ConcurrentWaitsThreadTest {
    static final int WAITS = 1000;

    WireMockServer wm;

    @BeforeEach
    void start() {
        wm = new WireMockServer(options().dynamicPort().containerThreads(50).asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(8).jettyAcceptQueueSize(2000));
        wm.start();
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    @Test
    void thousandConcurrentWaitsDoNotHoldThousandThreads() throws Exception {
        wm.stubFor(get(urlPathMatching("/v1/apps/my-app/machines/[a-z0-9]+/wait"))
                .willReturn(Stubs.waitOk("started").withFixedDelay(20_000)));
        int baseline = clientThreads();
        try (FlyMachines fly = FlyMachines.builder().baseUrl(wm.baseUrl()).token(WireMockApi.TOKEN)
                .rateLimits(RateLimitPolicy.disabled()).build()) {
            MachinesClient machines = fly.app("my-app").machines();
            List<CompletableFuture<WaitOutcome>> waits = new ArrayList<>();
            for (int i = 0; i < WAITS; i++) {
                waits.add(machines.withId("m" + i).waitForAsync(WaitState.STARTED, Duration.ofMinutes(5)));
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int peak = 0;
            while (wm.countRequestsMatching(getRequestedFor(urlPathMatching(".*/wait")).build()).getCount() < WAITS
                    && System.nanoTime() < until) {
                peak = Math.max(peak, clientThreads());
                Thread.sleep(20);
            }
            long outstanding = waits.stream().filter(w -> !w.isDone()).count();
            peak = Math.max(peak, clientThreads());
            assertEquals(WAITS, wm.countRequestsMatching(getRequestedFor(urlPathMatching(".*/wait")).build()).getCount());
            assertTrue(outstanding > WAITS / 2, "most waits must still be outstanding when measured: " + outstanding);
            int added = peak - baseline;
            System.out.printf("[thread check] %d waits outstanding, baseline %d threads, peak %d (+%d)%n",
                    outstanding, baseline, peak, added);
            // A thread per wait would add ~1,000. The HttpClient's executor may grow for a while on a
            // loaded machine (+202 was seen at load average 23), which is not a thread held per wait.
            assertTrue(added < WAITS / 3, "threads added while " + outstanding + " waits were outstanding: " + added);
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            waits.forEach(w -> assertEquals("started", w.join().state().value()));
        }
    }

    /** Live threads outside the WireMock server (its Jetty pool belongs to the server, not the client). */
    static int clientThreads() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && !name.startsWith("qtp") && !name.contains("WireMock") && !name.contains("Jetty")) {
                n++;
            }
        }
        return n;
    }
}
