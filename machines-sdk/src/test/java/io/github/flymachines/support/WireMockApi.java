package io.github.flymachines.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.retry.RateLimitPolicy;
import io.github.flymachines.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server for wire tests. After each test, every request the SDK sent is validated
 * against the official spec (minus documented defects) and the test fails on any problem.
 * Register with {@code @RegisterExtension static WireMockApi api = new WireMockApi();}.
 */
public final class WireMockApi implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    /** The token the tests use. */
    public static final String TOKEN = "test-token-0123456789";

    private WireMockServer server;
    private final VirtualTime time = new VirtualTime();
    private boolean validate = true;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new WireMockServer(options().dynamicPort().containerThreads(20));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        time.reset();
        validate = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!validate || context.getExecutionException().isPresent()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            problems.addAll(SpecValidator.validate(e.getRequest()));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("requests that do not match the spec:\n  " + String.join("\n  ", problems));
        }
    }

    /** Turns spec validation off for the current test (for tests that send deliberately odd requests). */
    public void skipSpecValidation() {
        validate = false;
    }

    /** @return the server */
    public WireMockServer server() {
        return server;
    }

    /** @return the virtual clock and sleeper shared by clients made here */
    public VirtualTime time() {
        return time;
    }

    /** @return the base URL */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * Returns a builder pointed at the server, with virtual time, a seeded random source, no
     * client-side rate limits and fast, deterministic retries.
     *
     * @return the builder
     */
    public FlyMachines.Builder clientBuilder() {
        return FlyMachines.builder()
                .baseUrl(server.baseUrl())
                .token(TOKEN)
                .clock(time.clock())
                .sleeper(time)
                .random(new SplittableRandom(42))
                .rateLimits(RateLimitPolicy.disabled())
                .attemptTimeout(Duration.ofSeconds(30)) // generous: a loaded CI machine must not turn a slow answer into a timeout
                .retry(RetryPolicy.defaults());
    }

    /** @return a client from {@link #clientBuilder()} */
    public FlyMachines client() {
        return clientBuilder().build();
    }
}
