package io.github.flymachines.testing.support;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.model.Lease;
import io.github.flymachines.testing.FakeFly;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that put a {@linkplain FaultProxy#scripted scripted} fault proxy between a
 * client and the fake: before each test, {@link #proxy} stands in front of {@link #fake()} and
 * {@link #client} goes through it; after it, both are closed.
 */
public abstract class ScriptedProxyTest {
    /** The proxy, faulting only where the test scripts it. */
    protected FaultProxy proxy;
    /** A client of the fake, through the proxy. */
    protected FlyMachines client;

    /** @return the fake the proxy stands in front of */
    protected abstract FakeFly fake();

    /**
     * Reads what the fake holds, past the proxy, by a client that holds nothing.
     *
     * @param m the machine
     * @return its lease on the fake, if any
     */
    protected Optional<Lease> leaseOnTheFake(MachineClient m) {
        return fake().client().app(m.app()).machines().withId(m.id()).leases().get();
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = FaultProxy.scripted(fake().baseUrl());
        client = fake().clientBuilder().baseUrl(proxy.baseUrl()).build();
    }

    @AfterEach
    void stopProxy() throws Exception {
        client.close();
        proxy.close();
    }
}
