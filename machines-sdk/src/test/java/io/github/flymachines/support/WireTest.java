package io.github.flymachines.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.FlyMachines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the wire tests that talk to one WireMock server through one client: before each test,
 * {@link #wm} is the server and {@link #fly} a client from {@link #client()}.
 */
public abstract class WireTest {
    /** The server, checking every request against the spec after each test. */
    @RegisterExtension
    protected static final WireMockApi api = new WireMockApi();

    /** The server of the current test. */
    protected WireMockServer wm;
    /** The client of the current test. */
    protected FlyMachines fly;

    /**
     * The client each test gets; override for other settings.
     *
     * @return a client pointed at the server
     */
    protected FlyMachines client() {
        return api.client();
    }

    @BeforeEach
    void connect() {
        wm = api.server();
        fly = client();
    }
}
