package io.github.flymachines.testing.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The WireMock extension that answers the fake's catch-all stub from the {@link FakeEngine}.
 * Not applied globally: only stubs that name it (the catch-all) are transformed, so users' own
 * higher-priority stubs keep their responses.
 *
 * <p>An answer that is not ready (a parked {@code /wait}) is handed to the {@link FakeFilter},
 * which finishes it asynchronously: the placeholder WireMock renders carries
 * {@link FakeFilter#PARK_HEADER} and never reaches the client. No thread waits for it.
 */
public final class FakeTransformer implements ResponseDefinitionTransformerV2 {
    /** The extension name stubs refer to. */
    public static final String NAME = "fly-fake";

    private final FakeEngine engine;
    private final FakeFilter filter;

    /**
     * Creates the transformer.
     *
     * @param engine the engine
     * @param filter the filter that finishes parked answers
     */
    public FakeTransformer(FakeEngine engine, FakeFilter filter) {
        this.engine = engine;
        this.filter = filter;
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
            CompletableFuture<FakeResponse> answer = engine.handle(r);
            if (!answer.isDone()) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                        .withHeader(FakeFilter.PARK_HEADER, filter.park(answer)).build();
            }
            resp = answer.join();
        } catch (RuntimeException e) {
            resp = FakeResponse.error(500, "fake failed: " + e.getClass().getSimpleName());
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(resp.status())
                .withHeader("fly-request-id", FakeFilter.requestId());
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
