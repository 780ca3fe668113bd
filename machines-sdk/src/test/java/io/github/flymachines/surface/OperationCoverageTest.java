package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.flymachines.support.TestMachine.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.FlyToken;
import io.github.flymachines.api.AppClient;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.model.AssignIpRequest;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.CreateAppRequest;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.CustomCertificateRequest;
import io.github.flymachines.model.ExecRequest;
import io.github.flymachines.model.IpAssignmentType;
import io.github.flymachines.model.ListMachinesQuery;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.OidcTokenRequest;
import io.github.flymachines.model.OrgListQuery;
import io.github.flymachines.model.PlacementRequest;
import io.github.flymachines.model.SecretKeyType;
import io.github.flymachines.model.Signal;
import io.github.flymachines.model.TokenAccess;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.model.UpdateVolumeRequest;
import io.github.flymachines.model.WaitRequest;
import io.github.flymachines.model.WaitState;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.Fixtures;
import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.support.WireMockApi;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the spec is implemented: the {@link Operation} enum lists exactly the spec's
 * 76 (method, path, operationId) triples, and for each one a public SDK method is called here and
 * the request that reaches the wire is recognised as that operation (and validated against the
 * spec after the test, like every wire test).
 */
class OperationCoverageTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    static final String VOL = "vol_4wky2v5pj0zv9jgd";
    static final String HOST = "www.example.com";

    /** One public SDK call per operation. */
    static Map<Operation, Consumer<FlyMachines>> calls() {
        Map<Operation, Consumer<FlyMachines>> c = new EnumMap<>(Operation.class);
        // apps
        c.put(Operation.APPS_LIST, f -> f.apps().list("my-org"));
        c.put(Operation.APPS_CREATE, f -> f.apps().create(CreateAppRequest.of("my-app", "my-org")));
        c.put(Operation.APPS_SHOW, f -> f.app("my-app").get());
        c.put(Operation.APPS_DELETE, f -> f.app("my-app").delete());
        c.put(Operation.APP_CREATE_DEPLOY_TOKEN, f -> f.app("my-app").deployTokens().create(Duration.ofHours(1)));
        c.put(Operation.APP_IP_ASSIGNMENTS_LIST, f -> f.app("my-app").ipAssignments().list());
        c.put(Operation.APP_IP_ASSIGNMENTS_CREATE, f -> f.app("my-app").ipAssignments().assign(AssignIpRequest.of(IpAssignmentType.V6)));
        c.put(Operation.APP_IP_ASSIGNMENTS_DELETE, f -> f.app("my-app").ipAssignments().release("2a09::1"));
        // certificates
        c.put(Operation.CERTIFICATES_LIST, f -> f.app("my-app").certificates().page(null, null, 10));
        c.put(Operation.CERTIFICATES_ACME_CREATE, f -> f.app("my-app").certificates().requestAcme(HOST));
        c.put(Operation.CERTIFICATES_CUSTOM_CREATE, f -> f.app("my-app").certificates().installCustom(
                CustomCertificateRequest.of(HOST, "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----",
                        "-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----")));
        c.put(Operation.CERTIFICATES_SHOW, f -> f.app("my-app").certificates().get(HOST));
        c.put(Operation.CERTIFICATES_DELETE, f -> f.app("my-app").certificates().delete(HOST));
        c.put(Operation.CERTIFICATES_ACME_DELETE, f -> f.app("my-app").certificates().deleteAcme(HOST));
        c.put(Operation.CERTIFICATES_CHECK, f -> f.app("my-app").certificates().check(HOST));
        c.put(Operation.CERTIFICATES_CUSTOM_DELETE, f -> f.app("my-app").certificates().deleteCustom(HOST));
        // machines
        c.put(Operation.MACHINES_LIST, f -> f.app("my-app").machines().list(ListMachinesQuery.ALL));
        c.put(Operation.MACHINES_CREATE, f -> f.app("my-app").machines().create(
                CreateMachineRequest.of(MachineConfig.builder().image("nginx").build())));
        c.put(Operation.MACHINES_SHOW, f -> m(f).get());
        c.put(Operation.MACHINES_UPDATE, f -> m(f).update(UpdateMachineRequest.of(MachineConfig.builder().image("nginx").build())));
        c.put(Operation.MACHINES_DELETE, f -> m(f).destroy(true));
        c.put(Operation.MACHINES_CORDON, f -> m(f).cordon());
        c.put(Operation.MACHINES_LIST_EVENTS, f -> m(f).events());
        c.put(Operation.MACHINES_EXEC, f -> m(f).exec(ExecRequest.of("ls")));
        c.put(Operation.MACHINES_SHOW_LEASE, f -> m(f).leases().get());
        c.put(Operation.MACHINES_CREATE_LEASE, f -> m(f).leases().acquire(Duration.ofSeconds(30), "test"));
        c.put(Operation.MACHINES_RELEASE_LEASE, f -> m(f).leases().release("nonce-1"));
        c.put(Operation.MACHINES_GET_MEMORY, f -> m(f).memory());
        c.put(Operation.MACHINES_SET_MEMORY_LIMIT, f -> m(f).setMemoryLimit(512));
        c.put(Operation.MACHINES_RECLAIM_MEMORY, f -> m(f).reclaimMemory(64));
        c.put(Operation.MACHINES_SHOW_METADATA, f -> m(f).metadata().all());
        c.put(Operation.MACHINES_REPLACE_METADATA, f -> m(f).metadata().replace(Map.of("k", "v"), null));
        c.put(Operation.MACHINES_PATCH_METADATA, f -> m(f).metadata().patch(Map.of("k", "v"), null));
        c.put(Operation.MACHINES_GET_METADATA_KEY, f -> m(f).metadata().get("k"));
        c.put(Operation.MACHINES_UPSERT_METADATA, f -> m(f).metadata().set("k", "v"));
        c.put(Operation.MACHINES_DELETE_METADATA, f -> m(f).metadata().delete("k"));
        c.put(Operation.MACHINES_LIST_PROCESSES, f -> m(f).processes());
        c.put(Operation.MACHINES_RESTART, f -> m(f).restart());
        c.put(Operation.MACHINES_SIGNAL, f -> m(f).signal(Signal.SIGTERM));
        c.put(Operation.MACHINES_START, f -> m(f).start());
        c.put(Operation.MACHINES_STOP, f -> m(f).stop());
        c.put(Operation.MACHINES_SUSPEND, f -> m(f).suspend());
        c.put(Operation.MACHINES_UNCORDON, f -> m(f).uncordon());
        c.put(Operation.MACHINES_LIST_VERSIONS, f -> m(f).versions());
        c.put(Operation.MACHINES_WAIT, f -> m(f).waitOnce(WaitRequest.of(WaitState.STARTED)));
        // secret keys
        c.put(Operation.SECRETKEYS_LIST, f -> f.app("my-app").secretKeys().list());
        c.put(Operation.SECRETKEY_GET, f -> f.app("my-app").secretKeys().get("k"));
        c.put(Operation.SECRETKEY_SET, f -> f.app("my-app").secretKeys().set("k", SecretKeyType.HS256, Bytes.utf8("key")));
        c.put(Operation.SECRETKEY_DELETE, f -> f.app("my-app").secretKeys().delete("k"));
        c.put(Operation.SECRETKEY_DECRYPT, f -> f.app("my-app").secretKeys().decrypt("k", Bytes.utf8("c"), null));
        c.put(Operation.SECRETKEY_ENCRYPT, f -> f.app("my-app").secretKeys().encrypt("k", Bytes.utf8("p"), null));
        c.put(Operation.SECRETKEY_GENERATE, f -> f.app("my-app").secretKeys().generate("k", SecretKeyType.ES256));
        c.put(Operation.SECRETKEY_SIGN, f -> f.app("my-app").secretKeys().sign("k", Bytes.utf8("p")));
        c.put(Operation.SECRETKEY_VERIFY, f -> f.app("my-app").secretKeys().verify("k", Bytes.utf8("p"), Bytes.utf8("s")));
        // secrets
        c.put(Operation.SECRETS_LIST, f -> f.app("my-app").secrets().list());
        c.put(Operation.SECRETS_UPDATE, f -> f.app("my-app").secrets().setAll(Map.of("A", "v")));
        c.put(Operation.SECRET_GET, f -> f.app("my-app").secrets().get("A"));
        c.put(Operation.SECRET_CREATE, f -> f.app("my-app").secrets().set("A", "v"));
        c.put(Operation.SECRET_DELETE, f -> f.app("my-app").secrets().delete("A"));
        // volumes
        c.put(Operation.VOLUMES_LIST, f -> f.app("my-app").volumes().list());
        c.put(Operation.VOLUMES_CREATE, f -> f.app("my-app").volumes().create(
                CreateVolumeRequest.builder().name("data").region("ord").sizeGb(1).build()));
        c.put(Operation.VOLUMES_GET, f -> v(f.app("my-app")).get());
        c.put(Operation.VOLUMES_UPDATE, f -> v(f.app("my-app")).update(UpdateVolumeRequest.of(7, null)));
        c.put(Operation.VOLUMES_DELETE, f -> v(f.app("my-app")).delete());
        c.put(Operation.VOLUMES_EXTEND, f -> v(f.app("my-app")).extend(2));
        c.put(Operation.VOLUMES_LIST_SNAPSHOTS, f -> v(f.app("my-app")).snapshots());
        c.put(Operation.VOLUMES_CREATE_SNAPSHOT, f -> v(f.app("my-app")).createSnapshot());
        // organizations
        c.put(Operation.ORG_MACHINES_LIST, f -> f.org("my-org").machines(OrgListQuery.ALL).iterator().hasNext());
        c.put(Operation.ORG_VOLUMES_LIST, f -> f.org("my-org").volumes(OrgListQuery.ALL).iterator().hasNext());
        // platform
        c.put(Operation.PLATFORM_PLACEMENTS, f -> f.platform().placements(PlacementRequest.builder().orgSlug("my-org").build()));
        c.put(Operation.PLATFORM_REGIONS, f -> f.platform().regions());
        // tokens
        c.put(Operation.TOKENS_AUTHENTICATE, f -> f.tokens().authenticate(FlyToken.of("fm2_x")));
        c.put(Operation.TOKENS_AUTHORIZE, f -> f.tokens().authorize(FlyToken.of("fm2_x"),
                TokenAccess.builder().appName("my-app").build()));
        c.put(Operation.TOKENS_CURRENT, f -> f.tokens().current());
        c.put(Operation.TOKENS_KMS, f -> f.tokens().kms());
        c.put(Operation.TOKENS_OIDC, f -> f.tokens().oidc(OidcTokenRequest.DEFAULT));
        return c;
    }

    static MachineClient m(FlyMachines f) {
        return f.app("my-app").machines().withId(ID);
    }

    static io.github.flymachines.api.VolumeClient v(AppClient app) {
        return app.volume(VOL);
    }

    @Test
    void theOperationEnumListsExactlyTheSpecsOperations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(Files.readString(SpecValidator.specPath())).path("paths");
        Set<String> spec = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId")) {
                    spec.add(op.getKey().toUpperCase() + " " + p.getKey() + " " + op.getValue().get("operationId").asText());
                }
            }
        }
        Set<String> sdk = new TreeSet<>();
        for (Operation op : Operation.values()) {
            sdk.add(op.method() + " " + op.pathTemplate() + " " + op.operationId());
        }
        assertEquals(76, spec.size());
        assertEquals(spec, sdk);
    }

    @Test
    void everyOperationIsReachedByAPublicSdkMethod() {
        Map<Operation, Consumer<FlyMachines>> calls = calls();
        assertEquals(EnumSet.allOf(Operation.class), calls.keySet(), "a public call for every operation");

        // list answers first; then one permissive answer that every decoder accepts
        api.server().stubFor(get(urlPathMatching("/v1/apps/[^/]+/(machines|volumes)(/[^/]+/(events|ps|versions|snapshots))?"))
                .atPriority(1).willReturn(okJson("[]")));
        api.server().stubFor(post(urlPathMatching("/v1/tokens/authenticate")).atPriority(1).willReturn(okJson("[]")));
        api.server().stubFor(post(urlPathMatching("/v1/apps/[^/]+/machines")).atPriority(1)
                .willReturn(okJson(Fixtures.machine(ID, "created"))));
        api.server().stubFor(any(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + ID + "\",\"state\":\"started\",\"ok\":true,\"version\":1,\"token\":\"fm2_t\","
                        + "\"value\":\"v\",\"nonce\":\"n\",\"expires_at\":1,\"exit_code\":0,\"limit_mb\":512,"
                        + "\"actual_mb\":64,\"ciphertext\":\"AA==\",\"plaintext\":\"AA==\",\"signature\":\"AA==\"}")));

        FlyMachines fly = api.clientBuilder().retry(RetryPolicy.none()).build();
        Map<Operation, String> failures = new EnumMap<>(Operation.class);
        Set<Operation> missed = EnumSet.noneOf(Operation.class);
        for (Map.Entry<Operation, Consumer<FlyMachines>> e : calls.entrySet()) {
            int before = api.server().getAllServeEvents().size();
            try {
                e.getValue().accept(fly);
            } catch (RuntimeException ex) {
                failures.put(e.getKey(), ex.toString());
            }
            List<ServeEvent> events = new ArrayList<>(api.server().getAllServeEvents());
            // newest first: look only at what this call sent
            boolean hit = false;
            for (ServeEvent se : events.subList(0, events.size() - before)) {
                Operation op = identify(se.getRequest().getMethod().getName(),
                        URI.create(se.getRequest().getUrl()).getRawPath());
                hit |= op == e.getKey();
            }
            if (!hit) {
                missed.add(e.getKey());
            }
        }
        assertEquals(Set.of(), missed, "operations whose SDK call did not reach the wire as that operation; failures: "
                + failures);
        assertTrue(failures.isEmpty(), "every call decodes its answer: " + failures);
    }

    /** Finds the operation a request is, by method and path template. */
    static Operation identify(String method, String rawPath) {
        Operation best = null;
        for (Operation op : Operation.values()) {
            if (!op.method().equalsIgnoreCase(method)) {
                continue;
            }
            String regex = "/v1" + op.pathTemplate().replaceAll("\\{[^}]+}", "[^/]+");
            if (Pattern.matches(regex, rawPath)
                    && (best == null || literalLength(op) > literalLength(best))) {
                best = op;
            }
        }
        return best;
    }

    private static int literalLength(Operation op) {
        return op.pathTemplate().replaceAll("\\{[^}]+}", "").length();
    }
}
