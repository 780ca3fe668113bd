package io.github.flymachines.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyToken;
import io.github.flymachines.support.WireMockApi;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests to {@code http://_api.internal:4280}, whose name {@link URI} cannot hold as a host. */
class PrivateApiRoutingTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    @Test
    void underscoreHostIsResolvedAndTheRequestReachesTheAddress() throws Exception {
        api.server().stubFor(get(urlPathEqualTo("/v1/apps")).willReturn(okJson("{\"total_apps\":0,\"apps\":[]}")));
        List<String> asked = new ArrayList<>();
        URI base = URI.create("http://_api.internal:" + api.server().port());
        Transport t = new Transport(HttpClient.newHttpClient(), base, FlyToken.of("tok"), "ua", host -> {
            asked.add(host);
            return InetAddress.getLoopbackAddress();
        });
        ApiRequest req = ApiRequest.builder(io.github.flymachines.internal.api.Operation.APPS_LIST).query("org_slug", "personal").build();
        RawResponse r = t.send(req, Duration.ofSeconds(10)).get();
        assertEquals(200, r.status());
        assertEquals(List.of("_api.internal"), asked);
        api.server().verify(getRequestedFor(urlPathEqualTo("/v1/apps")));
    }

    @Test
    void hostsAreReadFromTheAuthority() {
        assertEquals("_api.internal", Hosts.hostOf(URI.create("http://_api.internal:4280")));
        assertEquals(4280, Hosts.portOf(URI.create("http://_api.internal:4280")));
        assertEquals("api.machines.dev", Hosts.hostOf(URI.create("https://api.machines.dev")));
        assertEquals("[::1]", Hosts.hostOf(URI.create("http://[::1]:8080")));
        assertNull(Hosts.hostOf(URI.create("mailto:x@y")));
    }

    @Test
    void cookiePathsMatchOnSegmentBoundaries() {
        assertTrue(AffinityCookies.pathMatches("/v1/apps/app-a", "/v1/apps/app-a"));
        assertTrue(AffinityCookies.pathMatches("/v1/apps/app-a/machines", "/v1/apps/app-a"));
        assertTrue(AffinityCookies.pathMatches("/v1/apps/app-a/machines", "/v1/apps/"));
        assertTrue(AffinityCookies.pathMatches("/anything", null));
        assertFalse(AffinityCookies.pathMatches("/v1/apps/app-ab", "/v1/apps/app-a"));
        assertFalse(AffinityCookies.pathMatches("/v1/apps", "/v1/apps/app-a"));
    }
}
