package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the fake follows the live API rather than the spec (README table), and parked waits hold no thread. */
class LiveBehaviourTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.containerThreads(10));
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly, r -> r.getBodyAsString().contains("app_name"));

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void appNameIsAnAliasOfNameAndTheCreateAnswerStaysShort() throws Exception {
        FakeFly fake = fly.fake();
        HttpResponse<String> r = Raw.send(fake, "POST", "/v1/apps", "{\"app_name\":\"old-style\",\"org_slug\":\"personal\"}");
        assertEquals(201, r.statusCode(), r.body());
        JsonNode b = json(r);
        assertEquals(2, b.size(), "live: {id, created_at}");
        assertTrue(b.has("id") && b.has("created_at"));
        assertEquals(200, Raw.send(fake, "GET", "/v1/apps/old-style", null).statusCode());
        HttpResponse<String> taken = Raw.send(fake, "POST", "/v1/apps", "{\"app_name\":\"old-style\",\"org_slug\":\"personal\"}");
        assertEquals(422, taken.statusCode());
        assertEquals("Name has already been taken", json(taken).get("error").asText());
    }

    @Test
    void autostopIsAnsweredAsBooleansForStopAndOff() throws Exception {
        FakeFly fake = fly.fake().createApp("autostop");
        String body = "{\"config\":{\"image\":\"nginx\",\"services\":[{\"internal_port\":80,\"protocol\":\"tcp\","
                + "\"autostop\":\"stop\"},{\"internal_port\":81,\"protocol\":\"tcp\",\"autostop\":\"off\"},"
                + "{\"internal_port\":82,\"protocol\":\"tcp\",\"autostop\":\"suspend\"}]}}";
        JsonNode m = json(Raw.send(fake, "POST", "/v1/apps/autostop/machines", body));
        JsonNode svc = json(Raw.send(fake, "GET", "/v1/apps/autostop/machines/" + m.get("id").asText(), null))
                .get("config").get("services");
        assertTrue(svc.get(0).get("autostop").isBoolean() && svc.get(0).get("autostop").asBoolean());
        assertTrue(svc.get(1).get("autostop").isBoolean() && !svc.get(1).get("autostop").asBoolean());
        assertEquals("suspend", svc.get(2).get("autostop").asText());
    }

    @Test
    void getLeaseShowsTheNonce() throws Exception {
        FakeFly fake = fly.fake().createApp("leased");
        String id = json(Raw.send(fake, "POST", "/v1/apps/leased/machines",
                "{\"config\":{\"image\":\"nginx\"},\"skip_launch\":true}")).get("id").asText();
        String nonce = json(Raw.send(fake, "POST", "/v1/apps/leased/machines/" + id + "/lease", "{\"ttl\":60}"))
                .get("data").get("nonce").asText();
        JsonNode got = json(Raw.send(fake, "GET", "/v1/apps/leased/machines/" + id + "/lease", null));
        assertEquals(nonce, got.get("data").get("nonce").asText());
    }

    @Test
    void secretsAnswersCarryVersionAndVersion() throws Exception {
        FakeFly fake = fly.fake().createApp("sec");
        JsonNode set = json(Raw.send(fake, "POST", "/v1/apps/sec/secrets/A", "{\"value\":\"x\"}"));
        assertEquals(set.get("version").asLong(), set.get("Version").asLong());
        JsonNode many = json(Raw.send(fake, "POST", "/v1/apps/sec/secrets", "{\"values\":{\"B\":\"y\"}}"));
        assertEquals(2, many.get("version").asLong());
        assertEquals(2, many.get("Version").asLong());
        JsonNode del = json(Raw.send(fake, "DELETE", "/v1/apps/sec/secrets/A", null));
        assertEquals(3, del.get("version").asLong());
        assertEquals(3, del.get("Version").asLong());
    }

    @Test
    void parkedWaitsHoldNoThread() throws Exception {
        // 10 Jetty threads, 100 parked waits: plain requests are still answered, and every wait is answered later
        FakeFly fake = fly.fake().createApp("parked");
        String id = json(Raw.send(fake, "POST", "/v1/apps/parked/machines",
                "{\"config\":{\"image\":\"nginx\"},\"skip_launch\":true}")).get("id").asText();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            waits.add(Raw.sendAsync(fake, "GET", "/v1/apps/parked/machines/" + id + "/wait?state=started&timeout=60",
                    null));
        }
        fake.awaitPendingWaits(100, Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            assertEquals(200, Raw.send(fake, "GET", "/v1/apps/parked/machines/" + id, null).statusCode());
        }
        Raw.send(fake, "POST", "/v1/apps/parked/machines/" + id + "/start", null);
        fake.settle();
        for (CompletableFuture<HttpResponse<String>> w : waits) {
            HttpResponse<String> r = w.join();
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("started", json(r).get("state").asText());
            assertTrue(r.headers().firstValue("X-FakeFly-Parked").isEmpty());
        }
    }
}
