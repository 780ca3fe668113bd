package io.github.flymachines.testing;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeFly} as a standalone server on the system clock, for clients in any language:
 *
 * <pre>
 * java -jar machines-sdk-testing-VERSION-standalone.jar --port 4280 [--token T] [--bind ADDR]
 *      [--transition-ms 50] [--rate-limits] [--auto-create-apps] [--app NAME]... [--journal N]
 *      [--create-ms 400] [--start-ms 50]
 * </pre>
 *
 * The control API is under {@code /__fake/} (see the module README); the request journal is off
 * unless {@code --journal N} keeps the last N requests. Point a client at {@code http://127.0.0.1:4280} (the API is under {@code /v1}).
 */
public final class FakeFlyMain {
    private FakeFlyMain() {
    }

    /**
     * Starts the server and blocks until the JVM stops.
     *
     * @param args the command line
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        FakeFly fake;
        try {
            fake = start(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (fake == null) {
            return; // --help
        }
        System.out.println("FakeFly listening on " + fake.baseUrl() + " (API under /v1)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            stopped.countDown();
        }, "fakefly-shutdown"));
        stopped.await();
    }

    /**
     * Parses the command line and starts a fake without blocking (for embedding and tests).
     *
     * @param args the command line
     * @return the started fake, or null when only help was asked for
     * @throws IllegalArgumentException on a bad argument
     */
    public static FakeFly start(String... args) {
        FakeFly.Builder b = FakeFly.builder().clock(FakeClock.system()).port(4280)
                .requestJournal(0);
        java.util.List<String> appsToCreate = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> b.port(parseInt(a, value(args, ++i, a)));
                case "--token" -> b.token(value(args, ++i, a));
                case "--bind" -> b.bindAddress(value(args, ++i, a));
                case "--transition-ms" -> b.transitionTime(Duration.ofMillis(parseInt(a, value(args, ++i, a))));
                case "--region" -> b.defaultRegion(value(args, ++i, a));
                case "--rate-limits" -> b.rateLimits(true);
                case "--auto-create-apps" -> b.autoCreateApps(true);
                case "--app" -> appsToCreate.add(value(args, ++i, a));
                case "--journal" -> b.requestJournal(parseInt(a, value(args, ++i, a)));
                case "--create-ms" -> b.createTime(Duration.ofMillis(parseInt(a, value(args, ++i, a))));
                case "--start-ms" -> b.startTime(Duration.ofMillis(parseInt(a, value(args, ++i, a))));
                case "--help", "-h" -> {
                    usage(System.out);
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        FakeFly fake = b.build().start();
        appsToCreate.forEach(fake::createApp);
        return fake;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int parseInt(String flag, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a number, got '" + v + "'");
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: FakeFlyMain [--port N (default 4280, 0 = random)] [--token T (default "
                + FakeFly.DEFAULT_TOKEN + ")] [--bind ADDR] [--transition-ms MS] [--region CODE] [--rate-limits] "
                + "[--auto-create-apps] [--app NAME]... [--journal N (requests kept for WireMock's journal; default 0 = off, "
                + "-1 = all)] [--create-ms MS (created -> started; default 8 transitions)] "
                + "[--start-ms MS (stopped -> started; default 1 transition)]");
    }
}
