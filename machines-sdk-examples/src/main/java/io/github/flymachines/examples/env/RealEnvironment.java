package io.github.flymachines.examples.env;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.FlyToken;
import io.github.flymachines.model.MachineConfig;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The real Fly.io Machines API. Chosen when both {@code FLY_API_TOKEN} and {@code FLY_APP} are
 * set. Every example creates real, billable machines in that app (and destroys them again).
 *
 * <p>Optional settings: {@code FLY_REGIONS} (comma-separated, default {@code ams,fra}) and
 * {@code FLY_EXAMPLE_IMAGE} (default {@value #DEFAULT_IMAGE}).
 */
public final class RealEnvironment implements ExampleEnvironment {
    /** The image the examples run unless {@code FLY_EXAMPLE_IMAGE} says otherwise. */
    public static final String DEFAULT_IMAGE = "registry-1.docker.io/library/nginx:alpine";

    private final FlyToken token;
    private final String app;
    private final List<String> regions;
    private final String image;
    private final FlyMachines client;

    private RealEnvironment(FlyToken token, String app, List<String> regions, String image) {
        this.token = token;
        this.app = app;
        this.regions = regions;
        this.image = image;
        this.client = clientBuilder().build();
    }

    /**
     * Creates the environment from environment variables and prints the billing warning.
     *
     * @param env the environment variables ({@code System.getenv()})
     * @param out where the warning goes
     * @return the environment
     */
    public static RealEnvironment fromEnv(Map<String, String> env, PrintStream out) {
        String app = Objects.requireNonNull(env.get("FLY_APP"), "FLY_APP");
        List<String> regions = Arrays.stream(env.getOrDefault("FLY_REGIONS", "ams,fra").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (regions.size() < 2) {
            throw new IllegalArgumentException("FLY_REGIONS needs at least two regions, got " + regions);
        }
        String image = env.getOrDefault("FLY_EXAMPLE_IMAGE", DEFAULT_IMAGE);
        out.println("**********************************************************************");
        out.println("* WARNING: FLY_API_TOKEN and FLY_APP are set: this runs against the  *");
        out.println("* REAL Fly.io API and creates BILLABLE machines in app '" + app + "'.");
        out.println("* The example destroys what it creates, also when it fails; check     *");
        out.println("* `fly machines list -a " + app + "` if it is killed half-way.");
        out.println("* Unset FLY_APP to run against the embedded fake instead.            *");
        out.println("**********************************************************************");
        return new RealEnvironment(FlyToken.fromEnv(env), app, regions, image);
    }

    @Override
    public FlyMachines client() {
        return client;
    }

    @Override
    public FlyMachines.Builder clientBuilder() {
        return FlyMachines.builder().token(token).userAgentSuffix("machines-sdk-examples");
    }

    @Override
    public String appName() {
        return app;
    }

    @Override
    public boolean isFake() {
        return false;
    }

    @Override
    public String describe() {
        return "the REAL Fly.io API (" + FlyMachines.DEFAULT_BASE_URL + "), app '" + app + "', regions " + regions
                + ", image " + image + " -- billable";
    }

    @Override
    public List<String> regions() {
        return regions;
    }

    @Override
    public MachineConfig baseConfig() {
        return BaseConfig.of(image);
    }

    @Override
    public void withNoCapacityIn(String region) {
        // Fly's capacity is Fly's: nothing to simulate here.
    }

    @Override
    public void close() {
        client.close();
    }
}
