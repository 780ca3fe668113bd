package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.FlyToken;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.ForbiddenException;
import io.github.flymachines.errors.UnauthorizedException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.IssuedToken;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.OidcTokenRequest;
import io.github.flymachines.model.PlacementRequest;
import io.github.flymachines.model.RegionPlacement;
import io.github.flymachines.model.TokenAccess;
import io.github.flymachines.model.TokenAuthorization;
import io.github.flymachines.model.TokenInfo;
import io.github.flymachines.model.VerifiedToken;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deploy tokens that expire on the fake clock, the /tokens endpoints, and placements from the capacity model. */
class TokensAndPlacementsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void audit() {
        fly.fake().clearCapacity("lhr");
        fly.fake().clearCapacity("ams");
        SpecAudit.checkAndReset(fly.fake().wireMock());
    }

    @Test
    void deployTokensAreScopedToTheirAppAndExpireOnTheFakeClock() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("dt-mine");
        fake.createApp("dt-other");
        FlyToken token = fly.client().app("dt-mine").deployTokens().create(Duration.ofHours(1));
        assertEquals(FlyToken.Scheme.FLY_V1, token.scheme());
        try (FlyMachines deploy = fake.clientBuilder().token(token).build()) {
            assertTrue(deploy.app("dt-mine").machines().list().isEmpty());
            List<TokenInfo> me = deploy.tokens().current();
            assertEquals(List.of("dt-mine"), me.get(0).apps());
            assertEquals("personal", me.get(0).orgSlug());
            assertThrows(ForbiddenException.class, () -> deploy.app("dt-other").machines().list(), "scoped to its app");
            assertEquals(403, (assertThrows(FlyServiceException.class,
                    () -> deploy.app("dt-other").machines().list())).httpStatus());

            fake.clock().advance(Duration.ofMinutes(59));
            assertTrue(deploy.app("dt-mine").machines().list().isEmpty());
            fake.clock().advance(Duration.ofMinutes(1));
            assertThrows(UnauthorizedException.class, () -> deploy.app("dt-mine").machines().list(), "expired");
        }
        // raw: a Go duration; a bad one is refused
        HttpResponse<String> raw = Raw.send(fake, "POST", "/v1/apps/dt-mine/deploy_token", "{\"expiry\":\"1h30m\"}");
        assertEquals(200, raw.statusCode());
        assertTrue(JSON.readTree(raw.body()).path("token").asText().startsWith("FlyV1 fm2_"));
        assertEquals(400, Raw.send(fake, "POST", "/v1/apps/dt-mine/deploy_token", "{\"expiry\":\"soon\"}").statusCode());
    }

    @Test
    void authenticateAndAuthorizeCheckTheTokenAndItsAppScope() {
        FakeFly fake = fly.fake();
        fake.createApp("auth-mine");
        fake.createApp("auth-other");
        FlyMachines client = fly.client();
        FlyToken deploy = client.app("auth-mine").deployTokens().create(Duration.ofHours(2));
        FlyToken main = FlyToken.of(fake.token());

        List<VerifiedToken> verified = client.tokens().authenticate(deploy);
        assertEquals(1, verified.size());
        assertEquals(32, verified.get(0).permissionToken().size());
        assertThrows(BadRequestException.class, () -> client.tokens().authenticate(FlyToken.of("fm2_forged")));

        TokenAuthorization ok = client.tokens().authorize(deploy,
                TokenAccess.builder().appName("auth-mine").action(TokenAccess.READ).build());
        assertEquals(TokenAccess.READ, ok.access().action());
        assertTrue(ok.access().appId() > 0);
        assertEquals(403, assertThrows(FlyServiceException.class, () -> client.tokens().authorize(deploy,
                TokenAccess.builder().appName("auth-other").action(TokenAccess.READ).build())).httpStatus());
        client.tokens().authorize(main, TokenAccess.builder().appName("auth-other").action(TokenAccess.ALL).build());
        assertEquals(403, assertThrows(FlyServiceException.class, () -> client.tokens().authorize(main,
                TokenAccess.builder().appName("no-such-app").action(TokenAccess.READ).build())).httpStatus());

        fake.clock().advance(Duration.ofHours(2));
        assertThrows(BadRequestException.class, () -> client.tokens().authenticate(deploy), "expired");
        assertEquals("fake-user@example.com", client.tokens().current().get(0).user());
    }

    @Test
    void oidcAndKmsTokensAreIssued() throws Exception {
        FlyMachines client = fly.client();
        IssuedToken jwt = client.tokens().oidc(OidcTokenRequest.audience("https://example.com/aud"));
        String[] parts = jwt.value().split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("ES256", header.path("alg").asText());
        assertEquals("https://example.com/aud", claims.path("aud").asText());
        assertEquals(fly.fake().clock().instant().getEpochSecond() + 600, claims.path("exp").asLong());
        assertEquals(64, Base64.getUrlDecoder().decode(parts[2]).length);
        assertEquals("https://fly.io/personal", JSON.readTree(Base64.getUrlDecoder().decode(
                client.tokens().oidc(null).value().split("\\.")[1])).path("aud").asText());

        IssuedToken kms = client.tokens().kms();
        assertTrue(kms.value().startsWith("FlyV1 fm2_"));
        HttpResponse<String> raw = Raw.send(fly.fake(), "POST", "/v1/tokens/kms", null, "Accept", "text/plain");
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(1, client.tokens().authenticate(FlyToken.of(kms.value())).size());
        assertEquals(403, assertThrows(FlyServiceException.class, () -> client.tokens().authorize(FlyToken.of(kms.value()),
                TokenAccess.builder().appName("anything").action(TokenAccess.READ).build())).httpStatus());
        assertTrue(new String(raw.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).startsWith("FlyV1 "));
    }

    @Test
    void placementsFollowTheCapacityModel() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("placed");
        fake.setCapacity("lhr", 3);
        fake.setCapacity("ams", 10);
        FlyMachines client = fly.client();
        client.app("placed").machines().create(CreateMachineRequest.of(MachineConfig.builder().image("alpine").build())
                .withRegion("lhr"));
        fake.settle();
        List<RegionPlacement> room = client.platform().placements(PlacementRequest.builder().orgSlug("personal")
                .region("lhr,ams").build());
        assertEquals(Map.of("lhr", 2, "ams", 10), toMap(room));

        List<RegionPlacement> five = client.platform().placements(PlacementRequest.builder().orgSlug("personal")
                .region("lhr,ams").count(5).build());
        assertEquals(List.of("lhr", "ams"), five.stream().map(RegionPlacement::region).toList());
        assertEquals(Map.of("lhr", 2, "ams", 3), toMap(five));

        List<RegionPlacement> spread = client.platform().placements(PlacementRequest.builder().orgSlug("personal")
                .region("lhr,ams").count(5).weights(Map.of("region", 0L, "spread", 1000L)).build());
        assertEquals(Map.of("lhr", 2, "ams", 3), toMap(spread));
        List<RegionPlacement> spread4 = client.platform().placements(PlacementRequest.builder().orgSlug("personal")
                .region("lhr,ams").count(4).weights(Map.of("region", 0L, "spread", 1000L)).build());
        assertEquals(Map.of("lhr", 2, "ams", 2), toMap(spread4));

        fake.setCapacity("lhr", 1);
        assertEquals(List.of("ams"), client.platform().regionsWithCapacity("personal", null, List.of("lhr", "ams")));
        // raw: an alias expands to its regions; an unknown one is refused
        JsonNode eu = JSON.readTree(Raw.send(fake, "POST", "/v1/platform/placements",
                "{\"org_slug\":\"personal\",\"region\":\"eu\",\"count\":1}").body());
        assertEquals("ams", eu.path("regions").get(0).path("region").asText());
        assertEquals(400, Raw.send(fake, "POST", "/v1/platform/placements",
                "{\"org_slug\":\"personal\",\"region\":\"mars\"}").statusCode());
    }

    private static Map<String, Integer> toMap(List<RegionPlacement> ps) {
        java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
        ps.forEach(p -> m.put(p.region(), p.count()));
        return m;
    }
}
