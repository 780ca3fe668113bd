package io.github.flymachines.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.AppClient;
import io.github.flymachines.jobs.Job;
import io.github.flymachines.jobs.JobResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.observe.PoolEvent;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFlyExtension;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A seeded fault soak: the pool and the job runner through a fault layer that resets 5% of the
 * answers after the fake applied the request and delays another 5%, with the default retry
 * policy and 6 attempts. Checks that no machine is handed to two callers at once, no machine is
 * leaked, the pool converges to its target, a restarted pool adopts without duplicating, and
 * job timeouts clean up.
 */
class PoolFaultSoakTest {
    static final long SEED = 20261201L;

    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.clock(FakeClock.system())
            .transitionTime(Duration.ofMillis(5)).seed(SEED));

    static final MachineConfig CONFIG = MachineConfig.builder().image("registry.fly.io/worker:1").build();

    @Test
    void soak() throws Exception {
        String appName = "soak";
        fly.fake().createApp(appName);
        FaultyHttpClient faulty = new FaultyHttpClient(HttpClient.newHttpClient(), SEED, 0.05, 0.05);
        try (FlyMachines client = fly.fake().clientBuilder().httpClient(faulty)
                .retry(RetryPolicy.defaults().toBuilder().maxAttempts(6).build()).build()) {
            AppClient app = client.app(appName);
            List<PoolEvent> events = new CopyOnWriteArrayList<>();
            PoolOptions opts = PoolOptions.builder("soak", CONFIG).minSize(3).maxSize(6).replenishConcurrency(2)
                    .idleTimeout(Duration.ofMillis(300)).leaseTtl(Duration.ofSeconds(2)).shutdownPolicy(ShutdownPolicy.KEEP).listener(events::add).build();
            Set<String> held = ConcurrentHashMap.newKeySet();
            AtomicInteger doubleHanded = new AtomicInteger();
            AtomicInteger acquired = new AtomicInteger();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Random random = new Random(SEED);

            try (MachinePool pool = app.pool(opts)) {
                List<CompletableFuture<Void>> lanes = new ArrayList<>();
                for (int lane = 0; lane < 6; lane++) {
                    boolean discardSome = lane % 3 == 0;
                    lanes.add(CompletableFuture.runAsync(() -> {
                        for (int i = 0; i < 12; i++) {
                            try {
                                PooledMachine m = pool.acquire();
                                acquired.incrementAndGet();
                                if (!held.add(m.id())) {
                                    doubleHanded.incrementAndGet();
                                }
                                try {
                                    // the work is safe to repeat: retried after a lost answer too
                                    m.client().execRepeatable(ExecRequest.of("echo", "work"));
                                } catch (RuntimeException e) {
                                    failures.add(e);
                                } finally {
                                    held.remove(m.id());
                                    if (discardSome && i % 4 == 0) {
                                        m.discard();
                                    } else {
                                        m.release();
                                    }
                                }
                            } catch (RuntimeException e) {
                                failures.add(e);
                            }
                        }
                    }));
                    if (lane == 2) {
                        pool.updateConfig(CONFIG.withEnv(Map.of("ROUND", "2"))); // a rollout in the middle
                    }
                }
                CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();

                // jobs, some of which time out, on new machines and on the pool
                List<Job> batch = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Job j = random.nextInt(4) == 0 ? Job.of("sleep", "inf").withTimeout(Duration.ofMillis(400))
                            : Job.of("/bin/work").withEnv(Map.of("FAKE_EXIT_AFTER", "20ms", "FAKE_EXIT_CODE", "" + i))
                                    .withTimeout(Duration.ofSeconds(20));
                    batch.add(j.withName("job-" + i));
                }
                List<JobResult> fresh = app.jobs(CreateMachineRequest.of(CONFIG)).runAll(batch, 3);
                List<JobResult> pooled = app.jobs(pool).runAll(batch, 2);
                assertEquals(8, fresh.size());
                assertEquals(8, pooled.size());
                for (JobResult r : concat(fresh, pooled)) {
                    int i = Integer.parseInt(r.job().substring(4));
                    boolean forever = batch.get(i).command().contains("inf");
                    // every job ends as it was written to, faults or not: the exits with their
                    // code, the endless ones by their timeout
                    assertEquals(forever ? JobResult.Status.TIMED_OUT : JobResult.Status.EXITED, r.status(),
                            r.toString());
                    if (!forever) {
                        assertEquals(i, r.exitCode(), r.toString());
                    }
                }

                pool.awaitSteady();
                Awaits.until(() -> pool.stats().total() == 3); // the extras idle out
                PoolStats s = pool.stats();
                assertEquals(3, s.ready(), "converged to the target: " + s);
                assertEquals(0, s.stale() + s.inUse() + s.creating() + s.releasing() + s.destroying(), s.toString());
                faulty.enabled(false);
                List<Machine> live = Awaits.live(fly.fake(), appName);
                assertEquals(3, live.size(), "no machine leaked: " + live);
                System.out.printf("pool soak: %d requests, %d resets after apply, %d delays; %d acquires, "
                        + "%d failed calls, %d jobs%n", faulty.requests.get(), faulty.resets.get(),
                        faulty.delays.get(), acquired.get(), failures.size(), fresh.size() + pooled.size());
                failures.forEach(f -> System.out.println("  failed: " + f));
                concat(fresh, pooled).forEach(r -> System.out.println("  " + r.job() + ": " + r.status() + " "
                        + r.exitCode() + (r.failure() == null ? "" : " " + r.failure())));
            }
            assertEquals(0, doubleHanded.get(), "no machine handed to two callers at once");
            assertEquals(List.of(), failures, "no failed operation");
            assertEquals(72, acquired.get());
            // the job timeouts cleaned up: only the pool's kept machines are left
            List<String> kept = Awaits.live(fly.fake(), appName).stream().map(Machine::id).sorted().toList();
            assertEquals(3, kept.size());

            // a restarted pool adopts and does not duplicate
            faulty.enabled(true);
            List<PoolEvent> second = new CopyOnWriteArrayList<>();
            try (MachinePool again = app.pool(PoolOptions.builder("soak", CONFIG.withEnv(Map.of("ROUND", "2")))
                    .minSize(3).maxSize(6).leaseTtl(Duration.ofSeconds(2)).listener(second::add).build())) {
                again.awaitSteady();
                assertEquals(3, second.stream().filter(e -> e.type() == PoolEvent.Type.ADOPTED).count());
                assertEquals(0, second.stream().filter(e -> e.type() == PoolEvent.Type.CREATED).count());
                assertEquals(3, again.stats().ready());
            }
            faulty.enabled(false);
            assertEquals(List.of(), Awaits.live(fly.fake(), appName), "closed with DESTROY: nothing left");
            assertTrue(faulty.resets.get() > 0, "the fault layer did inject");
        }
    }

    private static List<JobResult> concat(List<JobResult> a, List<JobResult> b) {
        List<JobResult> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
