package io.github.flymachines.testing.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server with the fake's {@link FakeFilter} in front of WireMock's servlet: the
 * filter answers parked {@code /wait}s asynchronously (no thread held), serves the control API
 * under {@code /__fake/}, and, when nothing but the fake's own stub is installed and the journal
 * is off, answers the fake's API directly.
 */
public final class FakeServerFactory implements HttpServerFactory {
    private final FakeFilter filter;

    /**
     * Creates the factory.
     *
     * @param filter the filter to install
     */
    public FakeServerFactory(FakeFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String getName() {
        return "fly-fake-server";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                FilterHolder h = new FilterHolder(filter);
                h.setAsyncSupported(true);
                h.setName("fly-fake-filter");
                context.addFilter(h, "/*", EnumSet.of(DispatcherType.REQUEST));
            }
        };
    }
}
