package io.github.flymachines.examples.env;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/** Picks the environment an example runs in. */
public final class Environments {
    /** The class of the fake environment; loaded by name so this module builds without it. */
    static final String FAKE_CLASS = "io.github.flymachines.examples.env.FakeEnvironment";

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
     * @throws IllegalStateException when this build has no fake
     */
    public static ExampleEnvironment fake() {
        try {
            return (ExampleEnvironment) Class.forName(FAKE_CLASS).getMethod("start").invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("the embedded fake (machines-sdk-testing's FakeFly) is not part of this"
                    + " build; set FLY_API_TOKEN and FLY_APP to run against the real API", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("could not start the embedded fake", cause);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
