package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Rate limits on the fake clock, FakeFlyMain in process, the clock itself, per-method extension. */
class RateLimitAndMainTest {
    @Test
    void documentedLimitsAnswer429WithRetryAfterAndRefillOnTheFakeClock() {
        try (FakeFly fake = FakeFly.builder().rateLimits(true).build().start()) {
            fake.createApp("rl");
            Machine m = fake.client().app("rl").machines().create(CreateMachineRequest.of(
                    MachineConfig.builder().image("alpine").build()));
            String get = "/v1/apps/rl/machines/" + m.id();
            for (int i = 0; i < 10; i++) {
                assertEquals(200, Raw.send(fake, "GET", get, null).statusCode(), "burst of 10 gets");
            }
            HttpResponse<String> limited = Raw.send(fake, "GET", get, null);
            assertEquals(429, limited.statusCode());
            assertEquals("1", limited.headers().firstValue("Retry-After").orElseThrow());
            fake.clock().advance(Duration.ofMillis(200)); // 5/s: one token
            assertEquals(200, Raw.send(fake, "GET", get, null).statusCode());

            String cordon = get + "/cordon";
            for (int i = 0; i < 3; i++) {
                assertEquals(200, Raw.send(fake, "POST", cordon, null).statusCode(), "burst of 3 per action");
            }
            assertEquals(429, Raw.send(fake, "POST", cordon, null).statusCode());
            assertEquals(200, Raw.send(fake, "POST", get + "/uncordon", null).statusCode(), "another action");
            SpecAudit.checkAndReset(fake.wireMock());
        }
    }

    @Test
    void mainStartsAStandaloneServerThatAnswers() throws Exception {
        FakeFly fake = FakeFlyMain.start("--port", "0", "--token", "secret-t", "--app", "std", "--transition-ms", "1");
        try {
            assertFalse(fake.clock().isManual(), "standalone runs on the system clock");
            assertEquals(200, Raw.send(fake, "GET", "/v1/platform/regions", null).statusCode());
            assertEquals(200, Raw.send(fake, "GET", "/v1/apps/std", null).statusCode());
            assertEquals("secret-t", fake.token());
        } finally {
            fake.close();
        }
        assertFalse(fake.isRunning());
        assertThrows(IllegalArgumentException.class, () -> FakeFlyMain.start("--bogus"));
        assertEquals(null, FakeFlyMain.start("--help"));
    }

    @Test
    void manualClockRunsTimersInDueOrderOnlyWhenAdvanced() {
        FakeClock clock = FakeClock.manual();
        List<String> fired = new ArrayList<>();
        clock.after(Duration.ofSeconds(2)).thenRun(() -> fired.add("2s@" + clock.instant()));
        clock.after(Duration.ofSeconds(1)).thenRun(() -> fired.add("1s@" + clock.instant()));
        CompletableFuture<Void> cancelled = clock.after(Duration.ofSeconds(1));
        cancelled.cancel(false);
        assertEquals(2, clock.pendingTimers());
        clock.advance(Duration.ofMillis(999));
        assertTrue(fired.isEmpty());
        clock.advance(Duration.ofSeconds(5));
        Instant start = FakeClock.DEFAULT_START;
        assertEquals(List.of("1s@" + start.plusSeconds(1), "2s@" + start.plusSeconds(2)), fired);
        assertEquals(start.plusMillis(5999), clock.instant());
        assertFalse(clock.advanceToNextTimer());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalStateException.class, () -> FakeClock.system().advance(Duration.ofSeconds(1)));
    }

    @Test
    void tokenAndSecretsStayOutOfToString() {
        FakeFly fake = FakeFly.builder().token("super-secret-token").build();
        assertFalse(fake.toString().contains("super-secret-token"));
        assertFalse(new ExecCall("a", "m", List.of("cat"), "password123", null).toString().contains("password123"));
    }

    @Test
    void extensionGivesOneFakePerMethodOnAnInstanceField() throws Exception {
        FakeFlyExtension ext = FakeFlyExtension.create(b -> b.transitionTime(Duration.ofSeconds(1)));
        ext.beforeEach(null);
        FakeFly fake = ext.fake();
        assertTrue(fake.isRunning());
        assertEquals(Duration.ofSeconds(1), fake.transitionTime());
        FlyMachines client = ext.client();
        assertEquals(fake.baseUrl(), client.baseUrl().toString());
        ext.afterEach(null);
        assertFalse(fake.isRunning());
        assertThrows(IllegalStateException.class, ext::fake);
    }
}
