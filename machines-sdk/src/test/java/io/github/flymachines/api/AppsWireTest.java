package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.ForbiddenException;
import io.github.flymachines.errors.NameTakenException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.UnauthorizedException;
import io.github.flymachines.model.App;
import io.github.flymachines.model.CreateAppRequest;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.WireMockApi;
import io.github.flymachines.support.WireTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Every Apps operation on the wire: list (by org), create, get, delete; answers parsed, errors typed. */
class AppsWireTest extends WireTest {
    static final String APP_JSON = "{\"id\":\"app_01\",\"name\":\"my-app\",\"status\":\"deployed\","
            + "\"organization\":{\"name\":\"Acme\",\"slug\":\"acme\",\"internal_numeric_id\":42,\"org_future\":1},"
            + "\"network\":\"default\",\"network_cidr\":\"fdaa:0:1::/48\",\"machine_count\":3,\"volume_count\":1,"
            + "\"internal_numeric_id\":9001,\"app_future_field\":\"kept\"}";

    @Override
    protected FlyMachines client() {
        return api.clientBuilder().retry(RetryPolicy.none()).build();
    }

    @Test
    void listSendsTheOrgSlugAndParsesTheApps() {
        wm.stubFor(get(urlPathEqualTo("/v1/apps")).willReturn(okJson(
                "{\"apps\":[" + APP_JSON + ",{\"name\":\"other\"}],\"total_apps\":2}")));
        List<App> apps = fly.apps().list("acme");
        assertEquals(2, apps.size());
        App a = apps.get(0);
        assertEquals("app_01", a.id());
        assertEquals("my-app", a.name());
        assertEquals("acme", a.organization().slug());
        assertEquals(42L, a.organization().internalNumericId());
        assertEquals(3, a.machineCount());
        assertEquals(9001L, a.internalNumericId());
        assertEquals("kept", a.extra().get("app_future_field").asText());
        assertEquals("other", apps.get(1).name());
        wm.verify(getRequestedFor(urlEqualTo("/v1/apps?org_slug=acme"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockApi.TOKEN))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void listEncodesTheOrgSlugAndAcceptsPersonal() {
        wm.stubFor(get(urlPathEqualTo("/v1/apps")).willReturn(okJson("{\"apps\":[],\"total_apps\":0}")));
        assertEquals(List.of(), fly.apps().list("personal"));
        assertEquals(List.of(), fly.apps().listAsync("a b&c=d").join());
        wm.verify(getRequestedFor(urlEqualTo("/v1/apps?org_slug=personal")));
        wm.verify(getRequestedFor(urlEqualTo("/v1/apps?org_slug=a%20b%26c%3Dd")));
    }

    @Test
    void listWithoutAnOrgIsRefusedBeforeSending() {
        for (String org : new String[] {null, "", "  "}) {
            FlyValidationException e = assertThrows(FlyValidationException.class, () -> fly.apps().list(org));
            assertEquals("org_slug", e.field());
        }
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void createSendsNameOrgAndNetworkAndParsesTheAnswer() {
        wm.stubFor(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"app_02\",\"created_at\":1767225600000}")));
        App app = fly.apps().create(CreateAppRequest.builder().name("new-app").orgSlug("acme").network("isolated")
                .enableSubdomains(true).build());
        assertEquals("app_02", app.id());
        assertEquals("new-app", app.name(), "the name is filled in from the request when the answer lacks it");
        assertEquals(1767225600000L, app.extra().get("created_at").asLong());
        wm.verify(postRequestedFor(urlEqualTo("/v1/apps"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"name\":\"new-app\",\"org_slug\":\"acme\",\"network\":\"isolated\","
                        + "\"enable_subdomains\":true}")));
    }

    @Test
    void createWithAnEmpty201StillReturnsTheApp() {
        wm.stubFor(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(201)));
        App app = fly.apps().create(CreateAppRequest.of("new-app", "personal"));
        assertEquals("new-app", app.name());
        assertNull(app.id());
        wm.verify(postRequestedFor(urlEqualTo("/v1/apps"))
                .withRequestBody(equalToJson("{\"name\":\"new-app\",\"org_slug\":\"personal\"}")));
    }

    @Test
    void createAnswersNameTakenAsATypedException() {
        wm.stubFor(post(urlEqualTo("/v1/apps")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withHeader("fly-request-id", "req-422")
                .withBody("{\"error\":\"Name has already been taken\",\"status\":\"name_taken\"}")));
        NameTakenException e = assertThrows(NameTakenException.class,
                () -> fly.apps().create(CreateAppRequest.of("taken-app", "acme")));
        assertEquals(422, e.httpStatus());
        assertEquals("name_taken", e.apiStatus().orElseThrow());
        assertEquals("Name has already been taken", e.apiMessage().orElseThrow());
        assertEquals("req-422", e.requestId().orElseThrow());
        assertEquals(1, wm.getAllServeEvents().size(), "a create is not retried after a definite refusal");
    }

    @Test
    void createIsValidatedBeforeSending() {
        FlyValidationException e = assertThrows(FlyValidationException.class,
                () -> fly.apps().create(CreateAppRequest.of("Bad_Name", "acme")));
        assertEquals("name", e.field());
        e = assertThrows(FlyValidationException.class, () -> fly.apps().create(CreateAppRequest.of("ok-name", " ")));
        assertEquals("org_slug", e.field());
        e = assertThrows(FlyValidationException.class, () -> fly.apps().create(null));
        assertEquals("request", e.field());
        CompletionException async = assertThrows(CompletionException.class,
                () -> fly.apps().createAsync(CreateAppRequest.of("-dash-first", "acme")).join());
        assertInstanceOf(FlyValidationException.class, async.getCause());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void getParsesTheApp() {
        wm.stubFor(get(urlEqualTo("/v1/apps/my-app")).willReturn(okJson(APP_JSON)));
        App viaApps = fly.apps().get("my-app");
        App viaApp = fly.app("my-app").get();
        App viaAsync = fly.app("my-app").getAsync().join();
        assertEquals(viaApps, viaApp);
        assertEquals(viaApps, viaAsync);
        assertEquals("deployed", viaApps.status());
        assertEquals("fdaa:0:1::/48", viaApps.networkCidr());
        assertEquals(1, viaApps.organization().extra().get("org_future").asInt());
        wm.verify(3, getRequestedFor(urlEqualTo("/v1/apps/my-app")));
    }

    @Test
    void getMapsNotFoundForbiddenAndUnauthorized() {
        wm.stubFor(get(urlEqualTo("/v1/apps/free-name")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"app not found\"}")));
        wm.stubFor(get(urlEqualTo("/v1/apps/someone-elses")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"unauthorized\"}")));
        wm.stubFor(get(urlEqualTo("/v1/apps/no-token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"token invalid\"}")));
        NotFoundException nf = assertThrows(NotFoundException.class, () -> fly.apps().get("free-name"));
        assertEquals("app not found", nf.apiMessage().orElseThrow());
        ForbiddenException fb = assertThrows(ForbiddenException.class, () -> fly.apps().get("someone-elses"));
        assertEquals(403, fb.httpStatus());
        assertThrows(UnauthorizedException.class, () -> fly.app("no-token").get());
    }

    @Test
    void deleteSendsDeleteAndAccepts202() {
        wm.stubFor(delete(urlEqualTo("/v1/apps/old-app")).willReturn(aResponse().withStatus(202)));
        fly.apps().delete("old-app");
        fly.app("old-app").delete();
        fly.app("old-app").deleteAsync().join();
        wm.verify(3, deleteRequestedFor(urlEqualTo("/v1/apps/old-app")).withHeader("Content-Type", absent()));
    }

    @Test
    void deleteOfAMissingAppIsNotFound() {
        wm.stubFor(delete(urlEqualTo("/v1/apps/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"app not found\"}")));
        assertThrows(NotFoundException.class, () -> fly.apps().delete("gone"));
    }

    @Test
    void appNamesThatWouldChangeTheUrlAreRefusedBeforeSending() {
        for (String bad : new String[] {"a/b", "..", ".", "a?b", "a%2Fb", "a#b", "a b", "", null}) {
            assertThrows(FlyValidationException.class, () -> fly.apps().get(bad), String.valueOf(bad));
            assertThrows(FlyValidationException.class, () -> fly.apps().delete(bad), String.valueOf(bad));
            assertThrows(FlyValidationException.class, () -> fly.app(bad), String.valueOf(bad));
        }
        assertEquals(0, wm.getAllServeEvents().size());
    }
}
