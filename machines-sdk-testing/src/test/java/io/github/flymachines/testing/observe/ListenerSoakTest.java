package io.github.flymachines.testing.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.testing.FakeFlyExtension;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeded fault soak of the listener SPI on the fake's auto-advancing clock: reads and creates
 * under injected 5xx, 429 and connection resets; whatever happens, every call that starts ends
 * once, its attempts are numbered 1..n with only the last one not retrying, the outcome matches
 * what the caller got, and no event holds an env value.
 */
class ListenerSoakTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true).seed(7));

    static final String ENV_SECRET = "soak-env-value-1b2c3d";

    @Test
    void everyCallEndsOnceAndItsAttemptsAddUpUnderSeededFaults() {
        Random random = new Random(20261201L);
        fly.fake().createApp("obs-soak");
        Recorder rec = new Recorder(Map.of("traceparent", "00-11111111111111111111111111111111-2222222222222222-01"));
        int succeeded = 0;
        int failed = 0;
        try (FlyMachines client = fly.fake().clientBuilder().random(new Random(99)).listener(rec).build()) {
            MachinesClient machines = client.app("obs-soak").machines();
            MachineConfig config = MachineConfig.builder().image("busybox:1").env(Map.of("K", ENV_SECRET)).build();
            Machine m = machines.create(CreateMachineRequest.of(config));
            String get = "/v1/apps/obs-soak/machines/" + m.id();
            for (int i = 0; i < 20; i++) {
                boolean create = random.nextInt(4) == 0;
                int faults = random.nextInt(3);
                for (int f = 0; f < faults; f++) {
                    var response = switch (random.nextInt(3)) {
                        case 0 -> WireMock.aResponse().withStatus(503);
                        case 1 -> WireMock.aResponse().withStatus(429).withHeader("Retry-After", "1");
                        default -> WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
                    };
                    if (create) {
                        fly.fake().failNext(RequestMethod.POST, WireMock.urlPathEqualTo("/v1/apps/obs-soak/machines"),
                                response);
                    } else {
                        fly.fake().failNext(RequestMethod.GET, WireMock.urlPathEqualTo(get), response);
                    }
                }
                try {
                    if (create) {
                        machines.create(CreateMachineRequest.of(config));
                    } else {
                        machines.withId(m.id()).get();
                    }
                    succeeded++;
                } catch (FlyException e) {
                    failed++;
                }
                fly.fake().resetStubs();
            }
        }
        assertTrue(succeeded > 0, "nothing succeeded");

        List<CallStart> starts = rec.of(CallStart.class);
        Map<CallStart, CallEnd> ends = new IdentityHashMap<>();
        for (CallEnd e : rec.of(CallEnd.class)) {
            assertEquals(null, ends.put(e.call(), e), "a call ended twice: " + e);
        }
        assertEquals(starts.size(), ends.size(), "every call that starts ends");
        int errors = 0;
        for (CallStart s : starts) {
            CallEnd end = ends.get(s);
            List<AttemptEnd> attempts = rec.of(AttemptEnd.class).stream().filter(a -> a.call() == s).toList();
            List<AttemptStart> sent = rec.of(AttemptStart.class).stream().filter(a -> a.call() == s).toList();
            assertTrue(sent.size() <= attempts.size(), "an attempt was sent but never ended: " + s);
            for (int i = 0; i < attempts.size(); i++) {
                AttemptEnd a = attempts.get(i);
                assertEquals(i + 1, a.attempt());
                assertEquals(i < attempts.size() - 1, a.retrying(), "only the last attempt does not retry: " + a);
                assertFalse(a.backoff().isNegative());
            }
            assertEquals(end.attempts(), attempts.size(), "attempts of " + s);
            AttemptEnd last = attempts.get(attempts.size() - 1);
            assertEquals(end.outcome() == Outcome.SUCCESS, last.succeeded(), "outcome of " + s);
            if (end.outcome() != Outcome.SUCCESS) {
                errors++;
            }
        }
        // the top-level calls that failed are among the calls that ended in error (look-ups add their own)
        assertTrue(errors >= failed, errors + " error ends for " + failed + " failures");
        assertFalse(rec.everything().contains(ENV_SECRET));
    }
}
