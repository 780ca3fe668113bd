package io.github.flymachines.examples;

import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.jobs.Job;
import io.github.flymachines.jobs.JobResult;
import io.github.flymachines.jobs.JobRunner;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.ListMachinesQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A batch of run-to-completion jobs: each job's command is a machine's main process, the machine
 * has {@code auto_destroy} and restart policy {@code no}, and the job's exit code comes from the
 * machine's exit event. Four jobs exit with codes 0 to 3; a fifth runs forever and is stopped by
 * its timeout, its machine destroyed. Two run at a time.
 *
 * <p>On the fake the program is described by the fake's program model in the env
 * ({@code FAKE_EXIT_AFTER}, {@code FAKE_EXIT_CODE}); on the real API it is a shell command.
 */
public final class JobsExample implements Example<JobsExample.Result> {
    /** How many jobs exit on their own. */
    public static final int EXITING = 4;
    /** How long the never-ending job may run. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);

    /**
     * What the example did.
     *
     * @param results one result per job, in order
     * @param left machines of the batch still there afterwards (0)
     */
    public record Result(List<JobResult> results, int left) {
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new JobsExample(), args));
    }

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public String summary() {
        return "run-to-completion jobs: a batch with exit codes, two at a time, a timeout that cleans up";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        JobRunner runner = env.client().app(env.appName()).jobs(CreateMachineRequest.of(env.baseConfig())
                .withFallbackRegions(env.regions()));
        List<Job> batch = new ArrayList<>();
        for (int code = 0; code < EXITING; code++) {
            batch.add(exiting(env, "exit-" + code, code));
        }
        batch.add(Job.of("/bin/sh", "-c", "sleep infinity").withName("forever").withTimeout(TIMEOUT));
        List<JobResult> results = out.step("Run " + batch.size() + " jobs, 2 at a time",
                () -> runner.runAll(batch, 2), r -> null);
        for (JobResult r : results) {
            out.note(String.format("%-8s %-9s exit code %-4s machine %s in %s, started after %s, ran %s%s",
                    r.job(), r.status(), r.exitCode() == null ? "-" : r.exitCode(), r.machineId(), r.region(),
                    StepPrinter.format(r.startDelay()), StepPrinter.format(r.runTime()),
                    r.status() == JobResult.Status.TIMED_OUT ? " (machine destroyed)" : ""));
        }
        int left = out.step("Check that no job machine is left", () -> env.machines()
                .list(ListMachinesQuery.ALL).stream()
                .filter(m -> m.configOrEmpty().metadata().containsKey(JobRunner.JOB_METADATA_KEY)).toList().size(),
                n -> n + " left");
        return new Result(results, left);
    }

    private static Job exiting(ExampleEnvironment env, String name, int code) {
        Job job = Job.of("/bin/sh", "-c", "sleep 1; exit " + code).withName(name).withTimeout(Duration.ofMinutes(2));
        return env.isFake() ? job.withEnv(Map.of("FAKE_EXIT_AFTER", "300ms", "FAKE_EXIT_CODE",
                Integer.toString(code))) : job;
    }
}
