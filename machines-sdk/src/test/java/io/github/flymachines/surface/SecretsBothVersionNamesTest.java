package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.support.WireMockApi;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A secret set answer with the deprecated {@code Version} first and then {@code version} (the other
 * writes are in {@link SecretsWireTest}), and its timestamp read as an {@link Instant}.
 */
class SecretsBothVersionNamesTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final String SECRETS = "/v1/apps/my-app/secrets";

    @Test
    void aSetAnswerWithBothNamesReadsItsVersionAndTimestamp() {
        FlyMachines fly = api.client();
        api.server().stubFor(post(urlEqualTo(SECRETS + "/A")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Version\":12,\"name\":\"A\",\"digest\":\"d\",\"created_at\":\"2024-05-01T10:00:00Z\","
                        + "\"version\":12}")));

        var set = fly.app("my-app").secrets().set("A", "value");
        assertEquals(12, set.version());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), set.secrets().get(0).createdAt());
    }
}
