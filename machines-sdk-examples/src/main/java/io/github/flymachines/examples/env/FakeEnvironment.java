package io.github.flymachines.examples.env;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.testing.ExecOutcome;
import io.github.flymachines.testing.FakeClock;
import io.github.flymachines.testing.FakeFly;
import java.time.Duration;
import java.util.List;

/**
 * The embedded fake ({@link FakeFly} from machines-sdk-testing) on the system clock, with short
 * state transitions, so that every example finishes in seconds and nothing is billed. It answers
 * {@code exec} with what a Fly machine running Alpine would print for {@code uname -a}, and echoes
 * any other command.
 */
public final class FakeEnvironment implements ExampleEnvironment {
    /** The app the examples use on the fake. */
    public static final String APP = "machines-sdk-examples";
    /** The regions the examples use on the fake. */
    public static final List<String> REGIONS = List.of("ams", "cdg");
    /** How long each state transition takes on the fake. */
    public static final Duration TRANSITION_TIME = Duration.ofMillis(100);
    /** The image of the examples' machines (the fake does not pull it). */
    public static final String IMAGE = "registry-1.docker.io/library/nginx:alpine";

    private final FakeFly fake;

    private FakeEnvironment(FakeFly fake) {
        this.fake = fake;
    }

    /**
     * Starts a fresh fake with the examples' app in it.
     *
     * @return the environment; close it to stop the fake
     */
    public static FakeEnvironment start() {
        FakeFly fake = FakeFly.builder()
                .clock(FakeClock.system())
                .transitionTime(TRANSITION_TIME)
                .defaultRegion(REGIONS.get(0))
                .build()
                .start();
        try {
            fake.createApp(APP);
            fake.onExec(call -> call.command().equals(List.of("uname", "-a"))
                    ? ExecOutcome.ok(unameOf(call.machineId()))
                    : ExecOutcome.ok(String.join(" ", call.command()) + "\n"));
            // Warm up the HTTP path (client, server, JSON) so the first step's timing is the step's own.
            fake.client().app(APP).machines().list();
            return new FakeEnvironment(fake);
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    /**
     * Returns what the fake answers to {@code uname -a} in a machine.
     *
     * @param machineId the machine
     * @return the output, with its trailing newline
     */
    public static String unameOf(String machineId) {
        return "Linux " + machineId + " 6.12.8-fly #1 SMP PREEMPT_DYNAMIC x86_64 Linux (FakeFly)\n";
    }

    /** @return the fake, for tests that look inside it */
    public FakeFly fake() {
        return fake;
    }

    @Override
    public FlyMachines client() {
        return fake.client();
    }

    @Override
    public FlyMachines.Builder clientBuilder() {
        return fake.clientBuilder();
    }

    @Override
    public String appName() {
        return APP;
    }

    @Override
    public boolean isFake() {
        return true;
    }

    @Override
    public String describe() {
        return "the embedded fake at " + fake.baseUrl() + " (in-process, nothing is billed; transitions take "
                + TRANSITION_TIME.toMillis() + " ms), app '" + APP + "', regions " + REGIONS;
    }

    @Override
    public List<String> regions() {
        return REGIONS;
    }

    @Override
    public MachineConfig baseConfig() {
        return BaseConfig.of(IMAGE);
    }

    @Override
    public void withNoCapacityIn(String region) {
        fake.setCapacity(region, 0);
    }

    @Override
    public void close() {
        fake.close();
    }
}
