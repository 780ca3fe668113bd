package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.api.CertificatesClient;
import io.github.flymachines.api.IpAssignmentsClient;
import io.github.flymachines.errors.UnprocessableEntityException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.Certificate;
import io.github.flymachines.model.CertificateSummary;
import io.github.flymachines.model.CustomCertificateRequest;
import io.github.flymachines.model.IpAssignment;
import io.github.flymachines.model.IpAssignmentType;
import io.github.flymachines.model.Page;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** IP assignments and TLS certificates through the SDK and raw HTTP. */
class CertificatesAndIpsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly, r -> r.getBodyAsString().contains("\"type\":\"v5\""));

    @Test
    void ipsComeFromTheDocumentationRangesAndAreReleased() throws Exception {
        fly.fake().createApp("ips-a");
        fly.fake().createApp("ips-b");
        IpAssignmentsClient a = fly.client().app("ips-a").ipAssignments();
        IpAssignmentsClient b = fly.client().app("ips-b").ipAssignments();
        IpAssignment shared = a.assign(AssignIpRequest.of(IpAssignmentType.SHARED_V4));
        assertEquals("192.0.2.1", shared.ip());
        assertTrue(shared.shared());
        assertEquals("192.0.2.1", b.assign(AssignIpRequest.of(IpAssignmentType.SHARED_V4)).ip(), "shared by apps");
        IpAssignment v4 = a.assign(AssignIpRequest.builder().type(IpAssignmentType.V4).region("iad").build());
        assertEquals("198.51.100.1", v4.ip());
        assertFalse(v4.shared());
        assertEquals("iad", v4.region());
        assertEquals("198.51.100.2", b.assign(AssignIpRequest.of(IpAssignmentType.V4)).ip(), "dedicated: unique");
        IpAssignment v6 = a.assign(AssignIpRequest.of(IpAssignmentType.V6));
        assertTrue(v6.ip().startsWith("2001:db8:1:"), v6.ip());
        IpAssignment priv = a.assign(AssignIpRequest.builder().type(IpAssignmentType.PRIVATE_V6).network("default")
                .serviceName("api").build());
        assertTrue(priv.ip().startsWith("2001:db8:2:"), priv.ip());
        assertEquals("api", priv.serviceName());
        assertEquals(List.of("192.0.2.1", "198.51.100.1", v6.ip(), priv.ip()),
                a.list().stream().map(IpAssignment::ip).toList());

        a.release(v4.ip());
        a.release(v6.ip());
        assertThrows(NotFoundException.class, () -> a.release("198.51.100.1"));
        assertEquals("198.51.100.1", a.assign(AssignIpRequest.of(IpAssignmentType.V4)).ip(), "a released address is reused");
        // raw: the long form of a v6 address names the same assignment; a second shared v4 is refused
        String longForm = priv.ip().replace("::", ":0:0:0:");
        assertEquals(204, Raw.send(fly.fake(), "DELETE", "/v1/apps/ips-a/ip_assignments/" + longForm, null).statusCode());
        assertEquals(422, Raw.send(fly.fake(), "POST", "/v1/apps/ips-a/ip_assignments", "{\"type\":\"shared_v4\"}")
                .statusCode());
        assertEquals(400, Raw.send(fly.fake(), "POST", "/v1/apps/ips-a/ip_assignments", "{\"type\":\"v5\"}")
                .statusCode());
        JsonNode list = JSON.readTree(Raw.send(fly.fake(), "GET", "/v1/apps/ips-a/ip_assignments", null).body());
        assertEquals(2, list.path("ips").size());
    }

    @Test
    void acmeCertificatesValidateOnceTheAppHasAnAddress() {
        fly.fake().createApp("certs-acme");
        CertificatesClient certs = fly.client().app("certs-acme").certificates();
        Certificate c = certs.requestAcme("www.example.com");
        assertEquals("pending_validation", c.status());
        assertEquals(Boolean.TRUE, c.acmeRequested());
        assertEquals("_acme-challenge.www.example.com", c.dnsRequirements().acmeChallenge().name());
        assertEquals("certs-acme.fly.dev", c.dnsRequirements().cname());
        assertThrows(UnprocessableEntityException.class, () -> certs.requestAcme("www.example.com"));

        Certificate unchecked = certs.check("www.example.com");
        assertEquals("pending_validation", unchecked.status());
        assertEquals("dns_not_configured", unchecked.validationErrors().get(0).code());
        assertTrue(unchecked.validationErrors().get(0).remediation().contains("ip_assignments"));

        fly.client().app("certs-acme").ipAssignments().assign(AssignIpRequest.of(IpAssignmentType.SHARED_V4));
        Certificate checked = certs.check("www.example.com");
        assertEquals("active", checked.status());
        assertEquals(Boolean.TRUE, checked.configured());
        assertTrue(checked.validationErrors().isEmpty());
        assertEquals(List.of("192.0.2.1"), checked.dnsRecords().a());
        assertEquals(2, checked.certificates().get(0).issued().size(), "an ECDSA and an RSA certificate");
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), checked.certificates().get(0).expiresAt(), "90 days on the fake clock");
        assertEquals("active", certs.get("www.example.com").status());

        fly.fake().clock().advance(Duration.ofDays(91));
        assertEquals("pending_validation", certs.get("www.example.com").status(), "expired after 90 days");

        Certificate noAcme = certs.deleteAcme("www.example.com");
        assertEquals(Boolean.FALSE, noAcme.acmeRequested());
        certs.delete("www.example.com");
        assertThrows(NotFoundException.class, () -> certs.get("www.example.com"));
        assertThrows(UnprocessableEntityException.class, () -> certs.requestAcme("me.fly.dev"));
    }

    @Test
    void customCertificatesAreCheckedWithTheJdk() throws Exception {
        fly.fake().createApp("certs-custom");
        CertificatesClient certs = fly.client().app("certs-custom").certificates();
        String chain = resource("app.example.com.crt.pem");
        String key = resource("app.example.com.key.pem");
        Certificate c = certs.installCustom(CustomCertificateRequest.of("app.example.com", chain, key));
        assertEquals("active", c.status());
        assertEquals("custom", c.certificates().get(0).source());
        assertEquals(Instant.parse("2125-01-01T00:00:00Z"), c.certificates().get(0).expiresAt());
        assertEquals("ecdsa", c.certificates().get(0).issued().get(0).type());
        // the wildcard SAN covers one label
        assertEquals("active", certs.installCustom(CustomCertificateRequest.of("a.shop.example.com", chain, key)).status());

        String other = resource("unrelated.key.pem");
        String expired = resource("expired.crt.pem");
        assertThrows(UnprocessableEntityException.class,
                () -> certs.installCustom(CustomCertificateRequest.of("app.example.com", chain, other)), "wrong key");
        assertThrows(UnprocessableEntityException.class,
                () -> certs.installCustom(CustomCertificateRequest.of("b.example.com", chain, key)), "other name");
        assertThrows(UnprocessableEntityException.class,
                () -> certs.installCustom(CustomCertificateRequest.of("x.y.shop.example.com", chain, key)), "two labels");
        assertThrows(UnprocessableEntityException.class,
                () -> certs.installCustom(CustomCertificateRequest.of("app.example.com", expired, key)), "expired");

        Certificate gone = certs.deleteCustom("app.example.com");
        assertTrue(gone.warning() != null && gone.warning().contains("no active certificate"));
        assertThrows(NotFoundException.class, () -> certs.deleteCustom("app.example.com"));
    }

    @Test
    void certificateListsPageWithCursorsAndFilter() throws Exception {
        fly.fake().createApp("certs-pages");
        CertificatesClient certs = fly.client().app("certs-pages").certificates();
        for (String h : List.of("e.example.com", "a.example.com", "c.example.org", "b.example.com", "d.example.com")) {
            certs.requestAcme(h);
        }
        Page<CertificateSummary> first = certs.page(null, null, 2);
        assertEquals(List.of("a.example.com", "b.example.com"), first.items().stream().map(CertificateSummary::hostname)
                .toList());
        assertEquals(5, first.totalCount());
        assertTrue(first.hasNext());
        List<String> all = new ArrayList<>();
        int pages = 0;
        for (Page<CertificateSummary> p : certs.list(null, 2).pages()) {
            pages++;
            p.items().forEach(s -> all.add(s.hostname()));
        }
        assertEquals(3, pages);
        assertEquals(List.of("a.example.com", "b.example.com", "c.example.org", "d.example.com", "e.example.com"), all);
        assertEquals(List.of("c.example.org"), certs.list(".org", null).stream().map(CertificateSummary::hostname)
                .toList());
        // raw: the cursor of page one, then the last page has no cursor
        JsonNode p1 = JSON.readTree(Raw.send(fly.fake(), "GET", "/v1/apps/certs-pages/certificates?limit=3", null).body());
        String cursor = p1.path("next_cursor").asText();
        HttpResponse<String> p2 = Raw.send(fly.fake(), "GET", "/v1/apps/certs-pages/certificates?limit=3&cursor="
                + cursor, null);
        JsonNode p2j = JSON.readTree(p2.body());
        assertEquals(2, p2j.path("certificates").size());
        assertFalse(p2j.has("next_cursor"));
        assertNotEquals(200, Raw.send(fly.fake(), "GET", "/v1/apps/certs-pages/certificates?limit=501", null)
                .statusCode());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CertificatesAndIpsTest.class.getResourceAsStream("/certs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
