package io.github.flymachines.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.flymachines.api.AppClient;
import io.github.flymachines.jobs.Job;
import io.github.flymachines.jobs.JobResult;
import io.github.flymachines.jobs.JobRunner;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.EventType;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFlyExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Run-to-completion jobs on the fake with the system clock. A job's program is described by the
 * fake's program model in its env ({@code FAKE_EXIT_AFTER}, {@code FAKE_EXIT_CODE},
 * {@code FAKE_EXIT_SIGNAL}, {@code FAKE_OOM}): the fake exits the process on its own.
 */
class JobRunnerTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.clock(FakeClock.system())
            .transitionTime(Duration.ofMillis(10)));

    static final MachineConfig CONFIG = MachineConfig.builder().image("registry.fly.io/batch:1").build();

    /** A job whose program exits with {@code code} after {@code after}. */
    static Job exiting(String name, int code, String after) {
        return Job.of("/bin/work", name).withName(name)
                .withEnv(Map.of("FAKE_EXIT_AFTER", after, "FAKE_EXIT_CODE", Integer.toString(code)))
                .withTimeout(Duration.ofSeconds(30));
    }

    static AppClient app(String name) {
        fly.fake().createApp(name);
        return fly.client().app(name);
    }

    @Test
    void aJobOnANewMachineReportsItsExitCodeAndLeavesNothing() throws Exception {
        AppClient app = app("job-a");
        {
            JobRunner jobs = app.jobs(CreateMachineRequest.of(CONFIG));
            JobResult r = jobs.run(exiting("three", 3, "50ms"));
            assertEquals(JobResult.Status.EXITED, r.status(), r.toString());
            assertEquals(3, r.exitCode());
            assertFalse(r.succeeded());
            assertEquals("iad", r.region());
            assertNotNull(r.machineId());
            assertTrue(r.events().stream().anyMatch(e -> EventType.EXIT.equals(e.type())));
            assertTrue(r.total().compareTo(r.runTime()) >= 0);
        }
        assertEquals(List.of(), Awaits.live(fly.fake(), "job-a"), "auto_destroy removed the machine");
        Machine m = app.machines().list(io.github.flymachines.model.ListMachinesQuery.ALL.withIncludeDeleted(true))
                .get(0);
        assertEquals(List.of("/bin/work", "three"), m.configOrEmpty().init().exec());
        assertEquals("no", m.configOrEmpty().restart().policy().value());
    }

    @Test
    void aSignalIsReported() throws Exception {
        AppClient app = app("job-b");
        {
            Job killed = Job.of("/bin/work").withEnv(Map.of("FAKE_EXIT_AFTER", "20ms", "FAKE_EXIT_SIGNAL", "SIGKILL"))
                    .withTimeout(Duration.ofSeconds(30));
            JobResult r = app.jobs(CreateMachineRequest.of(CONFIG)).run(killed);
            assertEquals(JobResult.Status.EXITED, r.status());
            assertEquals(9, r.signal());
            assertEquals(137, r.exitCode());
        }
    }

    @Test
    void aCleanExitWhoseEventLeavesOutTheZeroCodeSucceeds() {
        AppClient app = app("job-z");
        // the live API (Go omitempty) leaves out exit_code 0; the fake writes it, so answer the events as the API does
        fly.fake().failNext(RequestMethod.GET, WireMock.urlPathMatching("/v1/apps/job-z/machines/[^/]+/events"),
                WireMock.okJson("[{\"type\":\"exit\",\"status\":\"stopped\",\"source\":\"flyd\","
                        + "\"request\":{\"exit_event\":{\"oom_killed\":false,\"requested_stop\":false,"
                        + "\"restarting\":false}}},{\"type\":\"start\",\"status\":\"started\",\"source\":\"flyd\"}]"));
        JobResult r = app.jobs(CreateMachineRequest.of(CONFIG)).run(exiting("clean", 0, "20ms"));
        assertEquals(JobResult.Status.EXITED, r.status(), r.toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.succeeded(), r.toString());
    }

    @Test
    void aTimedOutJobHasItsMachineDestroyed() {
        AppClient app = app("job-c");
        JobResult r = app.jobs(CreateMachineRequest.of(CONFIG))
                .run(Job.of("sleep", "inf").withTimeout(Duration.ofMillis(300)));
        assertEquals(JobResult.Status.TIMED_OUT, r.status());
        assertEquals(null, r.exitCode());
        assertEquals(List.of(), Awaits.live(fly.fake(), "job-c"));
    }

    @Test
    void aCancelledJobHasItsMachineDestroyed() {
        AppClient app = app("job-d");
        CompletableFuture<JobResult> f = app.jobs(CreateMachineRequest.of(CONFIG)).runAsync(Job.of("sleep", "inf"));
        Awaits.until(() -> fly.fake().machineIds("job-d").size() == 1
                && "started".equals(fly.fake().machineState("job-d", fly.fake().machineIds("job-d").get(0))));
        f.cancel(true);
        Awaits.until(() -> Awaits.live(fly.fake(), "job-d").isEmpty());
    }

    @Test
    void manyJobsRunWithBoundedConcurrencyAndAResultEach() throws Exception {
        AppClient app = app("job-e");
        List<Job> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            batch.add(exiting("job-" + i, i, "30ms"));
        }
        List<JobResult> results = app.jobs(CreateMachineRequest.of(CONFIG)).runAll(batch, 2);
        assertTrue(maxOverlap(results) <= 2, "at most 2 at once, saw " + maxOverlap(results));
        assertEquals(6, results.size());
        for (int i = 0; i < 6; i++) {
            assertEquals("job-" + i, results.get(i).job());
            assertEquals(i, results.get(i).exitCode(), results.get(i).toString());
        }
        assertTrue(results.get(0).succeeded());
        assertEquals(List.of(), Awaits.live(fly.fake(), "job-e"));
    }

    @Test
    void jobsOnPoolMachinesReuseThemAndPutThePoolConfigBack() throws Exception {
        AppClient app = app("job-f");
        try (MachinePool pool = app.pool(PoolOptions.builder("batch", CONFIG).minSize(2).maxSize(2).build())) {
            pool.awaitSteady();
            List<String> ids = Awaits.live(fly.fake(), "job-f").stream().map(Machine::id).sorted().toList();
            List<JobResult> results = app.jobs(pool).runAll(List.of(exiting("a", 0, "20ms"), exiting("b", 1, "20ms"),
                    exiting("c", 2, "20ms"), exiting("d", 0, "20ms")), 2);
            assertEquals(List.of(0, 1, 2, 0), results.stream().map(JobResult::exitCode).toList());
            assertTrue(results.stream().allMatch(r -> ids.contains(r.machineId())), "ran on the pool's machines");
            pool.awaitSteady();
            List<Machine> after = Awaits.live(fly.fake(), "job-f");
            assertEquals(ids, after.stream().map(Machine::id).sorted().toList(), "reused, not replaced");
            for (Machine m : after) {
                assertEquals(MachinePool.digest(CONFIG), m.configOrEmpty().metadata().get(MachinePool.CONFIG_METADATA_KEY));
                assertTrue(m.configOrEmpty().init() == null || m.configOrEmpty().init().exec().isEmpty());
                assertFalse(m.configOrEmpty().env().containsKey("FAKE_EXIT_AFTER"));
            }
        }
        assertEquals(List.of(), Awaits.live(fly.fake(), "job-f"));
    }

    @Test
    void anOomKillIsReported() {
        AppClient app = app("job-h");
        JobResult r = app.jobs(CreateMachineRequest.of(CONFIG)).run(Job.of("/bin/hog")
                .withEnv(Map.of("FAKE_EXIT_AFTER", "20ms", "FAKE_EXIT_CODE", "137", "FAKE_OOM", "true"))
                .withTimeout(Duration.ofSeconds(30)));
        assertEquals(JobResult.Status.EXITED, r.status(), r.toString());
        assertTrue(r.oomKilled(), r.toString());
        assertFalse(r.succeeded());
    }

    /** The most jobs whose process ran at the same time, from their start and exit events. */
    static int maxOverlap(List<JobResult> results) {
        List<long[]> spans = new ArrayList<>();
        for (JobResult r : results) {
            Long start = r.events().stream().filter(e -> EventType.START.equals(e.type()) && e.timestamp() != null)
                    .map(e -> e.timestamp().toEpochMilli()).min(Long::compare).orElse(null);
            Long exit = r.events().stream().filter(e -> EventType.EXIT.equals(e.type()) && e.timestamp() != null)
                    .map(e -> e.timestamp().toEpochMilli()).max(Long::compare).orElse(null);
            if (start != null && exit != null) {
                spans.add(new long[] {start, exit});
            }
        }
        int most = 0;
        for (long[] s : spans) {
            int n = 0;
            for (long[] o : spans) {
                if (o[0] <= s[0] && s[0] < o[1]) {
                    n++;
                }
            }
            most = Math.max(most, n);
        }
        return most;
    }

    @Test
    void aTimedOutPoolJobDiscardsTheMachine() {
        AppClient app = app("job-g");
        try (MachinePool pool = app.pool(PoolOptions.builder("batch", CONFIG).minSize(1).build())) {
            pool.awaitSteady();
            String id = Awaits.live(fly.fake(), "job-g").get(0).id();
            JobResult r = app.jobs(pool).run(Job.of("sleep", "inf").withTimeout(Duration.ofMillis(300)));
            assertEquals(JobResult.Status.TIMED_OUT, r.status());
            pool.awaitSteady();
            assertFalse(Awaits.live(fly.fake(), "job-g").stream().anyMatch(m -> m.id().equals(id)));
            assertEquals(1, pool.stats().ready());
        }
    }
}
