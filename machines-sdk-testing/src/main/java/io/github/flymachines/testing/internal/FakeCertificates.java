package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * TLS certificates of every app ({@code /apps/{app}/certificates...}): a hostname holds an ACME
 * (Fly-issued) certificate, a custom one, or both.
 *
 * <ul>
 *   <li>ACME: requested → {@code pending_validation}; {@code POST .../check} validates DNS. The
 *       fake's DNS "points" a hostname at its app exactly when the app has a public IP
 *       assignment ({@link FakeIps}); then the check issues an ECDSA and an RSA certificate valid
 *       for 90 days on the fake clock ({@code active}). Without one the check answers the
 *       validation error with its remediation.</li>
 *   <li>Custom: the PEM chain is parsed with the JDK; the leaf must name the hostname (SAN, or CN),
 *       be valid on the fake clock, and match the PKCS#8 private key (a signature made with the
 *       key must verify with the leaf's public key). Otherwise 422.</li>
 *   <li>Lists are sorted by hostname, filtered by substring, and paged with opaque cursors
 *       (default 25, max 500, as documented).</li>
 * </ul>
 *
 * <p>State per app id behind this object's lock.
 */
public final class FakeCertificates {
    private static final int DEFAULT_LIMIT = 25;
    private static final int MAX_LIMIT = 500;
    private static final Duration ACME_VALIDITY = Duration.ofDays(90);
    private static final Pattern HOSTNAME = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    private final FakeIps ips;
    private final Map<String, Map<String, Cert>> byApp = new HashMap<>();

    /** One hostname's certificates (mutable, guarded by the store's lock). */
    private static final class Cert {
        final String hostname;
        final Instant createdAt;
        Instant updatedAt;
        boolean acmeRequested;
        Instant acmeCreatedAt;
        Instant acmeIssuedAt;
        boolean dnsConfigured;
        Custom custom;
        List<ObjectNode> errors = List.of();

        Cert(String hostname, Instant createdAt) {
            this.hostname = hostname;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }
    }

    /**
     * A custom certificate (the private key is checked, then dropped).
     *
     * @param issuer the leaf's issuer common name (or full DN)
     * @param keyType rsa or ecdsa
     * @param notAfter when it expires
     * @param createdAt when uploaded
     */
    private record Custom(String issuer, String keyType, Instant notAfter, Instant createdAt) {
    }

    /**
     * Creates the store.
     *
     * @param ips the IP assignments (the fake's DNS)
     */
    public FakeCertificates(FakeIps ips) {
        this.ips = ips;
    }

    /**
     * Answers one {@code /apps/{app}/certificates...} request.
     *
     * @param r the request
     * @param s the path segments after {@code /v1/}
     * @param a the app
     * @param now the fake clock's time
     * @return the answer
     */
    public synchronized FakeResponse handle(FakeRequest r, String[] s, Model.App a, Instant now) {
        Map<String, Cert> certs = byApp.computeIfAbsent(a.id, x -> new TreeMap<>());
        String m = r.method();
        if (s.length == 3 && m.equals("GET")) {
            return list(r, certs, now);
        }
        if (s.length == 4 && m.equals("POST") && s[3].equals("acme")) {
            return createAcme(FakeJson.parse(r.body()), a, certs, now);
        }
        if (s.length == 4 && m.equals("POST") && s[3].equals("custom")) {
            return createCustom(FakeJson.parse(r.body()), a, certs, now);
        }
        if (s.length < 4 || s.length > 5) {
            return FakeResponse.error(404, "not found: " + m + " " + r.path());
        }
        String host = s[3].toLowerCase(Locale.ROOT);
        Cert c = certs.get(host);
        String op = (s.length == 5 ? s[4] : "") + " " + m;
        if (c == null && (op.equals(" GET") || op.equals(" DELETE") || op.equals("check POST")
                || op.equals("acme DELETE") || op.equals("custom DELETE"))) {
            return FakeResponse.error(404, "certificate for " + host + " not found");
        }
        switch (op) {
            case " GET":
                return FakeResponse.json(200, detail(c, a, now));
            case " DELETE":
                certs.remove(host);
                return FakeResponse.empty(204);
            case "check POST":
                check(c, a, now);
                return FakeResponse.json(200, checkJson(c, a, now));
            case "acme DELETE":
                if (!c.acmeRequested) {
                    return FakeResponse.error(404, "no ACME certificate for " + host);
                }
                c.acmeRequested = false;
                c.acmeIssuedAt = null;
                c.acmeCreatedAt = null;
                c.updatedAt = now;
                return FakeResponse.json(200, detail(c, a, now));
            case "custom DELETE": {
                if (c.custom == null) {
                    return FakeResponse.error(404, "no custom certificate for " + host);
                }
                c.custom = null;
                c.updatedAt = now;
                ObjectNode o = detail(c, a, now);
                if (c.acmeIssuedAt == null) {
                    o.put("warning", "no active certificate is left for " + host
                            + (c.acmeRequested ? "; the ACME certificate is not issued yet" : ""));
                }
                return FakeResponse.json(200, o);
            }
            default:
                return FakeResponse.error(404, "not found: " + m + " " + r.path());
        }
    }

    private FakeResponse list(FakeRequest r, Map<String, Cert> certs, Instant now) {
        String filter = r.param("filter");
        int limit = DEFAULT_LIMIT;
        if (r.param("limit") != null) {
            try {
                limit = Integer.parseInt(r.param("limit"));
            } catch (NumberFormatException e) {
                return FakeResponse.error(400, "invalid limit: " + r.param("limit"));
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                return FakeResponse.error(400, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
            }
        }
        String after = null;
        String cursor = r.param("cursor");
        if (cursor != null && !cursor.isEmpty()) {
            after = PageCursors.decode(cursor);
            if (after == null) {
                return FakeResponse.error(400, "invalid cursor");
            }
        }
        List<Cert> matching = new ArrayList<>();
        for (Cert c : certs.values()) {
            if (filter == null || filter.isEmpty() || c.hostname.contains(filter.toLowerCase(Locale.ROOT))) {
                matching.add(c);
            }
        }
        ObjectNode o = FakeJson.obj();
        ArrayNode page = o.putArray("certificates");
        String last = null;
        boolean more = false;
        for (Cert c : matching) {
            if (after != null && c.hostname.compareTo(after) <= 0) {
                continue;
            }
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(summary(c, now));
            last = c.hostname;
        }
        if (more) {
            o.put("next_cursor", PageCursors.encode(last));
        }
        o.put("total_count", matching.size());
        return FakeResponse.json(200, o);
    }

    private static FakeResponse badHostname(String host) {
        if (host.isEmpty()) {
            return FakeResponse.error(422, "hostname is required");
        }
        if (!HOSTNAME.matcher(host).matches()) {
            return FakeResponse.error(422, "'" + host + "' is not a valid hostname");
        }
        if (host.endsWith(".fly.dev")) {
            return FakeResponse.error(422, "fly.dev hostnames are covered by Fly's own certificate");
        }
        return null;
    }

    private FakeResponse createAcme(JsonNode b, Model.App a, Map<String, Cert> certs, Instant now) {
        String host = b.path("hostname").asText("").toLowerCase(Locale.ROOT);
        FakeResponse bad = badHostname(host);
        if (bad != null) {
            return bad;
        }
        Cert c = certs.get(host);
        if (c != null && c.acmeRequested) {
            return FakeResponse.error(422, "Hostname already exists on app");
        }
        if (c == null) {
            c = new Cert(host, now);
            certs.put(host, c);
        }
        c.acmeRequested = true;
        c.acmeCreatedAt = now;
        c.updatedAt = now;
        return FakeResponse.json(201, detail(c, a, now));
    }

    private FakeResponse createCustom(JsonNode b, Model.App a, Map<String, Cert> certs, Instant now) {
        String host = b.path("hostname").asText("").toLowerCase(Locale.ROOT);
        FakeResponse bad = badHostname(host);
        if (bad != null) {
            return bad;
        }
        Custom custom;
        try {
            custom = parse(b.path("fullchain").asText(""), b.path("private_key").asText(""), host, now);
        } catch (IllegalArgumentException e) {
            return FakeResponse.error(422, e.getMessage());
        }
        Cert c = certs.computeIfAbsent(host, h -> new Cert(h, now));
        c.custom = custom;
        c.updatedAt = now;
        return FakeResponse.json(201, detail(c, a, now));
    }

    private static Custom parse(String chain, String keyPem, String host, Instant now) {
        if (!chain.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("fullchain must be a PEM certificate chain");
        }
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory f = CertificateFactory.getInstance("X.509");
            Collection<? extends java.security.cert.Certificate> all =
                    f.generateCertificates(new ByteArrayInputStream(chain.getBytes(StandardCharsets.US_ASCII)));
            for (java.security.cert.Certificate c : all) {
                certs.add((X509Certificate) c);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("fullchain is not a readable X.509 PEM chain");
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException("fullchain holds no certificate");
        }
        X509Certificate leaf = certs.get(0);
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            throw new IllegalArgumentException("the certificate expired at " + leaf.getNotAfter().toInstant());
        }
        if (now.isBefore(leaf.getNotBefore().toInstant())) {
            throw new IllegalArgumentException("the certificate is not valid before " + leaf.getNotBefore().toInstant());
        }
        if (!names(leaf).stream().anyMatch(n -> covers(n, host))) {
            throw new IllegalArgumentException("the certificate does not cover " + host);
        }
        PrivateKey key = privateKey(keyPem, leaf.getPublicKey().getAlgorithm());
        String alg = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        try {
            byte[] probe = host.getBytes(StandardCharsets.UTF_8);
            Signature s = Signature.getInstance(alg);
            s.initSign(key);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(leaf.getPublicKey());
            v.update(probe);
            if (!v.verify(sig)) {
                throw new IllegalArgumentException("the private key does not match the certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the private key does not match the certificate");
        }
        return new Custom(commonName(leaf.getIssuerX500Principal()), key.getAlgorithm().equals("RSA") ? "rsa" : "ecdsa",
                leaf.getNotAfter().toInstant(), now);
    }

    private static PrivateKey privateKey(String pem, String algorithm) {
        String begin = "-----BEGIN PRIVATE KEY-----";
        int i = pem.indexOf(begin);
        int j = pem.indexOf("-----END PRIVATE KEY-----");
        if (i < 0 || j < i) {
            throw new IllegalArgumentException("private_key must be a PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----)");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.substring(i + begin.length(), j));
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the private key does not match the certificate");
        }
    }

    private static List<String> names(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            if (c.getSubjectAlternativeNames() != null) {
                for (List<?> san : c.getSubjectAlternativeNames()) {
                    if (Integer.valueOf(2).equals(san.get(0))) {
                        out.add(String.valueOf(san.get(1)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // no SANs: fall back to the CN
        }
        if (out.isEmpty()) {
            out.add(commonName(c.getSubjectX500Principal()).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean covers(String name, String host) {
        if (name.equals(host)) {
            return true;
        }
        if (name.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot + 1).equals(name.substring(2)) && !host.startsWith("*.");
        }
        return false;
    }

    private static String commonName(X500Principal p) {
        for (String part : p.getName(X500Principal.RFC2253).split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return p.getName();
    }

    private void check(Cert c, Model.App a, Instant now) {
        c.dnsConfigured = !ips.publicAddresses(a).isEmpty();
        c.updatedAt = now;
        if (!c.dnsConfigured) {
            ObjectNode e = FakeJson.obj();
            e.put("code", "dns_not_configured");
            e.put("message", "no A or AAAA record of " + c.hostname + " points at the app");
            e.put("remediation", "assign the app an IP address (POST /apps/" + a.name + "/ip_assignments) and "
                    + "point " + c.hostname + " at it, or add the CNAME " + a.name + ".fly.dev");
            e.put("timestamp", now.toString());
            c.errors = List.of(e);
            return;
        }
        c.errors = List.of();
        if (c.acmeRequested && c.acmeIssuedAt == null) {
            c.acmeIssuedAt = now;
        }
    }

    private static boolean acmeActive(Cert c, Instant now) {
        return c.acmeIssuedAt != null && now.isBefore(c.acmeIssuedAt.plus(ACME_VALIDITY));
    }

    private static boolean customActive(Cert c, Instant now) {
        return c.custom != null && now.isBefore(c.custom.notAfter());
    }

    private static String status(Cert c, Instant now) {
        if (acmeActive(c, now) || customActive(c, now)) {
            return "active";
        }
        return c.acmeRequested ? "pending_validation" : "pending_ownership";
    }

    private static ObjectNode summary(Cert c, Instant now) {
        ObjectNode o = FakeJson.obj();
        o.put("hostname", c.hostname);
        o.put("status", status(c, now));
        o.put("configured", c.dnsConfigured);
        o.put("acme_requested", c.acmeRequested);
        o.put("acme_dns_configured", c.dnsConfigured);
        o.put("acme_alpn_configured", c.dnsConfigured);
        o.put("acme_http_configured", c.dnsConfigured);
        o.put("ownership_txt_configured", false);
        o.put("has_custom_certificate", c.custom != null);
        o.put("has_fly_certificate", c.acmeIssuedAt != null);
        o.put("dns_provider", "unknown");
        o.put("created_at", c.createdAt.toString());
        o.put("updated_at", c.updatedAt.toString());
        return o;
    }

    private ObjectNode detail(Cert c, Model.App a, Instant now) {
        ObjectNode o = FakeJson.obj();
        o.put("hostname", c.hostname);
        o.put("status", status(c, now));
        o.put("configured", c.dnsConfigured);
        o.put("acme_requested", c.acmeRequested);
        o.put("dns_provider", "unknown");
        ArrayNode entries = o.putArray("certificates");
        if (c.acmeRequested) {
            ObjectNode e = entries.addObject();
            e.put("source", "fly");
            e.put("created_at", c.acmeCreatedAt.toString());
            if (acmeActive(c, now)) {
                e.put("status", "active");
                String exp = c.acmeIssuedAt.plus(ACME_VALIDITY).toString();
                e.put("expires_at", exp);
                e.put("issuer", "Let's Encrypt");
                ArrayNode issued = e.putArray("issued");
                for (String type : List.of("ecdsa", "rsa")) {
                    issued.addObject().put("type", type).put("certificate_authority", "lets_encrypt")
                            .put("expires_at", exp);
                }
            } else {
                e.put("status", "pending_validation");
            }
        }
        if (c.custom != null) {
            ObjectNode e = entries.addObject();
            e.put("source", "custom");
            e.put("status", "active");
            e.put("created_at", c.custom.createdAt().toString());
            e.put("expires_at", c.custom.notAfter().toString());
            e.put("issuer", c.custom.issuer());
            e.putArray("issued").addObject().put("type", c.custom.keyType())
                    .put("certificate_authority", c.custom.issuer()).put("expires_at", c.custom.notAfter().toString());
        }
        ObjectNode req = o.putObject("dns_requirements");
        ArrayNode v4 = req.putArray("a");
        ArrayNode v6 = req.putArray("aaaa");
        for (String ip : ips.publicAddresses(a)) {
            (ip.contains(":") ? v6 : v4).add(ip);
        }
        req.put("cname", a.name + ".fly.dev");
        String base = c.hostname.startsWith("*.") ? c.hostname.substring(2) : c.hostname;
        req.putObject("acme_challenge").put("name", "_acme-challenge." + base)
                .put("target", base + "." + a.id + ".flydns.net");
        req.putObject("ownership").put("name", "_fly-ownership." + base).put("app_value", "app-" + a.id)
                .put("org_value", "org-" + a.org);
        ObjectNode v = o.putObject("validation");
        v.put("dns_configured", c.dnsConfigured);
        v.put("alpn_configured", c.dnsConfigured && !c.hostname.startsWith("*."));
        v.put("http_configured", c.dnsConfigured && !c.hostname.startsWith("*."));
        v.put("ownership_txt_configured", false);
        ArrayNode errs = o.putArray("validation_errors");
        c.errors.forEach(e -> errs.add(e.deepCopy()));
        return o;
    }

    private ObjectNode checkJson(Cert c, Model.App a, Instant now) {
        ObjectNode o = detail(c, a, now);
        ObjectNode rec = o.putObject("dns_records");
        ArrayNode v4 = rec.putArray("a");
        ArrayNode v6 = rec.putArray("aaaa");
        ArrayNode resolved = rec.putArray("resolved_addresses");
        for (String ip : ips.publicAddresses(a)) {
            (ip.contains(":") ? v6 : v4).add(ip);
            resolved.add(ip);
        }
        rec.putArray("cname");
        rec.put("soa", "ns1.example.net. hostmaster.example.net.");
        return o;
    }

    @Override
    public synchronized String toString() {
        return "FakeCertificates[" + byApp.size() + " apps]";
    }
}
