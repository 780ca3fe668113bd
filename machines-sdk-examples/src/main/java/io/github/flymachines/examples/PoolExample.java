package io.github.flymachines.examples;

import io.github.flymachines.examples.env.ExampleEnvironment;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.ExecResult;
import io.github.flymachines.pool.MachinePool;
import io.github.flymachines.pool.PoolOptions;
import io.github.flymachines.pool.PooledMachine;
import io.github.flymachines.pool.ShutdownPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A request handler on a warm pool: each "request" acquires a machine from a
 * {@link MachinePool}, runs a command in it and releases it. A ready (stopped) machine is
 * started, which is fast; when none is ready the pool creates one, which is slow. A burst of
 * three requests against a pool of one ready machine shows both, then sequential requests find
 * the released machines ready. The pool is closed with {@link ShutdownPolicy#DESTROY}: nothing
 * is left behind.
 */
public final class PoolExample implements Example<PoolExample.Result> {
    /** How many requests arrive at once at first. */
    public static final int BURST = 3;
    /** How many requests follow, one after the other. */
    public static final int SEQUENTIAL = 3;

    /**
     * One handled request.
     *
     * @param request its number, from 1
     * @param machineId the machine that served it
     * @param warm true when a ready machine was started, false when one was created
     * @param acquire how long the acquire took
     * @param output what the command printed
     */
    public record Request(int request, String machineId, boolean warm, Duration acquire, String output) {
    }

    /**
     * What the example did.
     *
     * @param requests every request, in order
     * @param warmMedian the median acquire latency of the warm requests
     * @param coldMedian the median acquire latency of the cold requests
     */
    public record Result(List<Request> requests, Duration warmMedian, Duration coldMedian) {
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(Examples.launch(new PoolExample(), args));
    }

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String summary() {
        return "warm pool: a request handler acquires a ready machine, runs a command, releases it (warm vs cold)";
    }

    @Override
    public Result run(ExampleEnvironment env, StepPrinter out, List<String> args) throws Exception {
        PoolOptions options = PoolOptions.builder("examples-handler", env.baseConfig())
                .regions(env.regions().toArray(String[]::new))
                .minSize(1).maxSize(BURST + 1).shutdownPolicy(ShutdownPolicy.DESTROY).build();
        List<Request> requests = new ArrayList<>();
        try (MachinePool pool = out.step("Open a pool of 1 ready machine (at most " + (BURST + 1) + ")",
                () -> env.client().app(env.appName()).pool(options), p -> "pool " + p.name())) {
            out.step("Warm it up: create one machine, start it once, stop it", pool::awaitSteady);
            out.note(pool.stats().toString());

            List<CompletableFuture<Request>> burst = new ArrayList<>();
            out.step(BURST + " requests at once: one finds the ready machine, the others wait for a create", () -> {
                for (int i = 1; i <= BURST; i++) {
                    int n = i;
                    burst.add(pool.acquireAsync().thenApply(m -> handle(n, m)));
                }
                burst.forEach(f -> requests.add(f.join()));
            });
            for (int i = 1; i <= SEQUENTIAL; i++) {
                int n = BURST + i;
                requests.add(out.step("Request " + n + ": the released machines are ready now",
                        () -> handle(n, pool.acquire()), r -> null));
            }
            for (Request r : requests) {
                out.note(String.format("request %d: machine %s, %s, acquired in %s", r.request(), r.machineId(),
                        r.warm() ? "warm (started a stopped machine)" : "cold (created a machine)",
                        StepPrinter.format(r.acquire())));
            }
            Duration warm = median(requests, true);
            Duration cold = median(requests, false);
            out.say(String.format("   acquire latency: warm median %s, cold median %s",
                    warm == null ? "-" : StepPrinter.format(warm), cold == null ? "-" : StepPrinter.format(cold)));
            out.step("Close the pool: destroy its machines", pool::close);
            return new Result(List.copyOf(requests), warm, cold);
        }
    }

    private static Request handle(int n, PooledMachine m) {
        try (m) {
            // echo is safe to repeat, so a lost answer is retried too
            ExecResult r = m.client().execRepeatable(ExecRequest.of("echo", "handled request " + n));
            return new Request(n, m.id(), m.warm(), m.acquiredIn(), r.stdout() == null ? "" : r.stdout().strip());
        }
    }

    private static Duration median(List<Request> requests, boolean warm) {
        List<Duration> d = requests.stream().filter(r -> r.warm() == warm).map(Request::acquire)
                .sorted(Comparator.naturalOrder()).toList();
        return d.isEmpty() ? null : d.get(d.size() / 2);
    }
}
