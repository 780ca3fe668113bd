package io.github.flymachines.examples.env;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachinesClient;
import io.github.flymachines.model.MachineConfig;
import java.util.List;

/**
 * Where an example runs: the real Fly.io Machines API (billable) or the embedded fake.
 *
 * <p>Examples only use the SDK's public API through {@link #client()}; the few things only a fake
 * can do (take a region's capacity away, for instance) are hooks that do nothing on the real API,
 * so every example runs unchanged on both.
 */
public interface ExampleEnvironment extends AutoCloseable {

    /** @return the SDK client, shared by the example's steps */
    FlyMachines client();

    /**
     * Returns a builder preconfigured for this environment (base URL and token), for an example
     * that needs its own client settings, such as a retry policy with a listener. The caller
     * builds and closes the client.
     *
     * @return a new builder
     */
    FlyMachines.Builder clientBuilder();

    /** @return the app the examples create their machines in */
    String appName();

    /** @return the machines of {@link #appName()} */
    default MachinesClient machines() {
        return client().app(appName()).machines();
    }

    /** @return true for the embedded fake, false for the real API */
    boolean isFake();

    /** @return one line that says where the example runs (never contains the token) */
    String describe();

    /**
     * Returns the regions the examples use, first preferred; at least two.
     *
     * @return the regions
     */
    List<String> regions();

    /**
     * Returns a small machine config (the image, 1 shared CPU, 256 MB) the examples start from.
     *
     * @return the config
     */
    MachineConfig baseConfig();

    /**
     * Fake only: the region has no capacity left, so a create there fails with a capacity error.
     * On the real API this does nothing (capacity is whatever Fly has).
     *
     * @param region the region
     */
    void withNoCapacityIn(String region);

    /** Releases what the environment holds (the fake server, the client). Never throws. */
    @Override
    void close();
}
