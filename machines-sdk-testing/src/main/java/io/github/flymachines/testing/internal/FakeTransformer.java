package io.github.flymachines.testing.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The WireMock extension that answers the fake's catch-all stub from the {@link FakeEngine}.
 * Not applied globally: only stubs that name it (the catch-all) are transformed, so users' own
 * higher-priority stubs keep their responses.
 *
 * <p>A parked {@code /wait} holds its Jetty request thread until it completes (state reached,
 * or its timeout passed on the fake clock); the server is sized for that.
 */
public final class FakeTransformer implements ResponseDefinitionTransformerV2 {
    /** The extension name stubs refer to. */
    public static final String NAME = "fly-fake";

    private final FakeEngine engine;
    private final Duration realTimeLimit;

    /**
     * Creates the transformer.
     *
     * @param engine the engine
     * @param realTimeLimit how long (wall clock) a parked wait may hold a thread before it is
     *        answered with 408 regardless of the fake clock
     */
    public FakeTransformer(FakeEngine engine, Duration realTimeLimit) {
        this.engine = engine;
        this.realTimeLimit = realTimeLimit;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest req = serveEvent.getRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : req.getHeaders().all()) {
            headers.computeIfAbsent(h.key(), k -> new ArrayList<>()).addAll(h.values());
        }
        FakeRequest r = FakeRequest.of(req.getMethod().getName(), req.getUrl(), headers, req.getBody());
        FakeResponse resp;
        try {
            resp = engine.handle(r).get(realTimeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            resp = FakeResponse.error(408, "deadline_exceeded: the fake's real-time limit for a wait passed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            resp = FakeResponse.error(503, "interrupted");
        } catch (ExecutionException | RuntimeException e) {
            resp = FakeResponse.error(500, "fake failed: " + e.getClass().getSimpleName());
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(resp.status())
                .withHeader("fly-request-id", UUID.randomUUID().toString().replace("-", ""));
        if (resp.body() != null) {
            if (!resp.headers().containsKey("Content-Type")) {
                b.withHeader("Content-Type", "application/json; charset=utf-8");
            }
            b.withBody(resp.body());
        }
        resp.headers().forEach(b::withHeader);
        return b.build();
    }
}
