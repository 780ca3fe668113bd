package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens: the fake's own (org-wide) token, app deploy tokens that expire on the fake clock
 * ({@code POST /apps/{app}/deploy_token}), KMS and OIDC tokens, and {@code /tokens/current},
 * {@code /tokens/authenticate}, {@code /tokens/authorize}, which check a token header against the
 * fake's token and a deploy token's app scope. Deploy tokens also authenticate API calls, for
 * their own app only. State behind this object's lock; token values are never printed.
 */
public final class FakeTokens {
    /** The user the fake's own token belongs to. */
    public static final String USER = "fake-user@example.com";
    private static final Duration DEFAULT_DEPLOY_EXPIRY = Duration.ofHours(175_200); // flyctl's 20 years
    private static final Duration KMS_EXPIRY = Duration.ofHours(1);
    private static final Duration OIDC_EXPIRY = Duration.ofMinutes(10);
    private static final Pattern GO_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final int ALL_ACTIONS = 31;

    private final String mainToken;
    private final String org;
    private final SecureRandom random;
    private final Map<String, Issued> issued = new LinkedHashMap<>();
    private KeyPair oidcKey;

    /**
     * A token the fake issued.
     *
     * @param id its id
     * @param kind deploy or kms
     * @param app the app it is scoped to
     * @param expiresAt when it lapses (fake clock)
     */
    private record Issued(String id, String kind, String app, Instant expiresAt) {
    }

    /**
     * The caller behind an authorization header.
     *
     * @param tokenId the token id
     * @param app the app a deploy token is scoped to, or null for the fake's own (org-wide) token
     */
    public record Caller(String tokenId, String app) {
    }

    /**
     * Creates the token store.
     *
     * @param mainToken the fake's own token
     * @param org the organization slug it belongs to
     * @param seed seeds token values, so runs repeat
     */
    public FakeTokens(String mainToken, String org, long seed) {
        this.mainToken = mainToken;
        this.org = org;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        random.setSeed(seed ^ 0x70c3e5L);
    }

    // ------------------------------------------------------------------ authentication

    /**
     * Checks a request that does not carry the fake's own token: a live deploy token for the app
     * in the path passes (null); anything else is refused.
     *
     * @param r the request
     * @param now the fake clock's time
     * @return null when the request may proceed, else the 401 or 403 answer
     */
    public synchronized FakeResponse checkIssued(FakeRequest r, Instant now) {
        String refused = "Authenticate: token validation error";
        Issued t = find(r.header("authorization"));
        if (t == null || !t.kind().equals("deploy")) {
            return FakeResponse.error(401, refused);
        }
        if (!now.isBefore(t.expiresAt())) {
            return FakeResponse.error(401, refused + ": token expired");
        }
        String p = r.path();
        String own = "/v1/apps/" + t.app();
        if (p.equals(own) || p.startsWith(own + "/") || p.startsWith("/v1/tokens/") || p.startsWith("/v1/platform/")) {
            return null;
        }
        return FakeResponse.error(403, "unauthorized");
    }

    /**
     * Names the caller of an authenticated request.
     *
     * @param authorization the Authorization header
     * @return the caller (the fake's own token when the header names no issued token)
     */
    public synchronized Caller caller(String authorization) {
        Issued t = find(authorization);
        return t == null ? new Caller("tok_fake_main", null) : new Caller(t.id(), t.app());
    }

    private Issued find(String header) {
        for (String t : tokens(header)) {
            Issued i = issued.get(t);
            if (i != null) {
                return i;
            }
        }
        return null;
    }

    private boolean isMain(String header) {
        for (String t : tokens(header)) {
            if (MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), mainToken.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        String t = header.strip();
        if (t.regionMatches(true, 0, "Bearer ", 0, 7)) {
            t = t.substring(7);
        } else if (t.regionMatches(true, 0, "FlyV1 ", 0, 6)) {
            t = t.substring(6);
        }
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ deploy tokens

    /**
     * {@code POST /apps/{app}/deploy_token}: a token for this app only, lapsing after
     * {@code expiry} (a Go duration such as {@code "720h"}; default 20 years) on the fake clock.
     *
     * @param r the request
     * @param a the app
     * @param now the fake clock's time
     * @return the answer {@code {token}}
     */
    public synchronized FakeResponse createDeployToken(FakeRequest r, Model.App a, Instant now) {
        JsonNode b = FakeJson.parse(r.body());
        Duration expiry = DEFAULT_DEPLOY_EXPIRY;
        String e = b.path("expiry").asText("");
        if (!e.isEmpty()) {
            expiry = goDuration(e);
            if (expiry == null || expiry.isZero() || expiry.isNegative()) {
                return FakeResponse.error(400, "invalid expiry: " + e);
            }
        }
        String value = issue("deploy", a.name, now.plus(expiry));
        return FakeResponse.json(200, FakeJson.obj().put("token", "FlyV1 " + value));
    }

    private String issue(String kind, String app, Instant expiresAt) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String value = "fm2_" + Base64.getEncoder().withoutPadding().encodeToString(raw);
        String id = "tok_" + HexFormat.of().formatHex(raw, 0, 8);
        issued.put(value, new Issued(id, kind, app, expiresAt));
        return value;
    }

    /**
     * Parses a Go duration ({@code "1h30m"}, {@code "720h"}, {@code "90s"}).
     *
     * @param s the text
     * @return the duration, or null when it is not one
     */
    static Duration goDuration(String s) {
        Matcher m = GO_DURATION.matcher(s);
        int at = 0;
        double nanos = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            double v = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "h" -> nanos += v * 3.6e12;
                case "m" -> nanos += v * 6e10;
                case "s" -> nanos += v * 1e9;
                case "ms" -> nanos += v * 1e6;
                case "us", "µs" -> nanos += v * 1e3;
                default -> nanos += v;
            }
            at = m.end();
        }
        return at == s.length() && at > 0 ? Duration.ofNanos((long) nanos) : null;
    }

    // ------------------------------------------------------------------ /tokens/...

    /**
     * Answers {@code /tokens/...}.
     *
     * @param r the request (already authenticated)
     * @param s the path segments after {@code /v1/}
     * @param apps the apps (their names and ids), read under the caller's lock
     * @param now the fake clock's time
     * @return the answer
     */
    public synchronized FakeResponse handle(FakeRequest r, String[] s, Collection<Model.App> apps, Instant now) {
        String op = s.length == 2 ? s[1] + " " + r.method() : "";
        Caller me = caller(r.header("authorization"));
        switch (op) {
            case "current GET": {
                ObjectNode o = FakeJson.obj();
                o.putArray("tokens").add(info(me));
                return FakeResponse.json(200, o);
            }
            case "oidc POST":
                return text(oidc(me, FakeJson.parse(r.body()), now));
            case "kms POST":
                return text("FlyV1 " + issue("kms", me.app(), now.plus(KMS_EXPIRY)));
            case "authenticate POST": {
                String header = FakeJson.parse(r.body()).path("header").asText("");
                ObjectNode verified = verify(header, now);
                if (verified == null) {
                    return FakeResponse.error(400, "Authenticate: token validation error");
                }
                ArrayNode out = FakeJson.arr();
                out.add(verified);
                return FakeResponse.json(200, out);
            }
            case "authorize POST":
                return authorize(FakeJson.parse(r.body()), apps, now);
            default:
                return FakeResponse.error(404, "not found: " + r.method() + " " + r.path());
        }
    }

    private ObjectNode info(Caller c) {
        ObjectNode o = FakeJson.obj();
        o.put("token_id", c.tokenId());
        o.put("org_slug", org);
        o.put("organization", org);
        ArrayNode apps = o.putArray("apps");
        if (c.app() != null) {
            apps.add(c.app());
        } else {
            o.put("user", USER);
        }
        return o;
    }

    private ObjectNode verify(String header, Instant now) {
        boolean main = isMain(header);
        Issued t = main ? null : find(header);
        if (!main && (t == null || !now.isBefore(t.expiresAt()))) {
            return null;
        }
        ObjectNode v = FakeJson.obj();
        v.put("header", header);
        byte[] digest = sha256(tokens(header).get(0));
        v.put("permission_token", Base64.getEncoder().encodeToString(digest));
        ObjectNode nonce = v.putObject("nonce");
        nonce.put("kid", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(digest, 16)));
        nonce.put("rnd", Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(digest, 16, 32)));
        nonce.put("proof", false);
        ArrayNode caveats = v.putObject("caveats").putArray("caveats");
        ObjectNode orgCaveat = caveats.addObject();
        orgCaveat.put("type", "Organization");
        orgCaveat.putObject("body").put("id", numericId(org)).put("mask", main ? "*" : "r");
        if (t != null) {
            ObjectNode apps = caveats.addObject();
            apps.put("type", t.kind().equals("kms") ? "FeatureSet" : "Apps");
            if (t.app() != null) {
                apps.putObject("body").putObject("apps").put(Long.toString(numericId(t.app())), "rwcdC");
            }
            ObjectNode window = caveats.addObject();
            window.put("type", "ValidityWindow");
            window.putObject("body").put("not_after", t.expiresAt().getEpochSecond());
        }
        return v;
    }

    private FakeResponse authorize(JsonNode body, Collection<Model.App> apps, Instant now) {
        String header = body.path("header").asText("");
        ObjectNode verified = verify(header, now);
        if (verified == null) {
            return FakeResponse.error(400, "Authenticate: token validation error");
        }
        Issued t = isMain(header) ? null : find(header);
        JsonNode access = body.path("access");
        String appName = access.path("app_name").asText("");
        String orgSlug = access.path("org_slug").asText("");
        String machine = access.path("machine_id").asText("");
        int action = access.path("action").asInt(ALL_ACTIONS);
        if (t != null && t.kind().equals("kms")) {
            return FakeResponse.error(403, "unauthorized: a KMS token grants no API access");
        }
        if (!orgSlug.isEmpty() && !orgSlug.equals(org) && !orgSlug.equals("personal")) {
            return FakeResponse.error(403, "unauthorized: the token is not for organization " + orgSlug);
        }
        Model.App app = null;
        if (!appName.isEmpty()) {
            for (Model.App a : apps) {
                if (a.name.equals(appName)) {
                    app = a;
                }
            }
            if (app == null) {
                return FakeResponse.error(403, "unauthorized: no app " + appName + " in the token's organization");
            }
            if (t != null && !appName.equals(t.app())) {
                return FakeResponse.error(403, "unauthorized: the token is scoped to app " + t.app());
            }
            if (!machine.isEmpty() && !app.machines.containsKey(machine)) {
                return FakeResponse.error(403, "unauthorized: no machine " + machine + " in app " + appName);
            }
        } else if (t != null && (!orgSlug.isEmpty() || !access.path("org_feature").asText("").isEmpty())) {
            return FakeResponse.error(403, "unauthorized: an app deploy token grants no organization access");
        }
        ObjectNode granted = FakeJson.obj();
        granted.put("action", action);
        granted.put("orgid", numericId(org));
        if (app != null) {
            granted.put("appid", numericId(app.name));
        }
        if (!machine.isEmpty()) {
            granted.put("machine", machine);
        }
        for (String f : List.of("app_feature", "machine_feature", "mutation", "storage_object")) {
            if (access.hasNonNull(f)) {
                granted.put(f, access.get(f).asText());
            }
        }
        if (access.hasNonNull("org_feature")) {
            granted.put("feature", access.get("org_feature").asText());
        }
        if (access.hasNonNull("volume_id")) {
            granted.put("volume", access.get("volume_id").asText());
        }
        if (access.path("command").isArray()) {
            granted.set("command", access.get("command").deepCopy());
        }
        ObjectNode o = FakeJson.obj();
        o.set("access", granted);
        o.set("verified_token", verified);
        return FakeResponse.json(200, o);
    }

    private String oidc(Caller me, JsonNode body, Instant now) {
        try {
            if (oidcKey == null) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), random);
                oidcKey = g.generateKeyPair();
            }
            String aud = body.path("aud").asText("");
            ObjectNode claims = FakeJson.obj();
            claims.put("iss", "https://oidc.fly.io/" + org);
            claims.put("aud", aud.isEmpty() ? "https://fly.io/" + org : aud);
            claims.put("sub", me.app() == null ? org : org + ":" + me.app());
            claims.put("org_name", org);
            if (me.app() != null) {
                claims.put("app_name", me.app());
            }
            claims.put("iat", now.getEpochSecond());
            claims.put("nbf", now.getEpochSecond());
            claims.put("exp", now.plus(OIDC_EXPIRY).getEpochSecond());
            byte[] jti = new byte[12];
            random.nextBytes(jti);
            claims.put("jti", HexFormat.of().formatHex(jti));
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            String head = url.encodeToString("{\"alg\":\"ES256\",\"kid\":\"fake\",\"typ\":\"JWT\"}"
                    .getBytes(StandardCharsets.UTF_8));
            String payload = url.encodeToString(FakeJson.write(claims).getBytes(StandardCharsets.UTF_8));
            Signature sig = Signature.getInstance("SHA256withECDSAinP1363Format");
            sig.initSign(oidcKey.getPrivate(), random);
            sig.update((head + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return head + "." + payload + "." + url.encodeToString(sig.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the public key that verifies the OIDC tokens, or null before the first one */
    public synchronized java.security.PublicKey oidcPublicKey() {
        return oidcKey == null ? null : oidcKey.getPublic();
    }

    private static FakeResponse text(String body) {
        return new FakeResponse(200, body, Map.of("Content-Type", "text/plain; charset=utf-8"));
    }

    private static long numericId(String s) {
        return Long.parseLong(HexFormat.of().formatHex(sha256(s), 0, 6), 16);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "FakeTokens[" + issued.size() + " issued]"; // values are credentials
    }
}
