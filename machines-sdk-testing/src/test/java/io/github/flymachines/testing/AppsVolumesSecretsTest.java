package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.errors.NameTakenException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.UnauthorizedException;
import io.github.flymachines.model.CreateAppRequest;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.Mount;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auth, apps, the affinity cookie, volumes and mounts, secrets, regions. */
class AppsVolumesSecretsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    @Test
    void wrongOrMissingTokenIs401() throws Exception {
        FakeFly fake = fly.fake();
        HttpResponse<String> none = Raw.getWithAuth(fake, "/v1/apps?org_slug=personal", null);
        assertEquals(401, none.statusCode());
        assertTrue(JSON.readTree(none.body()).hasNonNull("error"));
        assertEquals(401, Raw.getWithAuth(fake, "/v1/apps?org_slug=personal", "Bearer nope").statusCode());
        assertEquals(200, Raw.getWithAuth(fake, "/v1/apps?org_slug=personal", "FlyV1 " + fake.token()).statusCode());
        try (FlyMachines wrong = fake.clientBuilder().token("wrong-token").build()) {
            assertThrows(UnauthorizedException.class, () -> wrong.apps().list("personal"));
        }
    }

    @Test
    void appsCreateListGetDeleteAndNameTaken() {
        FlyMachines client = fly.client();
        client.apps().create(CreateAppRequest.builder().name("apps-one").orgSlug("personal").build());
        assertThrows(NameTakenException.class,
                () -> client.apps().create(CreateAppRequest.builder().name("apps-one").orgSlug("personal").build()));
        assertTrue(client.apps().list("personal").stream().anyMatch(a -> a.name().equals("apps-one")));
        assertEquals("personal", client.apps().get("apps-one").organization().slug());
        client.apps().delete("apps-one");
        assertThrows(NotFoundException.class, () -> client.apps().get("apps-one"));
    }

    @Test
    void affinityCookieIsPathScopedPerAppAndSentBack() {
        FakeFly fake = fly.fake();
        fake.createApp("cookie-a").createApp("cookie-b");
        FlyMachines client = fly.client();
        client.app("cookie-a").machines().list();
        client.app("cookie-a").machines().list();
        client.app("cookie-b").machines().list();
        var a = fake.wireMock().findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/v1/apps/cookie-a/machines")));
        var b = fake.wireMock().findAll(WireMock.getRequestedFor(WireMock.urlPathEqualTo("/v1/apps/cookie-b/machines")));
        assertTrue(a.get(1).containsHeader("Cookie"), "the second request to cookie-a carries the cookie");
        assertTrue(a.get(1).getHeader("Cookie").startsWith("fly_flaps_affinity="));
        assertFalse(b.get(0).containsHeader("Cookie"), "the cookie is scoped to /v1/apps/cookie-a");
        var served = fake.wireMock().getAllServeEvents().get(0).getResponse().getHeaders().getHeader("Set-Cookie");
        assertTrue(served.firstValue().contains("Path=/v1/apps/"));
    }

    @Test
    void volumesLifecycleAndMounts() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("vols");
        HttpResponse<String> created = Raw.send(fake, "POST", "/v1/apps/vols/volumes",
                "{\"name\":\"data\",\"region\":\"ord\",\"size_gb\":3}");
        assertEquals(200, created.statusCode());
        JsonNode vol = JSON.readTree(created.body());
        String id = vol.path("id").asText();
        assertTrue(id.startsWith("vol_"));
        assertEquals(3, vol.path("size_gb").asInt());

        // a machine in another region cannot mount it
        MachineConfig cfg = MachineConfig.builder().image("postgres:16")
                .mounts(Mount.builder().volume(id).path("/data").build()).build();
        var machines = fly.client().app("vols").machines();
        assertThrows(io.github.flymachines.errors.BadRequestException.class,
                () -> machines.create(CreateMachineRequest.of(cfg).withRegion("ams")));
        // without a region the machine goes where its volume is
        Machine m = machines.create(CreateMachineRequest.of(cfg));
        assertEquals("ord", m.region());
        JsonNode attached = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/vols/volumes/" + id, null).body());
        assertEquals(m.id(), attached.path("attached_machine_id").asText());
        assertEquals(409, Raw.send(fake, "DELETE", "/v1/apps/vols/volumes/" + id, null).statusCode());

        HttpResponse<String> extended = Raw.send(fake, "PUT", "/v1/apps/vols/volumes/" + id + "/extend",
                "{\"size_gb\":5}");
        assertEquals(5, JSON.readTree(extended.body()).path("volume").path("size_gb").asInt());
        HttpResponse<String> updated = Raw.send(fake, "PUT", "/v1/apps/vols/volumes/" + id,
                "{\"snapshot_retention\":10,\"auto_backup_enabled\":false}");
        assertEquals(10, JSON.readTree(updated.body()).path("snapshot_retention").asInt());
        assertEquals(200, Raw.send(fake, "POST", "/v1/apps/vols/volumes/" + id + "/snapshots", null).statusCode());
        JsonNode snaps = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/vols/volumes/" + id + "/snapshots", null).body());
        assertEquals(1, snaps.size());
        assertEquals(1, JSON.readTree(Raw.send(fake, "GET", "/v1/apps/vols/volumes", null).body()).size());

        machines.withId(m.id()).destroy(true);
        fake.settle();
        JsonNode deleted = JSON.readTree(Raw.send(fake, "DELETE", "/v1/apps/vols/volumes/" + id, null).body());
        assertEquals("destroyed", deleted.path("state").asText());
        assertEquals(404, Raw.send(fake, "GET", "/v1/apps/vols/volumes/" + id, null).statusCode());
    }

    @Test
    void secretsSetListUnsetAndVersions() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("secrets");
        JsonNode set = JSON.readTree(Raw.send(fake, "POST", "/v1/apps/secrets/secrets",
                "{\"values\":{\"A\":\"1\",\"B\":\"2\"}}").body());
        assertEquals(1, set.path("version").asLong());
        HttpResponse<String> one = Raw.send(fake, "POST", "/v1/apps/secrets/secrets/C", "{\"value\":\"3\"}");
        assertEquals(201, one.statusCode());
        assertEquals(2, JSON.readTree(one.body()).path("version").asLong());
        JsonNode unset = JSON.readTree(Raw.send(fake, "POST", "/v1/apps/secrets/secrets",
                "{\"values\":{\"A\":null}}").body());
        assertEquals(3, unset.path("version").asLong());
        JsonNode list = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/secrets/secrets", null).body());
        assertEquals(2, list.path("secrets").size());
        assertFalse(list.path("secrets").get(0).has("value"), "values only with show_secrets");
        assertEquals("2", JSON.readTree(Raw.send(fake, "GET", "/v1/apps/secrets/secrets/B?show_secrets=true", null)
                .body()).path("value").asText());
        assertEquals(4, JSON.readTree(Raw.send(fake, "DELETE", "/v1/apps/secrets/secrets/B", null).body())
                .path("version").asLong());
        assertEquals(400, Raw.send(fake, "GET", "/v1/apps/secrets/secrets?min_version=9", null).statusCode());
        // a machine create waiting for a newer secrets version than exists is refused
        assertThrows(io.github.flymachines.errors.BadRequestException.class,
                () -> fly.client().app("secrets").machines().create(CreateMachineRequest.of(
                        MachineConfig.builder().image("alpine").build()).withMinSecretsVersion(99L)));
    }

    @Test
    void regionsUseTheLiveCasingAndUnknownAppsAre404() throws Exception {
        FakeFly fake = fly.fake();
        JsonNode regions = JSON.readTree(Raw.send(fake, "GET", "/v1/platform/regions", null).body());
        assertTrue(regions.path("Regions").size() > 10);
        assertEquals("iad", regions.path("Nearest").asText());
        assertEquals(404, Raw.send(fake, "GET", "/v1/apps/nope/machines", null).statusCode());
        assertEquals(404, Raw.send(fake, "GET", "/v1/apps/nope/certificates", null).statusCode());
    }
}
