package io.github.flymachines.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.AppClient;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.observe.FlyListener;
import io.github.flymachines.observe.PoolEvent;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFly;
import io.github.flymachines.testing.FakeFlyExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pool on the fake with the system clock (10 ms transitions): fast and slow path, release,
 * max size, region fallback, rolling config change, adoption, shutdown policies, suspend.
 */
class MachinePoolTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.clock(FakeClock.system())
            .transitionTime(Duration.ofMillis(10)));

    static final MachineConfig CONFIG = MachineConfig.builder().image("registry.fly.io/worker:1").build();

    static AppClient app(String name) {
        fly.fake().createApp(name);
        return fly.client().app(name);
    }

    /** Machines of the app that are not destroyed (or being destroyed), once the fake has settled. */
    static List<Machine> live(String app) {
        return Awaits.live(fly.fake(), app);
    }

    @Test
    void warmAcquireStartsAReadyMachineAndColdCreatesOne() {
        AppClient app = app("pool-a");
        List<PoolEvent> events = new CopyOnWriteArrayList<>();
        try (MachinePool pool = app.pool(PoolOptions.builder("web", CONFIG).minSize(1).maxSize(3)
                .listener(events::add).build())) {
            pool.awaitSteady();
            assertEquals(1, pool.stats().ready());
            String readyId = live("pool-a").get(0).id();
            assertEquals(MachineState.STOPPED, live("pool-a").get(0).state());

            // back to back: the first takes the ready machine, the second finds none and creates one
            CompletableFuture<PooledMachine> first = pool.acquireAsync();
            CompletableFuture<PooledMachine> second = pool.acquireAsync();
            PooledMachine warm = first.join();
            assertTrue(warm.warm());
            assertEquals(readyId, warm.id());
            assertEquals("started", fly.fake().machineState("pool-a", warm.id()));
            assertEquals(0, warm.client().exec("echo", "hi").exitCode());

            PooledMachine cold = second.join();
            assertFalse(cold.warm());
            assertNotEquals(warm.id(), cold.id());
            assertEquals(2, pool.stats().inUse());

            warm.release();
            cold.release();
            warm.release(); // twice: no-op
            assertEquals("stopped", fly.fake().machineState("pool-a", warm.id()));
            pool.awaitSteady();
            assertEquals(3, pool.stats().total(), pool.stats().toString()); // 2 released + 1 replenished
            assertTrue(events.stream().anyMatch(e -> e.type() == PoolEvent.Type.ACQUIRED_WARM));
            assertTrue(events.stream().anyMatch(e -> e.type() == PoolEvent.Type.ACQUIRED_COLD));
        }
        assertEquals(List.of(), live("pool-a"), "DESTROY policy leaves nothing");
    }

    @Test
    void poolEventsReachTheClientsListenersWithoutSecrets() {
        fly.fake().createApp("pool-obs");
        List<PoolEvent> seen = new CopyOnWriteArrayList<>();
        FlyListener throwing = new FlyListener() {
            @Override
            public void onPoolEvent(PoolEvent event) {
                throw new IllegalStateException("a broken listener");
            }
        };
        FlyListener recording = new FlyListener() {
            @Override
            public void onPoolEvent(PoolEvent event) {
                seen.add(event);
            }
        };
        MachineConfig secretive = CONFIG.withEnv(Map.of("API_KEY", "s3cr3t-value"));
        try (FlyMachines client = fly.fake().clientBuilder().listener(throwing).listener(recording).build();
                MachinePool pool = client.app("pool-obs").pool(PoolOptions.builder("observed", secretive)
                        .minSize(1).maxSize(2).build())) {
            pool.awaitSteady();
            PooledMachine warm = pool.acquire();
            assertTrue(warm.warm());
            warm.release();
            pool.awaitSteady();
        }
        List<PoolEvent.Type> types = seen.stream().map(PoolEvent::type).toList();
        // the broken listener changed nothing: the other one saw the whole life of the pool
        assertTrue(types.contains(PoolEvent.Type.CREATED), types.toString());
        assertTrue(types.contains(PoolEvent.Type.ACQUIRED_WARM), types.toString());
        assertTrue(types.contains(PoolEvent.Type.RELEASED), types.toString());
        assertTrue(types.contains(PoolEvent.Type.DESTROYED), types.toString()); // closed with DESTROY
        assertTrue(seen.stream().allMatch(e -> e.pool().equals("observed")));
        assertTrue(seen.stream().noneMatch(e -> e.toString().contains("s3cr3t")), seen.toString());
        assertEquals(List.of(), live("pool-obs"));
    }

    @Test
    void atMaxSizeAnAcquireWaitsForARelease() {
        AppClient app = app("pool-b");
        try (MachinePool pool = app.pool(PoolOptions.builder("one", CONFIG).minSize(0).maxSize(1).build())) {
            PooledMachine first = pool.acquire();
            CompletableFuture<PooledMachine> second = pool.acquireAsync();
            assertEquals(1, pool.stats().waiting());
            assertFalse(second.isDone());
            first.release();
            PooledMachine again = second.join();
            assertEquals(first.id(), again.id(), "the released machine is reused");
            assertTrue(again.warm());
            again.release();
        }
        assertEquals(List.of(), live("pool-b"));
    }

    @Test
    void waitingAcquiresHoldNoThread() {
        AppClient app = app("pool-i");
        try (MachinePool pool = app.pool(PoolOptions.builder("nothread", CONFIG).minSize(0).maxSize(1).build())) {
            PooledMachine only = pool.acquire();
            int before = Thread.activeCount();
            List<CompletableFuture<PooledMachine>> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                waiting.add(pool.acquireAsync());
            }
            assertEquals(200, pool.stats().waiting());
            assertTrue(Thread.activeCount() - before < 20, "threads: " + before + " -> " + Thread.activeCount());
            waiting.subList(1, waiting.size()).forEach(f -> f.cancel(true));
            only.release();
            PooledMachine next = waiting.get(0).join();
            assertEquals(only.id(), next.id());
            next.release();
            assertEquals(0, pool.stats().waiting());
        }
        assertEquals(List.of(), live("pool-i"));
    }

    @Test
    void createsFallBackThroughTheRegions() {
        fly.fake().createApp("pool-c");
        fly.fake().setCapacity("ord", 0);
        // short back-offs: the SDK pauses before it tries the next region
        try (FlyMachines client = fly.fake().clientBuilder().retry(io.github.flymachines.retry.RetryPolicy.defaults()
                .toBuilder().backoff(Duration.ofMillis(10), Duration.ofMillis(50))
                .throttleBackoff(Duration.ofMillis(10), Duration.ofMillis(50)).build()).build();
                MachinePool pool = client.app("pool-c").pool(PoolOptions.builder("fb", CONFIG).regions("ord", "iad")
                        .minSize(2).build())) {
            pool.awaitSteady();
            assertEquals(List.of("iad", "iad"), live("pool-c").stream().map(Machine::region).toList());
        } finally {
            fly.fake().clearCapacity("ord");
        }
    }

    @Test
    void aConfigChangeReplacesTheMachinesRollingNeverAllAtOnce() {
        AppClient app = app("pool-d");
        AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
        MachinePool[] holder = new MachinePool[1];
        try (MachinePool pool = app.pool(PoolOptions.builder("roll", CONFIG).minSize(3).maxSize(5)
                .listener(e -> {
                    if (e.type() == PoolEvent.Type.DESTROYED && holder[0] != null) {
                        PoolStats s = holder[0].stats();
                        lowest.accumulateAndGet(s.ready() + s.stale(), Math::min);
                    }
                }).build())) {
            holder[0] = pool;
            pool.awaitSteady();
            List<String> before = live("pool-d").stream().map(Machine::id).toList();
            PooledMachine inUse = pool.acquire();
            pool.awaitSteady();

            MachineConfig next = CONFIG.withEnv(Map.of("VERSION", "2"));
            pool.updateConfig(next);
            pool.awaitSteady();
            assertTrue(lowest.get() >= 3, "ready machines never fell below the minimum: " + lowest.get());
            String digest = MachinePool.digest(next);
            List<Machine> ready = live("pool-d").stream().filter(m -> !m.id().equals(inUse.id())).toList();
            assertEquals(3, ready.size());
            for (Machine m : ready) {
                assertFalse(before.contains(m.id()));
                assertEquals(digest, m.configOrEmpty().metadata().get(MachinePool.CONFIG_METADATA_KEY));
                assertEquals("2", m.configOrEmpty().env().get("VERSION"));
            }
            inUse.release(); // stale: destroyed, not returned
            pool.awaitSteady();
            assertFalse(live("pool-d").stream().anyMatch(m -> m.id().equals(inUse.id())));
        }
    }

    @Test
    void aNewPoolAdoptsTheMachinesOfAnEarlierOneAndDoesNotDuplicate() {
        AppClient app = app("pool-e");
        PoolOptions keep = PoolOptions.builder("adopt", CONFIG).minSize(2).shutdownPolicy(ShutdownPolicy.KEEP).build();
        List<String> first;
        try (MachinePool pool = app.pool(keep)) {
            pool.awaitSteady();
            PooledMachine m = pool.acquire(); // left started: a JVM that died mid-request
            pool.awaitSteady();
            first = live("pool-e").stream().map(Machine::id).sorted().toList();
            assertEquals(3, first.size());
            // no release: simulate the process dying with the machine in use
            m.lease().close();
        }
        // an unrelated machine without the tag is not touched
        Machine other = app.machines().create(CreateMachineRequest.of(CONFIG).withSkipLaunch(true));
        List<PoolEvent> events = new CopyOnWriteArrayList<>();
        try (MachinePool pool = app.pool(PoolOptions.builder("adopt", CONFIG).minSize(2).listener(events::add)
                .build())) {
            pool.awaitSteady();
            assertEquals(3, pool.stats().ready(), pool.stats().toString());
            assertEquals(3, events.stream().filter(e -> e.type() == PoolEvent.Type.ADOPTED).count());
            assertEquals(0, events.stream().filter(e -> e.type() == PoolEvent.Type.CREATED).count(), "no duplicates");
            List<String> now = live("pool-e").stream().map(Machine::id).filter(id -> !id.equals(other.id()))
                    .sorted().toList();
            assertEquals(first, now);
            assertTrue(live("pool-e").stream().filter(x -> !x.id().equals(other.id()))
                    .allMatch(x -> x.state().equals(MachineState.STOPPED)));
        }
        assertEquals(List.of(other.id()), live("pool-e").stream().map(Machine::id).toList());
    }

    @Test
    void adoptionReplacesMachinesOfAnotherConfig() {
        AppClient app = app("pool-f");
        try (MachinePool pool = app.pool(PoolOptions.builder("cfg", CONFIG).minSize(2)
                .shutdownPolicy(ShutdownPolicy.KEEP).build())) {
            pool.awaitSteady();
        }
        MachineConfig v2 = CONFIG.withImage("registry.fly.io/worker:2");
        try (MachinePool pool = app.pool(PoolOptions.builder("cfg", v2).minSize(2).build())) {
            pool.awaitSteady();
            List<Machine> ms = live("pool-f");
            assertEquals(2, ms.size());
            assertTrue(ms.stream().allMatch(m -> "registry.fly.io/worker:2".equals(m.configOrEmpty().image())));
        }
    }

    @Test
    void suspendModeSuspendsOnReleaseAndResumesOnAcquire() {
        AppClient app = app("pool-g");
        try (MachinePool pool = app.pool(PoolOptions.builder("sus", CONFIG).minSize(1)
                .releaseMode(ReleaseMode.SUSPEND).build())) {
            pool.awaitSteady();
            assertEquals(MachineState.SUSPENDED, live("pool-g").get(0).state());
            try (PooledMachine m = pool.acquire()) {
                assertTrue(m.warm());
                assertEquals("started", fly.fake().machineState("pool-g", m.id()));
            }
            assertEquals(MachineState.SUSPENDED, live("pool-g").get(0).state());
        }
    }

    @Test
    void discardDestroysAndAClosedPoolRefusesAcquires() {
        AppClient app = app("pool-h");
        MachinePool pool = app.pool(PoolOptions.builder("disc", CONFIG).minSize(0).build());
        PooledMachine m = pool.acquire();
        m.discard();
        pool.close();
        assertEquals(List.of(), live("pool-h"));
        assertThrows(IllegalStateException.class, pool::acquire);
    }

    @Test
    void badOptionsNameTheParameter() {
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> PoolOptions.builder("web", CONFIG).minSize(3).maxSize(2).build());
        assertEquals("maxSize", e.field());
        assertEquals("name", assertThrows(FlyValidationException.class,
                () -> PoolOptions.builder("Bad Name", CONFIG).build()).field());
        assertEquals("config.image", assertThrows(FlyValidationException.class,
                () -> PoolOptions.builder("web", MachineConfig.builder().build()).build()).field());
        assertEquals("idleTimeout", assertThrows(FlyValidationException.class,
                () -> PoolOptions.builder("web", CONFIG).idleTimeout(Duration.ZERO).build()).field());
        assertFalse(PoolOptions.builder("web", CONFIG.withEnv(Map.of("SECRET", "hunter2"))).build().toString()
                .contains("hunter2"));
    }

    static FlyMachines client() {
        return fly.client();
    }

    static FakeFly fake() {
        return fly.fake();
    }
}
