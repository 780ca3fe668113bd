package io.github.flymachines.examples.env;

import java.io.PrintStream;
import java.util.Map;

/** Picks the environment an example runs in. */
public final class Environments {
    private Environments() {
    }

    /**
     * Opens the real API when both {@code FLY_API_TOKEN} and {@code FLY_APP} are set (printing a
     * loud billing warning), the embedded fake otherwise.
     *
     * @param out where warnings go
     * @return the environment; close it when done
     */
    public static ExampleEnvironment open(PrintStream out) {
        return open(System.getenv(), out);
    }

    /**
     * Opens the environment the variables call for. See {@link #open(PrintStream)}.
     *
     * @param env the environment variables
     * @param out where warnings go
     * @return the environment; close it when done
     */
    public static ExampleEnvironment open(Map<String, String> env, PrintStream out) {
        if (isSet(env.get("FLY_API_TOKEN")) && isSet(env.get("FLY_APP"))) {
            return RealEnvironment.fromEnv(env, out);
        }
        if (isSet(env.get("FLY_API_TOKEN"))) {
            out.println("note: FLY_API_TOKEN is set but FLY_APP is not: using the embedded fake"
                    + " (set FLY_APP to run against the real, billable API)");
        }
        return fake();
    }

    /**
     * Starts the embedded fake.
     *
     * @return the fake environment
     */
    public static ExampleEnvironment fake() {
        return FakeEnvironment.start();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
