package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyToken;
import io.github.flymachines.api.CertificatesClient;
import io.github.flymachines.api.Paginated;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.MalformedResponseException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.UnprocessableEntityException;
import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.Certificate;
import io.github.flymachines.model.CertificateSummary;
import io.github.flymachines.model.CustomCertificateRequest;
import io.github.flymachines.model.IpAssignment;
import io.github.flymachines.model.IpAssignmentType;
import io.github.flymachines.model.Page;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** IP assignments, certificates (cursor pagination) and deploy tokens on the wire. */
class AppNetworkingWireTest extends WireTest {
    static final String APP = "/v1/apps/my-app";
    static final String PEM_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC-super-secret\n-----END PRIVATE KEY-----\n";
    static final String PEM_CHAIN = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    // ---- IP assignments

    @Test
    void ipListAssignAndRelease() {
        wm.stubFor(get(urlEqualTo(APP + "/ip_assignments")).willReturn(okJson("{\"ips\":[{\"ip\":\"2a09:8280:1::1\","
                + "\"region\":\"global\",\"service_name\":\"web\",\"shared\":false,\"created_at\":\"2026-11-01T00:00:00Z\"},"
                + "{\"ip\":\"66.241.124.1\",\"region\":\"global\",\"shared\":true}]}")));
        wm.stubFor(post(urlEqualTo(APP + "/ip_assignments")).willReturn(okJson("{\"ip\":\"137.66.1.1\",\"region\":\"ord\","
                + "\"ip_pair\":{\"v4\":\"137.66.1.1\",\"v6\":\"2a09::2\"}}")));
        wm.stubFor(delete(urlEqualTo(APP + "/ip_assignments/2a09:8280:1::1")).willReturn(noContent()));

        List<IpAssignment> ips = fly.app("my-app").ipAssignments().list();
        assertEquals(2, ips.size());
        assertTrue(ips.get(1).shared());
        assertEquals("web", ips.get(0).serviceName());

        IpAssignment egress = fly.app("my-app").ipAssignments().assign(AssignIpRequest.builder()
                .type(IpAssignmentType.EGRESS_PAIR).region("ord").orgSlug("my-org").build());
        assertEquals("137.66.1.1", egress.ip());
        assertTrue(egress.extra().containsKey("ip_pair"), "newer fields kept");
        wm.verify(postRequestedFor(urlEqualTo(APP + "/ip_assignments")).withRequestBody(equalToJson(
                "{\"type\":\"egress_pair\",\"region\":\"ord\",\"org_slug\":\"my-org\"}")));
        for (IpAssignmentType t : IpAssignmentType.values()) {
            AssignIpRequest r = t.value().startsWith("egress") ? AssignIpRequest.builder().type(t).region("ord").build()
                    : t.equals(IpAssignmentType.PRIVATE_V6) ? AssignIpRequest.builder().type(t).network("net1").build()
                    : AssignIpRequest.of(t);
            fly.app("my-app").ipAssignments().assign(r);
            wm.verify(postRequestedFor(urlEqualTo(APP + "/ip_assignments"))
                    .withRequestBody(WireMock.matchingJsonPath("$.type", equalTo(t.value()))));
        }
        fly.app("my-app").ipAssignments().release("2a09:8280:1::1");
        wm.verify(deleteRequestedFor(urlEqualTo(APP + "/ip_assignments/2a09:8280:1::1")));
    }

    @Test
    void badIpRequestsAreRefusedBeforeSending() {
        assertEquals("type", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").ipAssignments().assign(AssignIpRequest.builder().build())).field());
        assertEquals("region", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").ipAssignments().assign(AssignIpRequest.of(IpAssignmentType.EGRESS_V4))).field());
        assertEquals("network", assertThrows(FlyValidationException.class, () -> fly.app("my-app").ipAssignments()
                .assign(AssignIpRequest.builder().type(IpAssignmentType.V4).network("n").build())).field());
        assertEquals("ip", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").ipAssignments().release(" ")).field());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    // ---- certificates

    static String summary(String host) {
        return "{\"hostname\":\"" + host + "\",\"status\":\"Ready\",\"configured\":true,\"has_fly_certificate\":true}";
    }

    @Test
    void certificateListFollowsCursorsAcrossAnEmptyPageLazily() {
        String path = APP + "/certificates";
        wm.stubFor(get(urlEqualTo(path + "?filter=example&limit=2")).willReturn(okJson("{\"certificates\":["
                + summary("a.example.com") + "," + summary("b.example.com") + "],\"next_cursor\":\"c1\",\"total_count\":3}")));
        wm.stubFor(get(urlEqualTo(path + "?filter=example&cursor=c1&limit=2")).willReturn(okJson(
                "{\"certificates\":[],\"next_cursor\":\"c2\",\"total_count\":3}")));
        wm.stubFor(get(urlEqualTo(path + "?filter=example&cursor=c2&limit=2")).willReturn(okJson(
                "{\"certificates\":[" + summary("c.example.com") + "],\"next_cursor\":\"\",\"total_count\":3}")));
        Paginated<CertificateSummary> all = fly.app("my-app").certificates().list("example", 2);
        assertEquals(0, wm.getAllServeEvents().size(), "nothing fetched before iteration");
        Iterator<CertificateSummary> it = all.iterator();
        assertEquals("a.example.com", it.next().hostname());
        assertEquals(1, wm.getAllServeEvents().size(), "one page at a time");
        assertEquals("b.example.com", it.next().hostname());
        assertEquals(1, wm.getAllServeEvents().size());
        assertEquals("c.example.com", it.next().hostname());
        assertFalse(it.hasNext());
        assertEquals(3, wm.getAllServeEvents().size());
        assertEquals(List.of("a.example.com", "b.example.com", "c.example.com"),
                all.stream().map(CertificateSummary::hostname).toList());
        int pages = 0;
        for (Page<CertificateSummary> p : all.pages()) {
            pages++;
            assertEquals(3, p.totalCount());
        }
        assertEquals(3, pages, "the empty page is a page");
    }

    @Test
    void certificatePageAsyncAndARepeatedCursorStops() throws Exception {
        String path = APP + "/certificates";
        wm.stubFor(get(urlEqualTo(path)).willReturn(okJson("{\"certificates\":[" + summary("a.example.com")
                + "],\"next_cursor\":\"same\"}")));
        wm.stubFor(get(urlEqualTo(path + "?cursor=same")).willReturn(okJson("{\"certificates\":[],\"next_cursor\":\"same\"}")));
        Page<CertificateSummary> first = fly.app("my-app").certificates().pageAsync(null, null, null).get();
        assertEquals("same", first.nextCursor());
        assertTrue(first.hasNext());
        assertThrows(io.github.flymachines.errors.FlyException.class,
                () -> fly.app("my-app").certificates().list().stream().count());
        assertEquals("limit", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").certificates().list(null, CertificatesClient.MAX_PAGE_SIZE + 1)).field());
    }

    static String detail(String host) {
        return "{\"hostname\":\"" + host + "\",\"status\":\"pending_validation\",\"configured\":false,"
                + "\"acme_requested\":true,\"certificates\":[{\"source\":\"fly\",\"status\":\"pending_validation\","
                + "\"issued\":[{\"type\":\"ecdsa\",\"certificate_authority\":\"lets_encrypt\",\"expires_at\":\"2027-02-01\"}]}],"
                + "\"dns_requirements\":{\"a\":[\"66.241.124.1\"],\"aaaa\":[\"2a09::1\"],\"cname\":\"my-app.fly.dev\","
                + "\"acme_challenge\":{\"name\":\"_acme-challenge." + host + "\",\"target\":\"" + host + ".x.flydns.net\"},"
                + "\"ownership\":{\"name\":\"_fly-ownership." + host + "\",\"app_value\":\"app-abc\"}},"
                + "\"validation\":{\"dns_configured\":false,\"http_configured\":true},"
                + "\"validation_errors\":[{\"code\":\"dns\",\"message\":\"no A record\",\"remediation\":\"add it\"}]}";
    }

    @Test
    void acmeAndCustomCreateGetCheckAndTheThreeDeletes() {
        String host = "www.example.com";
        String hp = APP + "/certificates/" + host;
        wm.stubFor(post(urlEqualTo(APP + "/certificates/acme")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(detail(host))));
        wm.stubFor(post(urlEqualTo(APP + "/certificates/custom")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(detail(host))));
        wm.stubFor(get(urlEqualTo(hp)).willReturn(okJson(detail(host))));
        wm.stubFor(post(urlEqualTo(hp + "/check")).willReturn(okJson("{\"hostname\":\"" + host + "\","
                + "\"dns_records\":{\"a\":[\"1.2.3.4\"],\"resolved_addresses\":[\"1.2.3.4\"]}}")));
        wm.stubFor(delete(urlEqualTo(hp)).willReturn(noContent()));
        wm.stubFor(delete(urlEqualTo(hp + "/acme")).willReturn(okJson(detail(host))));
        wm.stubFor(delete(urlEqualTo(hp + "/custom")).willReturn(okJson("{\"hostname\":\"" + host
                + "\",\"warning\":\"falling back to the Fly certificate\"}")));

        CertificatesClient certs = fly.app("my-app").certificates();
        Certificate acme = certs.requestAcme(host);
        assertEquals("_acme-challenge." + host, acme.dnsRequirements().acmeChallenge().name());
        assertEquals("lets_encrypt", acme.certificates().get(0).issued().get(0).certificateAuthority());
        assertEquals("no A record", acme.validationErrors().get(0).message());
        wm.verify(postRequestedFor(urlEqualTo(APP + "/certificates/acme")).withRequestBody(equalToJson(
                "{\"hostname\":\"" + host + "\"}")));

        CustomCertificateRequest custom = CustomCertificateRequest.of(host, PEM_CHAIN, PEM_KEY);
        assertFalse(custom.toString().contains("super-secret"));
        certs.installCustom(custom);
        wm.verify(postRequestedFor(urlEqualTo(APP + "/certificates/custom")).withRequestBody(equalToJson(
                "{\"hostname\":\"" + host + "\",\"fullchain\":" + io.github.flymachines.internal.json.Json.writeString(PEM_CHAIN)
                        + ",\"private_key\":" + io.github.flymachines.internal.json.Json.writeString(PEM_KEY) + "}")));

        assertEquals(host, certs.get(host).hostname());
        assertEquals(List.of("1.2.3.4"), certs.check(host).dnsRecords().resolvedAddresses());
        certs.delete(host);
        assertEquals(host, certs.deleteAcme(host).hostname());
        assertEquals("falling back to the Fly certificate", certs.deleteCustom(host).warning());
        wm.verify(deleteRequestedFor(urlEqualTo(hp)));
        wm.verify(deleteRequestedFor(urlEqualTo(hp + "/acme")));
        wm.verify(deleteRequestedFor(urlEqualTo(hp + "/custom")));
    }

    @Test
    void certificateErrorsAreTypedAndNeverShowThePrivateKey() throws Exception {
        wm.stubFor(post(urlEqualTo(APP + "/certificates/custom")).willReturn(Stubs.error(422,
                "{\"error\":\"certificate does not match key\",\"private_key\":" + io.github.flymachines.internal.json.Json.writeString(PEM_KEY) + "}")));
        wm.stubFor(get(urlPathEqualTo(APP + "/certificates/nope.example.com")).willReturn(Stubs.error(404,
                "{\"error\":\"not found\"}")));
        UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class, () -> fly.app("my-app")
                .certificates().installCustom(CustomCertificateRequest.of("www.example.com", PEM_CHAIN, PEM_KEY)));
        assertFalse(e.getMessage().contains("super-secret"), e.getMessage());
        assertFalse(e.details().toString().contains("super-secret"));
        ExecutionException ee = assertThrows(ExecutionException.class,
                () -> fly.app("my-app").certificates().getAsync("nope.example.com").get());
        assertInstanceOf(NotFoundException.class, ee.getCause());
    }

    @Test
    void badCertificateInputIsRefusedWithoutEchoingTheKey() {
        CertificatesClient certs = fly.app("my-app").certificates();
        assertEquals("hostname", assertThrows(FlyValidationException.class, () -> certs.requestAcme("not a host")).field());
        assertEquals("hostname", assertThrows(FlyValidationException.class, () -> certs.get("")).field());
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> certs.installCustom(
                CustomCertificateRequest.of("www.example.com", "garbage", "not-a-pem-super-secret")));
        assertEquals(List.of("fullchain", "private_key"), e.problems().stream().map(FlyValidationException.Problem::field).toList());
        assertFalse(e.getMessage().contains("super-secret"));
        assertEquals(0, wm.getAllServeEvents().size());
    }

    // ---- deploy tokens

    @Test
    void deployTokenComesBackAsARedactedFlyToken() throws Exception {
        wm.stubFor(post(urlEqualTo(APP + "/deploy_token")).willReturn(okJson("{\"token\":\"FlyV1 fm2_deploytokensecret\"}")));
        FlyToken t = fly.app("my-app").deployTokens().create(Duration.ofHours(720));
        assertEquals("FlyV1 fm2_deploytokensecret", t.authorizationHeader());
        assertFalse(t.toString().contains("deploytokensecret"));
        wm.verify(postRequestedFor(urlEqualTo(APP + "/deploy_token")).withRequestBody(equalToJson("{\"expiry\":\"720h0m0s\"}")));
        fly.app("my-app").deployTokens().createAsync(null).get();
        wm.verify(postRequestedFor(urlEqualTo(APP + "/deploy_token")).withRequestBody(equalToJson("{}")));
        assertEquals("expiry", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").deployTokens().create(Duration.ZERO)).field());
        wm.verify(2, postRequestedFor(urlEqualTo(APP + "/deploy_token")));
        wm.verify(0, getRequestedFor(urlEqualTo(APP)));
    }

    @Test
    void aDeployTokenAnswerWithoutTokenIsMalformedAndTheErrorDoesNotLeak() {
        wm.stubFor(post(urlEqualTo(APP + "/deploy_token")).willReturn(okJson("{\"tok\":\"FlyV1 fm2_leaky\"}")));
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> fly.app("my-app").deployTokens().create(null));
        assertFalse(e.getMessage().contains("fm2_leaky") && e.getMessage().contains("\"token\""));
    }
}
