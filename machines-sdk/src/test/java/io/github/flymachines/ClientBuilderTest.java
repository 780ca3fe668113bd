package io.github.flymachines;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.flymachines.support.TestMachine.ID;
import static io.github.flymachines.support.TestMachine.M;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.flymachines.errors.FlyTimeoutException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.WireMockApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder: base URL rules, immutability, one HttpClient per client, User-Agent, timeouts, request ids. */
class ClientBuilderTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static HttpClient httpClientOf(FlyMachines fly) {
        return fly.context().engine().transport().httpClient();
    }

    @Test
    void baseUrlDefaultsToThePublicApi() {
        try (FlyMachines fly = FlyMachines.builder().token("t0k3n").build()) {
            assertEquals(URI.create("https://api.machines.dev"), fly.baseUrl());
        }
        assertEquals("https://api.machines.dev", FlyMachines.DEFAULT_BASE_URL.toString());
        assertEquals("http://_api.internal:4280", FlyMachines.INTERNAL_BASE_URL.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.machines.dev", "https://api.machines.dev/", "https://example.com:8443",
        "http://_api.internal:4280", "http://127.0.0.1:4280", "http://localhost:8080", "http://[::1]:8080",
        "http://127.0.0.2"})
    void acceptedBaseUrls(String url) {
        try (FlyMachines fly = assertDoesNotThrow(() -> FlyMachines.builder().baseUrl(url).token("t").build())) {
            assertEquals(URI.create(url), fly.baseUrl());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://api.machines.dev", "http://localhost.evil.example",
        "http://127.0.0.1.nip.io", "http://10.0.0.1:4280", "http://_api.internal.evil.example:4280",
        "ftp://api.machines.dev", "https://api.machines.dev/v1", "https://api.machines.dev?x=1",
        "https://api.machines.dev#frag", "api.machines.dev"})
    void refusedBaseUrlsNameTheField(String url) {
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> FlyMachines.builder().baseUrl(url).token("t").build(), url);
        assertEquals("baseUrl", e.field());
    }

    @Test
    void plainHttpElsewhereNeedsTheExplicitOptIn() {
        try (FlyMachines fly = FlyMachines.builder().baseUrl("http://10.0.0.1:4280").allowInsecureHttp(true)
                .token("t").build()) {
            assertEquals("http://10.0.0.1:4280", fly.baseUrl().toString());
        }
        assertThrows(FlyValidationException.class, () -> FlyMachines.builder().baseUrl("http://10.0.0.1:4280")
                .allowInsecureHttp(true).allowInsecureHttp(false).token("t").build());
    }

    @Test
    void aTokenIsRequired() {
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> FlyMachines.builder().build());
        assertEquals("token", e.field());
    }

    @Test
    void nonPositiveTimeoutsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FlyMachines.builder().connectTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> FlyMachines.builder().attemptTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> FlyMachines.builder().timeout(Duration.ZERO));
    }

    @Test
    void aBuiltClientDoesNotChangeWhenTheBuilderIsReused() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))));
        FlyMachines.Builder b = api.clientBuilder();
        try (FlyMachines first = b.build()) {
            b.baseUrl("https://api.machines.dev").token("another-token");
            assertEquals(URI.create(api.baseUrl()), first.baseUrl());
            first.app("my-app").machines().withId(ID).get();
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo(M))
                .withHeader("Authorization", equalTo("Bearer " + WireMockApi.TOKEN)));
    }

    @Test
    void oneHttpClientPerSdkClientWithItsOwnCookieStoreAndTimeouts() throws Exception {
        try (FlyMachines a = api.clientBuilder().connectTimeout(Duration.ofSeconds(7)).build();
                FlyMachines b = api.client()) {
            HttpClient ha = httpClientOf(a);
            assertSame(ha, httpClientOf(a), "the client keeps one HttpClient");
            assertNotSame(ha, httpClientOf(b), "each SDK client has its own HttpClient");
            // the transport applies the per-client store itself (affinityCookiesDoNotLeakBetweenClients);
            // a cookie handler on the HttpClient as well would send every cookie twice
            assertTrue(ha.cookieHandler().isEmpty(), "cookies are the transport's, not the HttpClient's");
            assertEquals(Duration.ofSeconds(7), ha.connectTimeout().orElseThrow());
            assertEquals(HttpClient.Redirect.NEVER, ha.followRedirects());
        }
    }

    @Test
    void affinityCookiesDoNotLeakBetweenClients() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))
                .withHeader("Set-Cookie", "fly_flaps_affinity=node1; Path=/v1/apps/my-app")));
        try (FlyMachines a = api.client(); FlyMachines b = api.client()) {
            a.app("my-app").machines().withId(ID).get();
            b.app("my-app").machines().withId(ID).get();
            a.app("my-app").machines().withId(ID).get();
        }
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> reqs =
                wm.findAll(getRequestedFor(urlPathEqualTo(M)));
        assertEquals(3, reqs.size());
        assertFalse(reqs.get(1).containsHeader("Cookie"), "client b got client a's cookie");
        assertTrue(reqs.get(2).getHeader("Cookie").contains("fly_flaps_affinity=node1"));
    }

    @Test
    void aClientOfTheUsersKeepsItsOwnCookieHandling() {
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))
                .withHeader("Set-Cookie", "fly_flaps_affinity=node1; Path=/v1/apps/my-app")));
        java.net.CookieManager theirs = new java.net.CookieManager();
        HttpClient own = HttpClient.newBuilder().cookieHandler(theirs).build();
        try (FlyMachines fly = api.clientBuilder().httpClient(own).build()) {
            fly.app("my-app").machines().withId(ID).get();
            fly.app("my-app").machines().withId(ID).get();
        }
        assertEquals(1, theirs.getCookieStore().getCookies().size(), "the user's store got the cookie");
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> reqs =
                wm.findAll(getRequestedFor(urlPathEqualTo(M)));
        assertEquals(List.of("fly_flaps_affinity=node1"), reqs.get(1).header("Cookie").values(),
                "sent once, by the user's handler, not again by the SDK");
    }

    @Test
    void userAgentNamesTheSdkAndItsVersion() {
        assertFalse(FlyMachines.VERSION.isBlank());
        assertFalse(FlyMachines.VERSION.equals("dev") || FlyMachines.VERSION.contains("${"),
                "version not filtered into sdk.properties: " + FlyMachines.VERSION);
        WireMockServer wm = api.server();
        wm.stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))));
        try (FlyMachines fly = api.clientBuilder().userAgentSuffix("my-tool/1.2").build()) {
            fly.app("my-app").machines().withId(ID).get();
        }
        String v = java.util.regex.Pattern.quote(FlyMachines.VERSION);
        wm.verify(getRequestedFor(urlPathEqualTo(M))
                .withHeader("User-Agent", matching("machines-sdk-java/" + v + " \\(Java \\d+; [^)]+\\) my-tool/1\\.2")));
    }

    @Test
    void theAttemptTimeoutIsSetOnEveryHttpRequest() {
        List<HttpRequest> seen = new CopyOnWriteArrayList<>();
        HttpClient recording = new FoundationEdgeTest.DelegatingClient(HttpClient.newHttpClient()) {
            @Override
            public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, HttpResponse.BodyHandler<T> h) {
                seen.add(r);
                return super.sendAsync(r, h);
            }
        };
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))));
        try (FlyMachines fly = api.clientBuilder().httpClient(recording).attemptTimeout(Duration.ofMillis(4321))
                .build()) {
            fly.app("my-app").machines().withId(ID).get();
        }
        assertEquals(1, seen.size());
        assertEquals(Duration.ofMillis(4321), seen.get(0).timeout().orElseThrow());
    }

    @Test
    void connectAndRequestTimeoutsAreTypedTimeoutExceptions() {
        for (boolean connect : new boolean[] {true, false}) {
            HttpClient failing = new FoundationEdgeTest.DelegatingClient(HttpClient.newHttpClient()) {
                @Override
                public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest r, HttpResponse.BodyHandler<T> h) {
                    return CompletableFuture.failedFuture(connect ? new HttpConnectTimeoutException("connect timed out")
                            : new HttpTimeoutException("request timed out"));
                }
            };
            try (FlyMachines fly = api.clientBuilder().httpClient(failing).retry(RetryPolicy.none()).build()) {
                FlyTimeoutException e = assertThrows(FlyTimeoutException.class,
                        () -> fly.app("my-app").machines().withId(ID).get());
                assertEquals(connect ? FlyTimeoutException.Kind.CONNECT : FlyTimeoutException.Kind.ATTEMPT, e.kind());
                assertEquals(!connect, e.requestMayHaveReachedServer());
            }
        }
    }

    @Test
    void aRealSlowResponseEndsInAnAttemptTimeout() {
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(okJson(Fixtures.machine(ID, "started"))
                .withFixedDelay(30_000)));
        try (FlyMachines fly = api.clientBuilder().attemptTimeout(Duration.ofMillis(200)).retry(RetryPolicy.none())
                .build()) {
            FlyTimeoutException e = assertThrows(FlyTimeoutException.class,
                    () -> fly.app("my-app").machines().withId(ID).get());
            assertEquals(FlyTimeoutException.Kind.ATTEMPT, e.kind());
        }
    }

    @Test
    void flyRequestIdIsCapturedInErrors() {
        api.server().stubFor(get(urlPathEqualTo(M)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("fly-request-id", "01REQ-abc-ord")
                .withBody("{\"error\":\"machine not found\"}")));
        try (FlyMachines fly = api.client()) {
            NotFoundException e = assertThrows(NotFoundException.class,
                    () -> fly.app("my-app").machines().withId(ID).get());
            assertEquals("01REQ-abc-ord", e.requestId().orElseThrow());
            assertTrue(e.getMessage().contains("01REQ-abc-ord"), e.getMessage());
            assertEquals("01REQ-abc-ord", e.details().header("fly-request-id").orElseThrow());
        }
    }

    @Test
    void oneClientIsSafeToShareAcrossThreads() throws Exception {
        WireMockServer wm = api.server();
        for (int i = 0; i < 8; i++) {
            String id = "3d8d413b29d08" + i;
            wm.stubFor(get(urlPathEqualTo("/v1/apps/my-app/machines/" + id)).willReturn(okJson(Fixtures.machine(id,
                    "started"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (FlyMachines fly = api.client()) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String id = "3d8d413b29d08" + (i % 8);
                results.add(pool.submit(() -> fly.app("my-app").machines().withId(id).get().id()));
            }
            for (int i = 0; i < 64; i++) {
                assertEquals("3d8d413b29d08" + (i % 8), results.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(64, wm.getAllServeEvents().size());
    }
}
