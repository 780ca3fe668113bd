package io.github.flymachines;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.FlyCancelledException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.ForwardingHttpClient;
import io.github.flymachines.support.WireMockApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Edge cases of the client foundation: tokens, base URLs, cookies, odd error bodies, cancellation. */
class FoundationEdgeTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final String M = "/v1/apps/app-a/machines/3d8d413b29d089";

    @Test
    void blankTokensAreRefusedNamingTheField() {
        for (String t : new String[] {"", "  ", "Bearer ", "FlyV1   ", "Bearer  , ,"}) {
            FlyValidationException e = assertThrows(FlyValidationException.class, () -> FlyToken.of(t), t);
            assertEquals("token", e.field());
        }
        FlyValidationException env = assertThrows(FlyValidationException.class,
                () -> FlyToken.fromEnv(java.util.Map.of()));
        assertEquals("FLY_API_TOKEN", env.field());
    }

    @Test
    void privateApiAddressIsAcceptedOverPlainHttp() {
        try (FlyMachines fly = FlyMachines.builder().baseUrl(FlyMachines.INTERNAL_BASE_URL).token("t0k3n").build()) {
            assertEquals("http://_api.internal:4280", fly.baseUrl().toString());
        }
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> FlyMachines.builder().baseUrl("http://example.com").token("t").build());
        assertEquals("baseUrl", e.field());
    }

    @Test
    void unresolvablePrivateApiFailsWithTypedIoErrorInsteadOfHanging() throws Exception {
        try (FlyMachines fly = FlyMachines.builder().baseUrl("http://_no-such-host.invalid:4280").allowInsecureHttp(true)
                .token("t0k3n").retry(RetryPolicy.none()).build()) {
            CompletableFuture<?> f = fly.app("app-a").machines().withId("3d8d413b29d089").getAsync();
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
            assertInstanceOf(FlyException.class, e.getCause());
        }
    }

    @Test
    void aClientThatRefusesTheRequestFailsTheFutureInsteadOfHanging() throws Exception {
        HttpClient refusing = new DelegatingClient(HttpClient.newHttpClient()) {
            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, BodyHandler<T> h) {
                throw new IllegalArgumentException("refused: " + r.uri());
            }
        };
        try (FlyMachines fly = api.clientBuilder().httpClient(refusing).build()) {
            CompletableFuture<?> f = fly.app("app-a").machines().withId("3d8d413b29d089").getAsync();
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
            assertInstanceOf(FlyException.class, e.getCause());
            assertThrows(FlyException.class, () -> fly.app("app-a").machines().withId("3d8d413b29d089").get());
        }
    }

    @Test
    void affinityCookieIsSentOnlyUnderItsOwnAppPath() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))
                .withHeader("Set-Cookie", "fly-affinity=abc123; Path=/v1/apps/app-a; HttpOnly")));
        wm.stubFor(get(urlPathEqualTo("/v1/apps/app-ab/machines/3d8d413b29d089"))
                .willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))));
        try (FlyMachines fly = api.client()) {
            fly.app("app-a").machines().withId("3d8d413b29d089").get();
            fly.app("app-a").machines().withId("3d8d413b29d089").get();
            fly.app("app-ab").machines().withId("3d8d413b29d089").get();
        }
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> reqs = wm.findAll(getRequestedFor(urlPathEqualTo(M)));
        assertEquals(2, reqs.size());
        assertFalse(reqs.get(0).containsHeader("Cookie"), "first request has no cookie yet");
        assertTrue(reqs.get(1).getHeader("Cookie").contains("fly-affinity=abc123"));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/apps/app-ab/machines/3d8d413b29d089"))
                .withHeader("Cookie", absent()));
    }

    @Test
    void numericAndPlainTextErrorBodiesAreKeptInTheMessage() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(400).withBody("42")));
        try (FlyMachines fly = api.client()) {
            FlyServiceException e = assertThrows(FlyServiceException.class,
                    () -> fly.app("app-a").machines().withId("3d8d413b29d089").get());
            assertTrue(e.getMessage().contains("42"), e.getMessage());
        }
    }

    @Test
    void secretsInNonJsonErrorBodiesAreRedacted() {
        api.skipSpecValidation();
        WireMockServer wm = api.server();
        String body = "bad request: {\"env\":{\"DB_PASSWORD\":\"hunter2\"},\"nonce\":\"n0nc3-77\" (truncated) "
                + "Authorization: Bearer test-token-0123456789 fm2_c2VjcmV0bWFjYXJvb24";
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(400).withBody(body)));
        try (FlyMachines fly = api.client()) {
            FlyServiceException e = assertThrows(FlyServiceException.class,
                    () -> fly.app("app-a").machines().withId("3d8d413b29d089").get());
            String all = e.getMessage() + " " + e;
            for (String secret : List.of("hunter2", "n0nc3-77", WireMockApi.TOKEN, "c2VjcmV0bWFjYXJvb24")) {
                assertFalse(all.contains(secret), "leaked " + secret + " in " + all);
            }
            assertTrue(all.contains("bad request"), all);
        }
    }

    @Test
    void cancellingACallAbortsTheExchangeInFlight() throws Exception {
        List<CompletableFuture<?>> inFlight = new CopyOnWriteArrayList<>();
        HttpClient recording = new DelegatingClient(HttpClient.newHttpClient()) {
            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, BodyHandler<T> h) {
                CompletableFuture<HttpResponse<T>> f = super.sendAsync(r, h);
                inFlight.add(f);
                return f;
            }
        };
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))
                .withFixedDelay(20_000)));
        try (FlyMachines fly = api.clientBuilder().httpClient(recording).build()) {
            CompletableFuture<?> f = fly.app("app-a").machines().withId("3d8d413b29d089").getAsync();
            while (inFlight.isEmpty()) {
                Thread.onSpinWait();
            }
            assertTrue(f.cancel(true));
            CompletableFuture<?> exchange = inFlight.get(0);
            assertTrue(exchange.isCancelled() || exchange.isCompletedExceptionally(), "exchange still running");
        }
    }

    @Test
    void interruptingABlockingCallThrowsCancelledAndKeepsTheFlag() throws Exception {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "started"))
                .withFixedDelay(20_000)));
        try (FlyMachines fly = api.client()) {
            CompletableFuture<Throwable> thrown = new CompletableFuture<>();
            CompletableFuture<Boolean> flag = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    fly.app("app-a").machines().withId("3d8d413b29d089").get();
                    thrown.complete(null);
                } catch (Throwable e) {
                    thrown.complete(e);
                }
                flag.complete(Thread.currentThread().isInterrupted());
            });
            t.start();
            while (wm.getAllServeEvents().isEmpty()) {
                Thread.onSpinWait();
            }
            t.interrupt();
            assertInstanceOf(FlyCancelledException.class, thrown.get(60, TimeUnit.SECONDS));
            assertTrue(flag.get(60, TimeUnit.SECONDS));
        }
    }

    /** An HttpClient that forwards everything, blocking exchanges through sendAsync; tests override what they need. */
    static class DelegatingClient extends ForwardingHttpClient {
        DelegatingClient(HttpClient d) {
            super(d);
        }

        /** Goes through {@link #sendAsync}, so a test that overrides it sees blocking exchanges too. */
        @Override public <T> HttpResponse<T> send(HttpRequest r, BodyHandler<T> h) throws IOException, InterruptedException {
            return sendThroughAsync(r, h);
        }
    }
}
