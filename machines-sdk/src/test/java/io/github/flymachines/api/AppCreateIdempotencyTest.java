package io.github.flymachines.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.ServerErrorException;
import io.github.flymachines.model.App;
import io.github.flymachines.model.CreateAppRequest;
import io.github.flymachines.support.WireMockApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * App create is not idempotent: after an ambiguous failure (a 503, a timeout) it is retried only
 * when the request carries an {@code idempotency_key} (as {@link AppsClient#createAsync} documents),
 * and then with the same key.
 */
class AppCreateIdempotencyTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    void failOnceThenCreate() {
        WireMockServer wm = api.server();
        wm.stubFor(post(urlEqualTo("/v1/apps")).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"service unavailable\"}"))
                .willSetStateTo("second"));
        wm.stubFor(post(urlEqualTo("/v1/apps")).inScenario("create").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"app_9\",\"created_at\":1}")));
    }

    @Test
    void withAnIdempotencyKeyAnAmbiguousFailureIsRetriedWithTheSameKey() {
        failOnceThenCreate();
        try (FlyMachines fly = api.client()) {
            App app = fly.apps().create(CreateAppRequest.builder().name("new-app").orgSlug("acme")
                    .idempotencyKey("key-123").build());
            assertEquals("app_9", app.id());
        }
        api.server().verify(2, postRequestedFor(urlEqualTo("/v1/apps")).withRequestBody(equalToJson(
                "{\"name\":\"new-app\",\"org_slug\":\"acme\",\"idempotency_key\":\"key-123\"}")));
    }

    @Test
    void withoutAKeyAnAmbiguousFailureIsNotRetried() {
        failOnceThenCreate();
        try (FlyMachines fly = api.client()) {
            assertThrows(ServerErrorException.class,
                    () -> fly.apps().create(CreateAppRequest.of("new-app", "acme")));
        }
        api.server().verify(1, postRequestedFor(urlEqualTo("/v1/apps")));
    }
}
