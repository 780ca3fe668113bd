package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyToken;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.UnauthorizedException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.IssuedToken;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.OidcTokenRequest;
import io.github.flymachines.model.PlacementRequest;
import io.github.flymachines.model.RegionPlacement;
import io.github.flymachines.model.Regions;
import io.github.flymachines.model.TokenAccess;
import io.github.flymachines.model.TokenAuthorization;
import io.github.flymachines.model.TokenInfo;
import io.github.flymachines.model.VerifiedToken;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireMockApi;
import io.github.flymachines.support.WireTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Platform regions and placements (with the capacity check before a create) and tokens on the wire. */
class PlatformAndTokensWireTest extends WireTest {
    static final String LIVE_REGIONS = "{\"Regions\":[{\"Code\":\"ord\",\"Name\":\"Chicago, Illinois (US)\","
            + "\"Latitude\":41.9,\"Longitude\":-87.6,\"GatewayAvailable\":true,\"RequiresPaidPlan\":false},"
            + "{\"Code\":\"jnb\",\"Name\":\"Johannesburg\",\"RequiresPaidPlan\":true}],\"Nearest\":\"ord\"}";
    static final String DOC_REGIONS = "{\"regions\":[{\"code\":\"ord\",\"name\":\"Chicago, Illinois (US)\","
            + "\"latitude\":41.9,\"longitude\":-87.6,\"gateway_available\":true,\"requires_paid_plan\":false,"
            + "\"deprecated\":false,\"geo_region\":\"na\"},{\"code\":\"jnb\",\"name\":\"Johannesburg\","
            + "\"requires_paid_plan\":true}],\"nearest\":\"ord\"}";

    @Test
    void regionsReadTheLiveAndTheDocumentedCasingAlike() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/platform/regions")).willReturn(okJson(LIVE_REGIONS)));
        Regions live = fly.platform().regions();
        wm.stubFor(get(urlEqualTo("/v1/platform/regions")).willReturn(okJson(DOC_REGIONS)));
        Regions doc = fly.platform().regionsAsync().get();
        for (Regions r : List.of(live, doc)) {
            assertEquals("ord", r.nearest());
            assertEquals(2, r.regions().size());
            assertEquals("ord", r.regions().get(0).code());
            assertEquals("Chicago, Illinois (US)", r.regions().get(0).name());
            assertEquals(41.9, r.regions().get(0).latitude());
            assertTrue(r.regions().get(0).gatewayAvailable());
            assertTrue(r.regions().get(1).requiresPaidPlan());
            assertTrue(r.extra().isEmpty(), "no field left unmapped: " + r.extra());
            assertTrue(r.regions().get(0).extra().isEmpty(), "no field left unmapped: " + r.regions().get(0).extra());
        }
        assertEquals("na", doc.regions().get(0).geoRegion());
        assertEquals(List.of(), SpecValidator.validateResponse("GET", "/v1/platform/regions", 200, "application/json",
                LIVE_REGIONS), "the live casing is a documented spec defect");
    }

    @Test
    void placementsSendTheRequestAndParseBothCasings() {
        wm.stubFor(post(urlEqualTo("/v1/platform/placements")).willReturn(okJson(
                "{\"regions\":[{\"region\":\"lhr\",\"count\":3,\"concurrency\":1},{\"Region\":\"ams\",\"Count\":0}]}")));
        List<RegionPlacement> p = fly.platform().placements(PlacementRequest.builder().orgSlug("my-org")
                .region("lhr,eu").compute(Guest.performance(1, 2048)).count(3).volumeName("data")
                .volumeSizeBytes(1_073_741_824L).weights(Map.of("region", 1000L, "spread", 0L)).build());
        assertEquals(2, p.size());
        assertTrue(p.get(0).hasCapacity());
        assertEquals("ams", p.get(1).region());
        assertFalse(p.get(1).hasCapacity());
        wm.verify(postRequestedFor(urlEqualTo("/v1/platform/placements")).withRequestBody(equalToJson(
                "{\"org_slug\":\"my-org\",\"region\":\"lhr,eu\",\"compute\":{\"cpu_kind\":\"performance\",\"cpus\":1,"
                        + "\"memory_mb\":2048},\"count\":3,\"volume_name\":\"data\",\"volume_size_bytes\":1073741824,"
                        + "\"weights\":{\"region\":1000,\"spread\":0}}")));
    }

    @Test
    void regionsWithCapacityFeedsThePlacementFallbackOfACreate() {
        wm.stubFor(post(urlEqualTo("/v1/platform/placements")).willReturn(okJson("{\"regions\":["
                + "{\"region\":\"fra\",\"count\":10},{\"region\":\"iad\",\"count\":0},{\"region\":\"ord\",\"count\":4},"
                + "{\"region\":\"ams\",\"count\":2}]}")));
        List<String> regions = fly.platform().regionsWithCapacity("my-org", Guest.shared(1, 256),
                List.of("iad", "ord", "eu"));
        assertEquals(List.of("ord", "fra", "ams"), regions, "candidates first in caller order, then alias expansions");
        wm.verify(postRequestedFor(urlEqualTo("/v1/platform/placements")).withRequestBody(equalToJson(
                "{\"org_slug\":\"my-org\",\"region\":\"iad,ord,eu\",\"compute\":{\"cpu_kind\":\"shared\",\"cpus\":1,"
                        + "\"memory_mb\":256}}")).withRequestBody(matchingJsonPath("$.count", absent())));

        wm.stubFor(post(urlEqualTo("/v1/apps/my-app/machines")).willReturn(okJson(Fixtures.machine("3d8d413b29d089", "created"))));
        fly.app("my-app").machines().create(CreateMachineRequest.of(MachineConfig.builder().image("nginx:1.27")
                .guest(Guest.shared(1, 256)).build()).withFallbackRegions(regions));
        wm.verify(postRequestedFor(urlEqualTo("/v1/apps/my-app/machines"))
                .withRequestBody(matchingJsonPath("$.region", com.github.tomakehurst.wiremock.client.WireMock.equalTo("ord"))));
    }

    @Test
    void badPlacementInputIsRefusedBeforeSending() throws Exception {
        assertEquals("org_slug", assertThrows(FlyValidationException.class,
                () -> fly.platform().placements(PlacementRequest.builder().build())).field());
        assertEquals("candidateRegions", assertThrows(FlyValidationException.class,
                () -> fly.platform().regionsWithCapacity("o", null, List.of())).field());
        assertEquals("candidateRegions[1]", assertThrows(FlyValidationException.class,
                () -> fly.platform().regionsWithCapacity("o", null, List.of("ord", "iad,fra"))).field());
        assertEquals("compute.cpus", assertThrows(FlyValidationException.class, () -> fly.platform()
                .placements(PlacementRequest.builder().orgSlug("o").compute(Guest.shared(0, 256)).build())).field());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> fly.platform().regionsWithCapacityAsync(null, null, List.of("ord")).get());
        assertInstanceOf(FlyValidationException.class, e.getCause());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void currentTokenAndTypedAuthErrors() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/tokens/current")).willReturn(okJson("{\"tokens\":[{\"token_id\":\"tok_1\","
                + "\"org_slug\":\"my-org\",\"apps\":[\"my-app\"],\"user\":\"me@example.com\"}]}")));
        List<TokenInfo> t = fly.tokens().current();
        assertEquals("my-org", t.get(0).orgSlug());
        assertEquals(List.of("my-app"), t.get(0).apps());
        wm.stubFor(get(urlEqualTo("/v1/tokens/current")).willReturn(Stubs.error(401, "{\"error\":\"unauthorized\"}")));
        ExecutionException e = assertThrows(ExecutionException.class, () -> fly.tokens().currentAsync().get());
        assertInstanceOf(UnauthorizedException.class, e.getCause());
        assertFalse(e.getCause().getMessage().contains(WireMockApi.TOKEN));
    }

    @Test
    void oidcAndKmsTokensAreTextAndNeverPrinted() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2lnbmF0dXJl";
        wm.stubFor(post(urlEqualTo("/v1/tokens/oidc")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody(jwt + "\n")));
        wm.stubFor(post(urlEqualTo("/v1/tokens/kms")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("kms-secret-token")));
        IssuedToken oidc = fly.tokens().oidc(OidcTokenRequest.audience("https://fly.io/my-org"));
        assertEquals(jwt, oidc.value());
        assertFalse(oidc.toString().contains("eyJ"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/tokens/oidc")).withRequestBody(equalToJson(
                "{\"aud\":\"https://fly.io/my-org\"}")));
        IssuedToken kms = fly.tokens().kms();
        assertEquals("kms-secret-token", kms.value());
        assertFalse(kms.toString().contains("kms-secret"));
    }

    @Test
    void authenticateAndAuthorizeSendTheHeaderAndRedactIt() {
        FlyToken other = FlyToken.of("FlyV1 fm2_othertokensecret");
        wm.stubFor(post(urlEqualTo("/v1/tokens/authenticate")).willReturn(okJson("[{\"header\":\"FlyV1 fm2_othertokensecret\","
                + "\"permission_token\":\"c2VjcmV0\",\"caveats\":{\"caveats\":[]},\"nonce\":{\"kid\":\"AQ==\",\"proof\":false}}]")));
        wm.stubFor(post(urlEqualTo("/v1/tokens/authorize")).willReturn(okJson("{\"access\":{\"action\":1,\"orgid\":42,"
                + "\"appid\":7},\"verified_token\":{\"header\":\"FlyV1 fm2_othertokensecret\"}}")));
        List<VerifiedToken> v = fly.tokens().authenticate(other);
        assertEquals("secret", v.get(0).permissionToken().utf8());
        assertFalse(v.toString().contains("othertokensecret"));
        assertFalse(v.toString().contains("c2VjcmV0"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/tokens/authenticate")).withRequestBody(equalToJson(
                "{\"header\":\"FlyV1 fm2_othertokensecret\"}")));

        TokenAuthorization a = fly.tokens().authorize(other, TokenAccess.builder().orgSlug("my-org").appName("my-app")
                .action(TokenAccess.READ).build());
        assertEquals(42L, a.access().orgId());
        assertEquals(TokenAccess.READ, a.access().action());
        assertFalse(a.toString().contains("othertokensecret"));
        wm.verify(postRequestedFor(urlEqualTo("/v1/tokens/authorize")).withRequestBody(equalToJson(
                "{\"header\":\"FlyV1 fm2_othertokensecret\",\"access\":{\"org_slug\":\"my-org\",\"app_name\":\"my-app\","
                        + "\"action\":1}}")));
    }

    @Test
    void tokenErrorsAreTypedAndDoNotEchoTheHeader() {
        wm.stubFor(post(urlEqualTo("/v1/tokens/authenticate")).willReturn(Stubs.error(400,
                "{\"error\":\"invalid token\",\"header\":\"FlyV1 fm2_othertokensecret\"}")));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> fly.tokens().authenticate(FlyToken.of("FlyV1 fm2_othertokensecret")));
        assertFalse(e.getMessage().contains("othertokensecret"), e.getMessage());
    }

    @Test
    void badTokenInputIsRefusedBeforeSending() {
        assertEquals("token", assertThrows(FlyValidationException.class, () -> fly.tokens().authenticate(null)).field());
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> fly.tokens().authorize(
                FlyToken.of("x"), TokenAccess.builder().action(64).appFeature("images").command(List.of("ls"))
                        .orgFeature("wg").build()));
        assertEquals(List.of("access.action", "access.app_feature", "access.command", "access.org_feature"),
                e.problems().stream().map(FlyValidationException.Problem::field).toList());
        assertEquals(0, wm.getAllServeEvents().size());
    }
}
