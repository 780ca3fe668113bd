package io.github.flymachines.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one example by name: {@code Main <example> [args...]}; without arguments, lists them.
 *
 * <pre>
 * ./mvnw -B -q -pl machines-sdk-examples -am verify -DskipTests -Pdemo -Dexample=fleet -Dexample.args=8
 * </pre>
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the example named by the first argument and exits with its exit code.
     *
     * @param args the example's name, then its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the example named by the first argument.
     *
     * @param args the example's name, then its arguments
     * @return the exit code: 0 success, 1 the example failed, 2 unknown example
     */
    public static int run(String... args) {
        return run(System.getenv(), System.out, args);
    }

    /**
     * Runs the example named by the first argument.
     *
     * @param env the environment variables (real API when {@code FLY_API_TOKEN} and {@code FLY_APP} are set)
     * @param out where to print
     * @param args the example's name, then its arguments
     * @return the exit code: 0 success, 1 the example failed, 2 unknown example
     */
    public static int run(Map<String, String> env, PrintStream out, String... args) {
        if (args.length == 0 || args[0].equals("--list") || args[0].equals("--help")) {
            usage(out);
            return args.length == 0 ? Examples.USAGE : Examples.OK;
        }
        Optional<Example<?>> example = Examples.byName(args[0]);
        if (example.isEmpty()) {
            out.println("No example called '" + args[0] + "'.");
            usage(out);
            return Examples.USAGE;
        }
        return Examples.launch(example.get(), List.of(args).subList(1, args.length), env, out);
    }

    private static void usage(PrintStream out) {
        out.println("Usage: Main <example> [args...]   (real API when FLY_API_TOKEN and FLY_APP are set,"
                + " the embedded fake otherwise)");
        for (Example<?> e : Examples.all()) {
            out.printf("  %-10s %s%n", e.name(), e.summary());
        }
    }
}
