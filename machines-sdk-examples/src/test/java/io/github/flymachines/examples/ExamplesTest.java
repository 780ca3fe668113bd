package io.github.flymachines.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.examples.env.FakeEnvironment;
import io.github.flymachines.lifecycle.ConfigDiff;
import io.github.flymachines.lifecycle.WaitOutcome;
import io.github.flymachines.model.Autostop;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeFly;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every example against the embedded fake and checks what it did, and that it left no
 * machine behind. No timing assertions: the fake runs on the system clock with short transitions.
 */
class ExamplesTest {
    private static final String APP = FakeEnvironment.APP;

    private FakeEnvironment env;
    private ByteArrayOutputStream buffer;
    private StepPrinter out;

    @BeforeEach
    void setUp() {
        env = FakeEnvironment.start();
        buffer = new ByteArrayOutputStream();
        out = new StepPrinter(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Every machine the fake ever held is destroyed, and the API lists none. */
    private void assertNothingLeft() {
        FakeFly fake = env.fake();
        assertAll(fake.machineIds(APP).stream().map(id -> () ->
                assertEquals("destroyed", fake.machineState(APP, id), "machine " + id)));
        assertEquals(List.of(), env.machines().list(), "machines still listed");
        assertFalse(output().contains(FakeFly.DEFAULT_TOKEN), "the token was printed");
    }

    private static ConfigDiff.Change change(ConfigDiff diff, String path) {
        return diff.changes().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + path + " in\n" + diff.render()));
    }

    @Test
    void tourGoesThroughTheLifecycleAndShowsTheMemoryDiff() throws Exception {
        TourExample.Result r = new TourExample().run(env, out, List.of());

        assertEquals("ams", r.region());
        assertEquals("cdg", r.cloneRegion());
        assertNotEquals(r.machineId(), r.cloneId());
        assertEquals(256, r.memoryBeforeMb());
        assertEquals(512, r.memoryAfterMb());
        assertEquals(1, r.memoryDiff().changes().size(), r.memoryDiff().render());
        ConfigDiff.Change memory = change(r.memoryDiff(), "guest.memory_mb");
        assertEquals(ConfigDiff.Kind.CHANGED, memory.kind());
        assertEquals(256, memory.before().asInt());
        assertEquals(512, memory.after().asInt());
        assertEquals(List.of(MachineState.STARTED, MachineState.STOPPED, MachineState.STARTED, MachineState.STARTED,
                MachineState.DESTROYED), r.states());
        assertTrue(output().contains("~ guest.memory_mb: 256 -> 512"), output());
        assertEquals(7, out.steps().size());
        assertEquals(2, env.fake().machineIds(APP).size(), "the machine and its clone, nothing else");
        assertNothingLeft();
    }

    @Test
    void shellRunsUnameInAnEphemeralMachineThatIsDestroyedOnClose() throws Exception {
        ShellExample.Result r = new ShellExample().run(env, out, List.of());

        assertEquals(0, r.exitCode());
        assertEquals(FakeEnvironment.unameOf(r.machineId()), r.stdout());
        assertTrue(r.stateAfterClose().isGone());
        assertTrue(output().contains(FakeEnvironment.unameOf(r.machineId()).strip()), output());
        assertNothingLeft();
    }

    @Test
    void shellDestroysTheMachineWhenTheCommandFails() {
        env.fake().onExec(call -> new ExecOutcome(127, "", "uname: not found"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ShellExample().run(env, out, List.of()));

        assertTrue(e.getMessage().contains("127"), e.getMessage());
        assertEquals(1, env.fake().machineIds(APP).size());
        assertNothingLeft();
    }

    @Test
    void cloneLandsInTheOtherRegionWithTheSameImageAndGuest() throws Exception {
        CloneExample.Result r = new CloneExample().run(env, out, List.of());

        assertEquals("ams", r.sourceRegion());
        assertEquals("cdg", r.cloneRegion());
        assertNotEquals(r.sourceId(), r.cloneId());
        assertTrue(r.sameImageAndGuest());
        assertNothingLeft();
    }

    @Test
    void cloneTakesTheTargetRegionAsArgument() throws Exception {
        CloneExample.Result r = new CloneExample().run(env, out, List.of("fra"));

        assertEquals("fra", r.cloneRegion());
        assertNothingLeft();
    }

    @Test
    void verticalScalePreviewsTheDiffThenAppliesTheSameOne() throws Exception {
        VerticalScaleExample.Result r = new VerticalScaleExample().run(env, out, List.of());

        assertEquals(r.preview().render(), r.applied().render());
        assertEquals(1024, change(r.preview(), "guest.memory_mb").after().asInt());
        assertEquals(2, change(r.preview(), "guest.cpus").after().asInt());
        assertEquals(256, r.memoryBeforeMb());
        assertEquals(1024, r.memoryAfterMb());
        assertNotEquals(r.versionBefore(), r.versionAfter(), "the update makes a new version");
        assertTrue(output().contains("~ guest.memory_mb: 256 -> 1024"), output());
        assertNothingLeft();
    }

    @Test
    void verticalScaleTakesTheMemoryAsArgument() throws Exception {
        VerticalScaleExample.Result r = new VerticalScaleExample().run(env, out, List.of("2048"));

        assertEquals(2048, r.memoryAfterMb());
        assertNothingLeft();
    }

    @Test
    void placementFallsBackToTheSecondRegionAndShowsBothAttempts() throws Exception {
        PlacementFallbackExample.Result r = new PlacementFallbackExample().run(env, out, List.of());

        assertEquals(List.of("ams", "cdg"), r.regions());
        assertEquals("cdg", r.landedIn());
        assertEquals(2, r.attempts().size(), r.attempts().toString());
        assertEquals("ams", r.attempts().get(0).region());
        assertTrue(r.attempts().get(0).outcome().contains("no capacity"), r.attempts().toString());
        assertEquals("cdg", r.attempts().get(1).region());
        assertTrue(output().contains("attempt 1 -> ams: no capacity"), output());
        assertTrue(output().contains("attempt 2 -> cdg: created " + r.machineId()), output());
        assertEquals(List.of(r.machineId()), env.fake().machineIds(APP), "exactly one machine was created");
        assertNothingLeft();
    }

    @Test
    void wakeOnNetworkConfiguresAutostopAndAutostartAndShowsTheStates() throws Exception {
        WakeOnNetworkExample.Result r = new WakeOnNetworkExample().run(env, out, List.of());

        assertEquals(Autostop.STOP, r.service().autostop());
        assertEquals(Boolean.TRUE, r.service().autostart());
        assertEquals(80, r.service().internalPort());
        assertEquals(List.of(MachineState.STARTED, MachineState.STOPPED, MachineState.STARTED,
                MachineState.DESTROYED), r.states());
        assertTrue(output().contains("the proxy stops it"), output());
        assertNothingLeft();
    }

    @Test
    void fleetStartsFiveMachinesWaitsForAllAndDestroysThem() throws Exception {
        FleetExample.Result r = new FleetExample().run(env, out, List.of());

        assertEquals(FleetExample.DEFAULT_SIZE, r.machineIds().size());
        assertEquals(FleetExample.DEFAULT_SIZE, new HashSet<>(r.machineIds()).size());
        assertEquals(List.of("ams", "cdg", "ams", "cdg", "ams"), r.regions());
        assertTrue(r.started().stream().map(WaitOutcome::state).allMatch(MachineState.STARTED::equals));
        assertEquals(r.machineIds(), r.started().stream().map(WaitOutcome::machineId).toList());
        assertEquals(r.machineIds(), r.destroyed().stream().map(WaitOutcome::machineId).toList());
        // the metrics summary: the creates by region, with their percentiles
        assertTrue(r.metrics().contains("MACHINES_CREATE"), r.metrics());
        assertTrue(r.metrics().contains("p99"), r.metrics());
        assertTrue(output().contains("retries:"), output());
        assertNothingLeft();
    }

    @Test
    void fleetSizeIsAnArgument() throws Exception {
        FleetExample.Result r = new FleetExample().run(env, out, List.of("3"));

        assertEquals(3, r.machineIds().size());
        assertEquals(3, env.fake().machineIds(APP).size());
        assertNothingLeft();
    }

    @Test
    void aFailureHalfWayDestroysWhatTheExampleCreated() {
        env.fake().setCapacity("cdg", 0); // the tour's clone step cannot be placed

        CapacityException e = assertThrows(CapacityException.class, () -> new TourExample().run(env, out, List.of()));

        assertEquals("cdg", e.region().orElse(null));
        assertTrue(output().contains("Cleaning up 1 machine(s)"), output());
        assertFalse(env.fake().machineIds(APP).isEmpty());
        assertNothingLeft();
    }

    @Test
    void poolServesABurstWarmAndColdThenWarm() throws Exception {
        PoolExample.Result r = new PoolExample().run(env, out, List.of());

        assertEquals(PoolExample.BURST + PoolExample.SEQUENTIAL, r.requests().size());
        List<PoolExample.Request> burst = r.requests().subList(0, PoolExample.BURST);
        assertEquals(1, burst.stream().filter(PoolExample.Request::warm).count(), burst.toString());
        assertTrue(r.requests().subList(PoolExample.BURST, r.requests().size()).stream()
                .allMatch(PoolExample.Request::warm), r.requests().toString());
        assertTrue(r.requests().stream().allMatch(q -> q.output().endsWith("handled request " + q.request())));
        assertTrue(output().contains("acquire latency: warm median"), output());
        assertNothingLeft();
    }

    @Test
    void jobsReportExitCodesAndATimeoutCleansUp() throws Exception {
        JobsExample.Result r = new JobsExample().run(env, out, List.of());
        assertEquals(JobsExample.EXITING + 1, r.results().size());
        for (int code = 0; code < JobsExample.EXITING; code++) {
            assertEquals(io.github.flymachines.jobs.JobResult.Status.EXITED, r.results().get(code).status());
            assertEquals(code, r.results().get(code).exitCode());
        }
        assertEquals(io.github.flymachines.jobs.JobResult.Status.TIMED_OUT, r.results().get(JobsExample.EXITING).status());
        assertEquals(0, r.left());
        assertTrue(output().contains("exit-3"), output());
        assertNothingLeft();
    }

    @Test
    void everyExampleHasAUniqueNameAndIsFoundByIt() {
        List<String> names = Examples.all().stream().map(Example::name).toList();
        assertEquals(List.of("tour", "shell", "clone", "scale", "placement", "wake", "fleet", "pool", "jobs"), names);
        names.forEach(n -> assertEquals(n, Examples.byName(n).orElseThrow().name()));
        assertTrue(Examples.byName("nope").isEmpty());
    }

    @Test
    void launchReturnsZeroOnSuccessAndOneOnFailure() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);

        assertEquals(Examples.OK, Examples.launch(new TourExample(), List.of(), Map.of(), p));
        assertTrue(b.toString(StandardCharsets.UTF_8).contains("Summary of 'tour': 7 step(s)"));
        assertEquals(Examples.FAILED, Examples.launch(new FleetExample(), List.of("0"), Map.of(), p));
        assertTrue(b.toString(StandardCharsets.UTF_8).contains("FAILED: IllegalArgumentException"));
    }

    @Test
    void mainDispatchesByNameAndRejectsAnUnknownExample() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(b, true, StandardCharsets.UTF_8);

        assertEquals(Examples.OK, Main.run(Map.of(), p, "fleet", "2"));
        assertTrue(b.toString(StandardCharsets.UTF_8).contains("Create 2 machines at once"));
        assertEquals(Examples.USAGE, Main.run(Map.of(), p, "nope"));
        assertTrue(b.toString(StandardCharsets.UTF_8).contains("No example called 'nope'"));
        assertEquals(Examples.USAGE, Main.run(Map.of(), p));
        assertEquals(Examples.OK, Main.run(Map.of(), p, "--list"));
    }

    @Test
    void exceptionsAreShownWithoutTheirCompletionWrapper() {
        assertInstanceOf(String.class, StepPrinter.oneLine(new java.util.concurrent.CompletionException(
                new IllegalStateException("boom"))));
        assertEquals("IllegalStateException: boom", StepPrinter.oneLine(
                new java.util.concurrent.CompletionException(new IllegalStateException("boom"))));
    }
}
