package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.lifecycle.HeldLease;
import io.github.flymachines.lifecycle.ScaleOutRequest;
import io.github.flymachines.lifecycle.ScaleOutResult;
import io.github.flymachines.lifecycle.ScaleToResult;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.testing.support.FaultProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The seeded fault soak: 300 lifecycles through a fault layer that resets 5% of the answers after
 * the fake applied the request, delays another 5% and answers 1% with 503, with the default retry
 * policy at 6 attempts. Each lifecycle runs a machine, stops and starts it (the start sent while it
 * still stops), updates it, holds an explicit lease with an update, a cordon and an uncordon under
 * it, runs an exec ({@code execRepeatable}: a plain exec is never re-sent after a lost answer),
 * scales a group out by 5, reconciles it to 2 and to 0 with {@code scaleTo}, and destroys the
 * machine. Expected: no failed operation, no duplicate machine, no lease and no machine left.
 * It runs on the system clock and on the fake's manual clock with auto-advance.
 */
class ReliabilitySoakTest {
    static final int LIFECYCLES = 300;
    static final long SEED = 10;
    static final MachineConfig CONFIG = MachineConfig.builder().image("alpine:3").build();
    static final Duration WAIT = Duration.ofMinutes(5);
    /** Operations per lifecycle, as counted by {@link #lifecycle}. */
    static final int OPS = 13;
    /** Machines each lifecycle creates: its own, and the group of 5. */
    static final int CREATED = 6;

    @Test
    void onTheSystemClock() throws Exception {
        soak("system clock", FakeFly.builder().clock(FakeClock.system()).transitionTime(Duration.ofMillis(2)), 16);
    }

    @Test
    void underAutoAdvance() throws Exception {
        // one lifecycle at a time: auto-advance jumps to the next timer of anyone, also while another
        // lifecycle's request is in flight, which would let a lease expire in virtual time
        soak("auto-advance", FakeFly.builder().autoAdvance(true).transitionTime(Duration.ofMillis(50)), 1);
    }

    /** What one soak run saw. */
    record Figures(String name, int lifecycles, int operations, List<String> failures, int duplicates,
            int leasesLeft, int machinesLeft, long requests, long resets, long unavailable, long delays,
            Duration took) {
        @Override
        public String toString() {
            return "soak[" + name + "]: " + lifecycles + " lifecycles, " + operations + " operations, "
                    + failures.size() + " failed, " + duplicates + " duplicate machines, " + leasesLeft
                    + " leases left, " + machinesLeft + " machines left; " + requests + " requests, " + resets
                    + " reset after apply, " + unavailable + " answered 503, " + delays + " delayed; "
                    + took.toMillis() + " ms";
        }
    }

    private static void soak(String name, FakeFly.Builder builder, int concurrency) throws Exception {
        FakeFly fake = builder.seed(SEED).build().start();
        try (FaultProxy proxy = new FaultProxy(fake.baseUrl(), SEED, 0.05, 0.01, 0.05, Duration.ofMillis(25));
                FlyMachines client = fake.clientBuilder().baseUrl(proxy.baseUrl()).random(new Random(SEED))
                        .retry(RetryPolicy.defaults().toBuilder().maxAttempts(6).build()).build()) {
            long t0 = System.nanoTime();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger leasesLeft = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < LIFECYCLES; i++) {
                int n = i;
                runs.add(pool.submit(() -> lifecycle(fake, client, n, failures, leasesLeft)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
            pool.shutdown();
            int duplicates = 0;
            int left = 0;
            for (int i = 0; i < LIFECYCLES; i++) {
                String app = "soak-" + i;
                List<String> ids = fake.machineIds(app);
                duplicates += Math.max(0, ids.size() - CREATED);
                for (String id : ids) {
                    String s = fake.machineState(app, id);
                    if (!s.equals("destroyed")) {
                        left++;
                    }
                }
            }
            Figures f = new Figures(name, LIFECYCLES, LIFECYCLES * OPS, List.copyOf(failures), duplicates,
                    leasesLeft.get(), left, proxy.requests(), proxy.resets(), proxy.unavailable(), proxy.delays(),
                    Duration.ofNanos(System.nanoTime() - t0));
            System.out.println(f);
            assertTrue(proxy.resets() > 0 && proxy.delays() > 0 && proxy.unavailable() > 0, f.toString());
            assertEquals(List.of(), f.failures().subList(0, Math.min(5, f.failures().size())), f.toString());
            assertEquals(0, f.duplicates(), f.toString());
            assertEquals(0, f.leasesLeft(), f.toString());
            assertEquals(0, f.machinesLeft(), f.toString());
        } finally {
            fake.stop();
        }
    }

    /** One lifecycle; every failed operation is recorded with its step, and the lifecycle goes on. */
    private static void lifecycle(FakeFly fake, FlyMachines client, int i, List<String> failures,
            AtomicInteger leasesLeft) {
        String app = "soak-" + i;
        fake.createApp(app);
        MachinesClient machines = client.app(app).machines();
        Map<String, String> group = Map.of("soak-group", "g" + i);
        CreateMachineRequest member = CreateMachineRequest.of(CONFIG.withMetadata(group));
        Machine[] m = new Machine[1];
        step(i, "run", failures, () -> m[0] = machines.run(CreateMachineRequest.of(CONFIG)));
        if (m[0] == null) {
            return;
        }
        MachineClient mc = machines.withId(m[0].id());
        MachineClient direct = fake.client().app(app).machines().withId(m[0].id());
        step(i, "stop", failures, mc::stop);
        step(i, "startAndWait right after the stop", failures, () -> mc.startAndWait(WAIT));
        step(i, "update", failures, () -> mc.update(c -> c.withEnv(Map.of("STEP", "1"))));
        step(i, "lease", failures, () -> {
            try (HeldLease lease = mc.lease(Duration.ofSeconds(30), "soak")) {
                step(i, "update under the lease", failures, () -> lease.machine()
                        .update(c -> c.withEnv(Map.of("STEP", "2"))));
                step(i, "cordon under the lease", failures, () -> lease.machine().cordon());
                step(i, "uncordon under the lease", failures, () -> lease.machine().uncordon());
            }
        });
        if (direct.leases().get().isPresent()) {
            leasesLeft.incrementAndGet();
        }
        step(i, "exec", failures, () -> {
            int code = mc.execRepeatable(ExecRequest.of("echo", "ok")).exitCode();
            if (code != 0) {
                throw new AssertionError("exit code " + code);
            }
        });
        step(i, "scaleOut 5", failures, () -> {
            ScaleOutResult r = machines.scaleOut(ScaleOutRequest.of(member, 5, "ams", "iad", "ord"));
            if (!r.complete()) {
                throw new AssertionError("scale-out failures: " + r.failures());
            }
        });
        step(i, "scaleTo 2", failures, () -> expect(machines.scaleTo(2, group, member), 2));
        step(i, "scaleTo 0", failures, () -> expect(machines.scaleTo(0, group, member), 0));
        step(i, "destroyAndWait", failures, () -> mc.destroyAndWait(WAIT));
    }

    private static void expect(ScaleToResult r, int n) {
        if (!r.complete() || r.machines().size() != n) {
            throw new AssertionError("scaleTo " + n + ": " + r.machines().size() + " machines, failures "
                    + r.failures());
        }
    }

    private static void step(int i, String what, List<String> failures, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException | AssertionError e) {
            failures.add("lifecycle " + i + ", " + what + ": " + e);
        }
    }
}
