package io.github.flymachines.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.api.AppClient;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.jobs.Job;
import io.github.flymachines.jobs.JobResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeFlyExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pool under the fake's auto-advancing clock: every wait, back-off, lease refresh, idle timer
 * and acquire timeout runs on virtual time, and the clock jumps from timer to timer on its own.
 * Virtual durations are not compared here: while a handle's lease is refreshed, the clock keeps
 * jumping ahead (see {@code FakeFly.Builder.autoAdvance}); warm against cold is measured in the
 * benchmark instead.
 */
class MachinePoolAutoAdvanceTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true));

    static final MachineConfig CONFIG = MachineConfig.builder().image("registry.fly.io/worker:1").build();

    /**
     * While a lease is held its refresh sleeps on virtual time, so the clock runs ahead whenever
     * a request is in flight: timeouts that should not fire here are set far out.
     */
    static final Duration LONG = Duration.ofDays(30);

    static AppClient app(String name) {
        fly.fake().createApp(name);
        return fly.client().app(name);
    }

    @Test
    void warmAndColdAcquire() {
        AppClient app = app("aa-a");
        try (MachinePool pool = app.pool(PoolOptions.builder("web", CONFIG).minSize(1).maxSize(4)
                .acquireTimeout(LONG).build())) {
            pool.awaitSteady();
            CompletableFuture<PooledMachine> first = pool.acquireAsync();
            CompletableFuture<PooledMachine> second = pool.acquireAsync();
            PooledMachine warm = first.join();
            PooledMachine cold = second.join();
            // the ready machine goes to one caller (the fast path), the other gets a new one
            assertTrue(warm.warm());
            assertFalse(cold.warm());
            assertTrue(!warm.id().equals(cold.id()));
            warm.release();
            cold.release();
        }
        assertEquals(List.of(), Awaits.live(fly.fake(), "aa-a"));
    }

    @Test
    void theIdleTimeoutDestroysTheExtras() {
        AppClient app = app("aa-b");
        try (MachinePool pool = app.pool(PoolOptions.builder("idle", CONFIG).minSize(1).maxSize(4)
                .idleTimeout(Duration.ofMinutes(1)).acquireTimeout(LONG).build())) {
            List<PooledMachine> held = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(pool.acquire());
            }
            held.forEach(PooledMachine::release);
            Awaits.until(() -> pool.stats().total() == 1);
            assertEquals(1, pool.stats().ready());
        }
    }

    @Test
    void anAcquireTimesOutWhenThePoolIsFull() {
        AppClient app = app("aa-c");
        try (MachinePool pool = app.pool(PoolOptions.builder("full", CONFIG).minSize(0).maxSize(1)
                .acquireTimeout(Duration.ofMinutes(2)).build())) {
            PooledMachine only = pool.acquire();
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> pool.acquireAsync().join());
            assertInstanceOf(FlyTimeoutException.class, Futures.unwrap(e));
            only.release();
        }
    }

    @Test
    void aJobTimeoutDestroysTheMachineOnVirtualTime() {
        AppClient app = app("aa-d");
        JobResult r = app.jobs(CreateMachineRequest.of(CONFIG)).run(Job.of("sleep", "inf")
                .withTimeout(Duration.ofMinutes(10)));
        assertEquals(JobResult.Status.TIMED_OUT, r.status());
        assertEquals(List.of(), Awaits.live(fly.fake(), "aa-d"));
    }

    @Test
    void jobsExitOnTheFakesTimelineWithTheirCodes() {
        AppClient app = app("aa-f");
        List<Job> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batch.add(Job.of("/bin/work").withName("j" + i).withTimeout(LONG)
                    .withEnv(java.util.Map.of("FAKE_EXIT_AFTER", (i + 1) + "m", "FAKE_EXIT_CODE", "" + i)));
        }
        List<JobResult> results = app.jobs(CreateMachineRequest.of(CONFIG)).runAll(batch, 2);
        for (int i = 0; i < 4; i++) {
            assertEquals(JobResult.Status.EXITED, results.get(i).status(), results.get(i).toString());
            assertEquals(i, results.get(i).exitCode());
            assertTrue(results.get(i).runTime().compareTo(Duration.ofMinutes(i + 1)) >= 0, results.get(i).toString());
        }
        assertEquals(List.of(), Awaits.live(fly.fake(), "aa-f"));
    }

    @Test
    void manyCallersNeverShareAMachineAndThePoolConverges() {
        AppClient app = app("aa-e");
        Set<String> held = ConcurrentHashMap.newKeySet();
        AtomicInteger clashes = new AtomicInteger();
        try (MachinePool pool = app.pool(PoolOptions.builder("busy", CONFIG).minSize(2).maxSize(6)
                .idleTimeout(Duration.ofMinutes(1)).acquireTimeout(LONG).build())) {
            // as many machines as callers: nobody waits at the maximum (under auto-advance an acquire
            // timer that is the only pending timer would be jumped to while requests are in flight)
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < 6; lane++) {
                lanes.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 6; i++) {
                        try (PooledMachine m = pool.acquire()) {
                            if (!held.add(m.id())) {
                                clashes.incrementAndGet();
                            }
                            held.remove(m.id());
                        }
                    }
                }));
            }
            CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
            Awaits.until(() -> pool.stats().total() == 2);
            assertEquals(2, pool.stats().ready());
        }
        assertEquals(0, clashes.get());
        assertEquals(List.of(), Awaits.live(fly.fake(), "aa-e"));
    }
}
