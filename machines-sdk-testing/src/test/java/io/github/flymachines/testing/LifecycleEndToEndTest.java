package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.errors.PreconditionFailedException;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MachineEvent;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.MachineVersion;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.testing.support.SpecAudit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK drives the fake through a machine's whole life, on the manual clock. */
class LifecycleEndToEndTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();

    static final MachineConfig CONFIG = MachineConfig.builder().image("nginx:1.27").build();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    @Test
    void createWaitStopStartUpdateDestroy() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("life");
        FlyMachines client = fly.client();
        MachinesClient machines = client.app("life").machines();

        Instant t0 = fake.clock().instant();
        Machine created = machines.create(CreateMachineRequest.of(CONFIG).withRegion("ord"));
        assertEquals(MachineState.CREATED, created.state());
        assertEquals("ord", created.region());
        assertEquals(14, created.id().length());
        assertEquals(26, created.instanceId().length());
        MachineClient m = machines.withId(created.id());

        // the wait parks on the server until the clock moves
        CompletableFuture<WaitOutcome> started = m.waitForAsync(WaitState.STARTED, Duration.ofMinutes(1));
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        assertFalse(started.isDone());
        // create: image fetch (created) for 350 ms, boot (starting) for the 50 ms start time
        fake.clock().advance(Duration.ofMillis(349));
        assertEquals("created", fake.machineState("life", created.id()));
        fake.clock().advance(Duration.ofMillis(1)); // created -> starting
        assertEquals("starting", fake.machineState("life", created.id()));
        assertFalse(started.isDone());
        fake.clock().advance(fake.transitionTime()); // starting -> started
        assertEquals(MachineState.STARTED, started.get(30, TimeUnit.SECONDS).state());
        assertEquals(Duration.ofMillis(400), Duration.between(t0, fake.clock().instant()));

        m.stop();
        assertEquals("stopping", fake.machineState("life", created.id()));
        CompletableFuture<WaitOutcome> stopped = m.waitForAsync(WaitState.STOPPED, Duration.ofMinutes(1));
        fake.awaitPendingWaits(1, Duration.ofSeconds(30));
        fake.clock().advance(fake.transitionTime());
        assertEquals(MachineState.STOPPED, stopped.get(30, TimeUnit.SECONDS).state());

        assertEquals("stopped", m.start().previousState());
        fake.settle();
        assertEquals(MachineState.STARTED, m.waitFor(WaitState.STARTED, Duration.ofSeconds(10)).state());

        String oldVersion = m.get().instanceId();
        Machine updated = m.update(UpdateMachineRequest.of(CONFIG.toBuilder().image("nginx:1.28").build()));
        assertNotEquals(oldVersion, updated.instanceId());
        assertEquals(MachineState.REPLACING, updated.state());
        fake.settle();
        Machine after = m.get();
        assertEquals(MachineState.STARTED, after.state());
        assertEquals("nginx:1.28", after.config().image());
        List<MachineVersion> versions = m.versions();
        assertEquals(List.of(updated.instanceId(), oldVersion), versions.stream().map(MachineVersion::version).toList());

        // a started machine is not destroyed without force
        assertThrows(PreconditionFailedException.class, m::destroy);
        m.destroy(true);
        fake.settle();
        assertEquals(MachineState.DESTROYED, m.get().state());
        assertTrue(machines.list().isEmpty(), "destroyed machines are hidden from the list");
        List<String> types = m.events().stream().map(MachineEvent::type).map(Object::toString).toList();
        assertEquals("destroy", types.get(0));
        assertTrue(types.contains("launch") && types.contains("update") && types.contains("stop"), types::toString);
    }

    @Test
    void skipLaunchLeavesTheMachineCreated() {
        FakeFly fake = fly.fake();
        fake.createApp("skip");
        Machine m = fly.client().app("skip").machines()
                .create(CreateMachineRequest.of(CONFIG).withSkipLaunch(true));
        fake.clock().advance(Duration.ofMinutes(5));
        assertEquals("created", fake.machineState("skip", m.id()));
        fly.client().app("skip").machines().withId(m.id()).start();
        fake.settle();
        assertEquals("started", fake.machineState("skip", m.id()));
    }

    @Test
    void suspendRestartAndSignal() {
        FakeFly fake = fly.fake();
        fake.createApp("ops");
        MachinesClient machines = fly.client().app("ops").machines();
        Machine created = machines.create(CreateMachineRequest.of(CONFIG));
        fake.settle();
        MachineClient m = machines.withId(created.id());

        m.suspend();
        assertEquals("suspending", fake.machineState("ops", created.id()));
        fake.settle();
        assertEquals(MachineState.SUSPENDED, m.get().state());
        m.start();
        fake.settle();

        m.restart();
        assertEquals("restarting", fake.machineState("ops", created.id()));
        fake.settle();
        assertEquals("started", fake.machineState("ops", created.id()));

        // SIGKILL ends the main process; the default policy (on-failure) restarts it
        m.signal(io.github.flymachines.model.Signal.SIGKILL);
        assertEquals("starting", fake.machineState("ops", created.id()));
        fake.settle();
        assertEquals("started", fake.machineState("ops", created.id()));
        MachineEvent exit = m.events().stream().filter(e -> e.type().toString().equals("exit")).findFirst()
                .orElseThrow();
        assertNotNull(exit.request());
    }
}
