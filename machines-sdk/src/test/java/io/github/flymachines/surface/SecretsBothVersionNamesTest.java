package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.support.WireMockApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secrets answers the spec declares with both {@code Version} (deprecated) and {@code version}
 * carry both on the live API and the fake; every write that returns one reads it, in either order.
 */
class SecretsBothVersionNamesTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final String SECRETS = "/v1/apps/my-app/secrets";

    @Test
    void everyVersionedWriteReadsABodyWithBothNames() {
        FlyMachines fly = api.client();
        api.server().stubFor(post(urlEqualTo(SECRETS + "/A")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Version\":12,\"name\":\"A\",\"digest\":\"d\",\"created_at\":\"2024-05-01T10:00:00Z\","
                        + "\"version\":12}")));
        api.server().stubFor(delete(urlEqualTo(SECRETS + "/A")).willReturn(okJson("{\"Version\":13,\"version\":13}")));
        api.server().stubFor(post(urlEqualTo(SECRETS)).willReturn(okJson(
                "{\"Version\":14,\"secrets\":[{\"name\":\"B\",\"digest\":\"x\"}],\"version\":14}")));
        api.server().stubFor(delete(urlEqualTo("/v1/apps/my-app/secretkeys/k"))
                .willReturn(okJson("{\"Version\":15,\"version\":15}")));

        var set = fly.app("my-app").secrets().set("A", "value");
        assertEquals(12, set.version());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), set.secrets().get(0).createdAt());
        assertEquals(13, fly.app("my-app").secrets().delete("A").version());
        assertEquals(14, fly.app("my-app").secrets().setAll(Map.of("B", "two")).version());
        assertEquals(14, fly.app("my-app").secrets().unset(List.of("B")).version());
        assertEquals(15L, fly.app("my-app").secretKeys().delete("k"));
    }
}
