package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.OidcTokenRequest;
import io.github.flymachines.support.LogCapture;
import io.github.flymachines.support.WireMockApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** At the most verbose log level, tokens, secret values and key bytes still never reach a log line. */
class TokenLoggingTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    LogCapture log;

    @BeforeEach
    void attach() {
        log = LogCapture.start("io.github.flymachines.http");
    }

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void traceLogsNeverShowTokensSecretsOrKeyBytes() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2lnbmF0dXJl";
        api.server().stubFor(post(urlEqualTo("/v1/tokens/oidc")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(jwt)));
        api.server().stubFor(post(urlEqualTo("/v1/apps/my-app/secrets/DB_URL")).willReturn(okJson(
                "{\"name\":\"DB_URL\",\"value\":\"s3cr3t-value\",\"version\":3}")));
        api.server().stubFor(post(urlEqualTo("/v1/apps/my-app/secretkeys/box/decrypt")).willReturn(okJson(
                "{\"plaintext\":\"cGxhaW50ZXh0LXNlY3JldA==\"}")));
        FlyMachines fly = api.client();
        assertEquals(jwt, fly.tokens().oidc(OidcTokenRequest.DEFAULT).value());
        fly.app("my-app").secrets().set("DB_URL", "s3cr3t-value");
        assertEquals("plaintext-secret", fly.app("my-app").secretKeys()
                .decrypt("box", Bytes.utf8("ciphertext-bytes"), null).utf8());

        String all = String.join("\n", log.messages());
        assertTrue(all.contains("/v1/tokens/oidc"), "the calls are logged: " + all);
        assertTrue(all.contains("request body"), "bodies are traced: " + all);
        for (String secret : List.of(jwt, "eyJ", "s3cr3t-value", "cGxhaW50ZXh0LXNlY3JldA", "Y2lwaGVydGV4dC1ieXRlcw",
                WireMockApi.TOKEN)) {
            assertFalse(all.contains(secret), secret + " leaked into:\n" + all);
        }
    }
}
