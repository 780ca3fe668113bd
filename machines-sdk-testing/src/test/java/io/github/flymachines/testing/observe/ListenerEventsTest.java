package io.github.flymachines.testing.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.lifecycle.CreateAttempt;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.AttemptEnd;
import io.github.flymachines.observe.AttemptStart;
import io.github.flymachines.observe.CallEnd;
import io.github.flymachines.observe.CallListener;
import io.github.flymachines.observe.CallStart;
import io.github.flymachines.observe.ContextScope;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.HeaderSink;
import io.github.flymachines.observe.LeaseEvent;
import io.github.flymachines.observe.LeaseListener;
import io.github.flymachines.observe.Outcome;
import io.github.flymachines.observe.RetryReason;
import io.github.flymachines.observe.WaitEnd;
import io.github.flymachines.observe.WaitListener;
import io.github.flymachines.observe.WaitPoll;
import io.github.flymachines.observe.WaitStart;
import io.github.flymachines.testing.FakeFlyExtension;
import io.github.flymachines.testing.support.SpecAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The listener SPI against the fake: the events of a {@code run} with one capacity fallback,
 * interceptor headers on the wire, the redaction of everything a listener sees, and a listener
 * that throws everywhere. Auto-advancing clock: the SDK's pauses run on the fake clock.
 */
class ListenerEventsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    static final String ENV_SECRET = "env-value-s3cr3t-4242";

    @AfterEach
    void audit() {
        SpecAudit.checkAndReset(fly.fake().wireMock());
        fly.fake().clearCapacity("ord");
    }

    private static MachineConfig config() {
        return MachineConfig.builder().image("busybox:1").env(Map.of("API_KEY", ENV_SECRET)).build();
    }

    @Test
    void aRunWithOneCapacityFallbackReportsCallsAttemptsAndTheWait() {
        fly.fake().createApp("obs-a").setCapacity("ord", 0);
        Recorder rec = new Recorder(Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "Authorization", "Bearer stolen", "bad\nname", "x"));
        List<CreateAttempt> createAttempts = new ArrayList<>();
        try (FlyMachines client = fly.fake().clientBuilder().listener(rec).build()) {
            Machine m = client.app("obs-a").machines().withCreateAttemptListener(createAttempts::add)
                    .run(CreateMachineRequest.of(config()).inRegions("ord", "iad"));
            assertEquals("iad", m.region());
        }

        CallStart create = rec.of(CallStart.class).get(0);
        assertEquals("MACHINES_CREATE", create.operation());
        assertEquals("Machines_create", create.operationId());
        assertEquals("obs-a", create.app());
        assertNull(create.machineId());
        assertEquals(List.of("ord", "iad"), create.regions());

        List<AttemptStart> createStarts = rec.of(AttemptStart.class).stream().filter(a -> a.call() == create).toList();
        assertEquals(List.of("ord", "iad"), createStarts.stream().map(AttemptStart::region).toList());
        List<AttemptEnd> createEnds = rec.of(AttemptEnd.class).stream().filter(a -> a.call() == create).toList();
        assertEquals(2, createEnds.size());
        AttemptEnd refused = createEnds.get(0);
        assertInstanceOf(CapacityException.class, refused.failure());
        assertEquals(RetryReason.CAPACITY, refused.retryReason());
        assertEquals("ord", refused.region());
        assertEquals(refused.failure().getClass(), CapacityException.class);
        assertTrue(refused.status() >= 400, "status " + refused.status());
        AttemptEnd placed = createEnds.get(1);
        assertTrue(placed.succeeded());
        assertFalse(placed.retrying());
        assertEquals(200, placed.status());
        CallEnd createEnd = rec.of(CallEnd.class).stream().filter(c -> c.call() == create).findFirst().orElseThrow();
        assertEquals(Outcome.SUCCESS, createEnd.outcome());
        assertEquals(2, createEnd.attempts());
        assertEquals("iad", createEnd.region());
        assertEquals("2xx", createEnd.statusClass());

        // the create-attempt listener is one case of the SPI: same attempt, same region
        assertEquals(1, createAttempts.size());
        assertEquals("ord", createAttempts.get(0).region());
        assertTrue(createAttempts.get(0).retrying());

        WaitStart wait = rec.of(WaitStart.class).get(0);
        assertEquals(List.of("started"), wait.states());
        List<WaitPoll> polls = rec.of(WaitPoll.class);
        assertFalse(polls.isEmpty());
        assertEquals("started", polls.get(polls.size() - 1).state());
        WaitEnd waitEnd = rec.of(WaitEnd.class).get(0);
        assertEquals(Outcome.SUCCESS, waitEnd.outcome());
        assertEquals("started", waitEnd.state());
        assertEquals(polls.size(), waitEnd.polls());
        assertTrue(rec.of(CallStart.class).stream().anyMatch(c -> c.operation().equals("MACHINES_WAIT")));

        // every call started has ended, and every attempt sent has ended
        assertEquals(rec.of(CallStart.class).size(), rec.of(CallEnd.class).size());

        // the interceptor's header went out; the SDK's own Authorization and a broken header did not change
        var sent = fly.fake().wireMock().findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/v1/apps/obs-a/machines")));
        assertEquals(2, sent.size());
        for (var r : sent) {
            assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", r.getHeader("traceparent"));
            assertEquals("Bearer " + fly.fake().token(), r.getHeader("Authorization"));
        }

        String seen = rec.everything();
        assertFalse(seen.contains(ENV_SECRET), seen);
        assertFalse(seen.contains(fly.fake().token()), seen);
    }

    @Test
    void aListenerThatThrowsEverywhereNeverBreaksACall() {
        fly.fake().createApp("obs-b").setCapacity("ord", 0);
        FlyListener hostile = new FlyListener() {
            @Override
            public CallListener onCallStart(CallStart call) {
                return new CallListener() {
                    @Override
                    public void onAttemptStart(AttemptStart attempt) {
                        throw new IllegalStateException("boom");
                    }

                    @Override
                    public void addHeaders(AttemptStart attempt, HeaderSink headers) {
                        headers.header("x-half", "1");
                        throw new AssertionError("boom");
                    }

                    @Override
                    public void onAttemptEnd(AttemptEnd attempt) {
                        throw new IllegalStateException("boom");
                    }

                    @Override
                    public void onCallEnd(CallEnd end) {
                        throw new IllegalStateException("boom");
                    }
                };
            }

            @Override
            public WaitListener onWaitStart(WaitStart wait) {
                throw new IllegalStateException("boom");
            }

            @Override
            public LeaseListener onLeaseAcquired(LeaseEvent acquired) {
                throw new IllegalStateException("boom");
            }

            @Override
            public Object captureContext() {
                return "ctx";
            }

            @Override
            public ContextScope restoreContext(Object context) {
                return () -> {
                    throw new IllegalStateException("boom");
                };
            }
        };
        Recorder rec = new Recorder(Map.of());
        try (FlyMachines client = fly.fake().clientBuilder().listener(hostile).listener(rec).build()) {
            var machines = client.app("obs-b").machines();
            Machine m = machines.run(CreateMachineRequest.of(config()).inRegions("ord", "iad"));
            assertEquals("iad", m.region());
            try (var lease = machines.withId(m.id()).lease(java.time.Duration.ofSeconds(30))) {
                lease.machine().stop();
            }
            machines.withId(m.id()).destroy(true);
        }
        // the well-behaved listener next to it still saw everything
        // (a background lease refresh in flight at close is cancelled: that is the only non-success)
        assertTrue(rec.of(CallEnd.class).stream().allMatch(c -> c.outcome() == Outcome.SUCCESS
                || c.outcome() == Outcome.CANCELLED && c.call().operation().equals("MACHINES_CREATE_LEASE")),
                "some call failed");
        assertTrue(rec.of(CallEnd.class).stream().anyMatch(c -> c.call().operation().equals("MACHINES_STOP")
                && c.outcome() == Outcome.SUCCESS));
        assertEquals(List.of(LeaseEvent.Kind.ACQUIRED, LeaseEvent.Kind.RELEASED),
                rec.of(LeaseEvent.class).stream().map(LeaseEvent::kind)
                        .filter(k -> k != LeaseEvent.Kind.REFRESHED).toList());
    }
}
