package io.github.flymachines.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.support.WireMockApi;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A back-off sleep that fails ends the call with that failure; the retry never waits for it forever. */
class FailedBackOffSleepTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    @Test
    void aFailedBackOffSleepEndsTheCallWithItsFailure() {
        api.skipSpecValidation();
        api.server().stubFor(get(urlPathEqualTo("/v1/apps/a")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"unavailable\"}")));
        FlyException why = new FlyException("the sleeper's clock will never get there");
        try (FlyMachines fly = api.clientBuilder().sleeper(d -> CompletableFuture.failedFuture(why)).build()) {
            FlyException e = assertThrows(FlyException.class, () -> fly.apps().get("a"));
            assertSame(why, e);
            assertTrue(e.getSuppressed().length >= 1, "the 503 that led to the back-off is attached");
        }
        api.server().verify(1, getRequestedFor(urlPathEqualTo("/v1/apps/a")));
    }
}
