package io.github.flymachines.examples;

import io.github.flymachines.examples.env.Environments;
import io.github.flymachines.examples.env.ExampleEnvironment;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue of examples and the launcher every {@code main} goes through. */
public final class Examples {
    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code of a run whose example failed. */
    public static final int FAILED = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int USAGE = 2;

    private Examples() {
    }

    /** @return every example, in the order the README lists them */
    public static List<Example<?>> all() {
        return List.of(new TourExample(), new ShellExample(), new CloneExample(), new VerticalScaleExample(),
                new PlacementFallbackExample(), new WakeOnNetworkExample(), new FleetExample(), new PoolExample(),
                new JobsExample());
    }

    /**
     * Finds an example by name.
     *
     * @param name the name, e.g. {@code fleet}
     * @return the example, if there is one by that name
     */
    public static Optional<Example<?>> byName(String name) {
        return all().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Runs an example in the environment the variables call for (the fake unless
     * {@code FLY_API_TOKEN} and {@code FLY_APP} are set) and returns the process exit code.
     *
     * @param example the example
     * @param args its arguments
     * @return {@link #OK} or {@link #FAILED}
     */
    public static int launch(Example<?> example, String... args) {
        return launch(example, List.of(args), System.getenv(), System.out);
    }

    /**
     * Runs an example and returns the process exit code.
     *
     * @param example the example
     * @param args its arguments
     * @param env the environment variables
     * @param stream where to print
     * @return {@link #OK} or {@link #FAILED}
     */
    public static int launch(Example<?> example, List<String> args, Map<String, String> env, PrintStream stream) {
        StepPrinter out = new StepPrinter(stream);
        out.say("== " + example.name() + ": " + example.summary() + " ==");
        ExampleEnvironment environment;
        try {
            environment = Environments.open(env, stream);
        } catch (RuntimeException e) {
            out.say("Could not set up the environment: " + StepPrinter.oneLine(e));
            return FAILED;
        }
        try (environment) {
            out.say("Running against " + environment.describe());
            out.blank();
            example.run(environment, out, args);
            out.summary(example.name());
            out.say("OK");
            return OK;
        } catch (Exception e) {
            out.summary(example.name());
            out.say("FAILED: " + StepPrinter.oneLine(e));
            for (Throwable s : e.getSuppressed()) {
                out.say("  also: " + StepPrinter.oneLine(s));
            }
            return FAILED;
        }
    }
}
