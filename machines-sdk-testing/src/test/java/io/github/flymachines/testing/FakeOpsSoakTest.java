package io.github.flymachines.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.FlyToken;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyException;
import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.IpAssignmentType;
import io.github.flymachines.model.SecretKeyType;
import io.github.flymachines.testing.support.Raw;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A seeded soak over IP assignments, secret keys, certificates and deploy tokens, under the
 * auto-advancing clock, with faults injected in front of the fake (a 503 or a connection reset on
 * the next request). A faulted request never reaches the fake, so the model changes only on an
 * answer; after every step the fake's state must equal the model's.
 */
class FakeOpsSoakTest {
    static final long SEED = 16;
    static final int STEPS = 120;

    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.autoAdvance(true).seed(SEED));
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seededSoakKeepsTheFakeAndTheModelEqual() throws Exception {
        FakeFly fake = fly.fake();
        List<String> apps = List.of("soak-a", "soak-b");
        apps.forEach(fake::createApp);
        FlyMachines client = fly.client();
        Random random = new Random(SEED);
        Map<String, Set<String>> ips = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>(); // "app/name" -> type
        Map<String, TreeSet<String>> certs = new LinkedHashMap<>();
        List<Object[]> tokens = new ArrayList<>(); // {FlyToken, Instant expiresAt}
        Set<String> issued = new LinkedHashSet<>(); // "app/host" whose ACME certificate was issued
        apps.forEach(a -> {
            ips.put(a, new LinkedHashSet<>());
            certs.put(a, new TreeSet<>());
        });
        int faults = 0;
        int answered = 0;
        for (int step = 0; step < STEPS; step++) {
            String app = apps.get(random.nextInt(apps.size()));
            if (random.nextInt(5) == 0) {
                faults++;
                fake.failNext(RequestMethod.ANY, urlPathMatching("/v1/.*"), random.nextBoolean()
                        ? aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":\"injected\"}")
                        : aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER));
            }
            int op = random.nextInt(8);
            try {
                switch (op) {
                    case 0 -> {
                        IpAssignmentType t = List.of(IpAssignmentType.V4, IpAssignmentType.V6,
                                IpAssignmentType.PRIVATE_V6).get(random.nextInt(3));
                        ips.get(app).add(client.app(app).ipAssignments().assign(AssignIpRequest.of(t)).ip());
                    }
                    case 1 -> {
                        if (!ips.get(app).isEmpty()) {
                            String ip = new ArrayList<>(ips.get(app)).get(random.nextInt(ips.get(app).size()));
                            client.app(app).ipAssignments().release(ip);
                            ips.get(app).remove(ip);
                        }
                    }
                    case 2 -> {
                        String name = "k" + random.nextInt(3);
                        SecretKeyType t = SecretKeyType.values().get(random.nextInt(SecretKeyType.values().size()));
                        client.app(app).secretKeys().generate(name, t);
                        keys.put(app + "/" + name, t.value());
                    }
                    case 3 -> useKey(client, app, keys, random);
                    case 4 -> {
                        String host = "h" + random.nextInt(4) + ".example.com";
                        if (!certs.get(app).contains(host)) {
                            client.app(app).certificates().requestAcme(host);
                            certs.get(app).add(host);
                        } else {
                            String status = client.app(app).certificates().check(host).status();
                            if (ips.get(app).stream().anyMatch(ip -> !ip.startsWith("2001:db8:2:"))) {
                                issued.add(app + "/" + host); // DNS points at the app: issued, and stays issued
                            }
                            assertEquals(issued.contains(app + "/" + host) ? "active" : "pending_validation", status,
                                    "step " + step + ": " + host + " of " + app);
                        }
                    }
                    case 5 -> {
                        if (!certs.get(app).isEmpty()) {
                            String host = certs.get(app).first();
                            client.app(app).certificates().delete(host);
                            certs.get(app).remove(host);
                            issued.remove(app + "/" + host);
                        }
                    }
                    case 6 -> {
                        Duration ttl = Duration.ofHours(1 + random.nextInt(3));
                        Instant before = fake.clock().instant();
                        tokens.add(new Object[] {client.app(app).deployTokens().create(ttl), before.plus(ttl)});
                    }
                    default -> fake.clock().advance(Duration.ofMinutes(30));
                }
                answered++;
            } catch (FlyException e) {
                // a faulted request never reached the fake: the model stays as it was
            }
            fake.resetStubs();
            checkModel(fake, ips, certs, tokens, step);
            fake.wireMock().resetRequests(); // the focused tests audit against the spec; the soak checks state

        }
        assertTrue(faults > 10, "faults injected: " + faults);
        assertTrue(answered > STEPS / 2, "steps answered: " + answered);
    }

    private static void useKey(FlyMachines client, String app, Map<String, String> keys, Random random) {
        List<String> mine = keys.keySet().stream().filter(k -> k.startsWith(app + "/")).toList();
        if (mine.isEmpty()) {
            return;
        }
        String id = mine.get(random.nextInt(mine.size()));
        String name = id.substring(app.length() + 1);
        String type = keys.get(id);
        var sk = client.app(app).secretKeys();
        Bytes data = Bytes.utf8("step data " + random.nextInt(1000));
        if (List.of("xaes256gcm", "nacl_secretbox", "nacl_box").contains(type)) {
            Bytes ct = sk.encrypt(name, data, Bytes.utf8(app));
            assertEquals(data, sk.decrypt(name, ct, Bytes.utf8(app)));
        } else {
            Bytes sig = sk.sign(name, data);
            sk.verify(name, data, sig);
            try {
                sk.verify(name, Bytes.utf8("other"), sig);
                fail("a signature over other data verified");
            } catch (BadRequestException expected) {
                // refused, as it must be
            }
        }
    }

    private static void checkModel(FakeFly fake, Map<String, Set<String>> ips, Map<String, TreeSet<String>> certs,
            List<Object[]> tokens, int step) throws Exception {
        Set<String> everyDedicated = new LinkedHashSet<>();
        for (String app : ips.keySet()) {
            JsonNode list = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/" + app + "/ip_assignments", null).body());
            Set<String> got = new LinkedHashSet<>();
            list.path("ips").forEach(n -> got.add(n.path("ip").asText()));
            assertEquals(ips.get(app), got, "step " + step + ": IPs of " + app);
            for (String ip : got) {
                assertTrue(everyDedicated.add(ip), "step " + step + ": " + ip + " held twice");
            }
            JsonNode cl = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/" + app + "/certificates?limit=500", null).body());
            Set<String> hosts = new TreeSet<>();
            cl.path("certificates").forEach(n -> hosts.add(n.path("hostname").asText()));
            assertEquals(certs.get(app), hosts, "step " + step + ": certificates of " + app);
        }
        if (step % 8 != 7) {
            return; // the tokens every eighth step: each check is a request per token
        }
        Instant now = fake.clock().instant();
        for (Object[] t : tokens) {
            Instant expires = (Instant) t[1];
            int status = Raw.send(fake, "POST", "/v1/tokens/authenticate", "{\"header\":\""
                    + ((FlyToken) t[0]).authorizationHeader() + "\"}").statusCode();
            if (now.isBefore(expires.minusSeconds(120))) {
                assertEquals(200, status, "step " + step + ": a live deploy token");
            } else if (!now.isBefore(expires)) {
                assertEquals(400, status, "step " + step + ": an expired deploy token");
            }
        }
    }
}
