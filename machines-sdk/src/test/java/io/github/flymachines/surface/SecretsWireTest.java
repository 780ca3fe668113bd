package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.SecretsClient;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.MalformedResponseException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.model.AppSecret;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.SecretsChange;
import io.github.flymachines.model.SecretsQuery;
import io.github.flymachines.model.UpdateMachineRequest;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** App secrets on the wire, the remembered version and min_secrets_version, and redaction. */
class SecretsWireTest extends WireTest {
    static final String BASE = "/v1/apps/my-app/secrets";
    static final String SECRET = "hunter2-very-secret";

    SecretsClient secrets;

    @BeforeEach
    void setUp() {
        secrets = fly.app("my-app").secrets();
    }

    @Test
    void listSendsMinVersionAndShowSecretsAndNeverPrintsValues() {
        wm.stubFor(get(urlEqualTo(BASE + "?min_version=7&show_secrets=true")).willReturn(okJson(
                "{\"secrets\":[{\"name\":\"DB_URL\",\"digest\":\"d1\",\"value\":\"" + SECRET + "\","
                        + "\"created_at\":\"2026-11-01T00:00:00Z\"}]}")));
        List<AppSecret> all = secrets.list(SecretsQuery.DEFAULT.withMinVersion(7L).withShowSecrets(true));
        assertEquals(1, all.size());
        assertEquals(SECRET, all.get(0).value());
        assertFalse(all.get(0).toString().contains(SECRET));
        assertTrue(all.get(0).toString().contains("value=<redacted>"));
        assertFalse(all.toString().contains(SECRET));
    }

    @Test
    void setReturnsTheVersionWhichIsRememberedAndAppliedExplicitly() throws Exception {
        wm.stubFor(post(urlEqualTo(BASE + "/DB_URL")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"DB_URL\",\"digest\":\"d2\",\"version\":12,\"Version\":12}")));
        assertTrue(secrets.latestVersion().isEmpty());
        CreateMachineRequest create = CreateMachineRequest.of(MachineConfig.builder().image("nginx").build());
        assertSame(create, secrets.applyTo(create), "nothing remembered: unchanged");

        SecretsChange change = secrets.set("DB_URL", SECRET);
        assertEquals(12, change.version());
        assertEquals("DB_URL", change.secrets().get(0).name());
        assertFalse(change.toString().contains(SECRET));
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/DB_URL")).withRequestBody(equalToJson(
                "{\"value\":\"" + SECRET + "\"}")));

        assertEquals(12, secrets.latestVersion().getAsLong());
        assertEquals(12, fly.app("my-app").secrets().latestVersion().getAsLong(), "shared per FlyMachines");
        assertTrue(fly.app("other-app").secrets().latestVersion().isEmpty(), "per app");
        assertTrue(api.client().app("my-app").secrets().latestVersion().isEmpty(), "per client");

        assertEquals(12L, secrets.applyTo(create).minSecretsVersion());
        assertEquals(20L, secrets.applyTo(create.withMinSecretsVersion(20L)).minSecretsVersion(), "higher kept");
        assertEquals(12L, secrets.applyTo(UpdateMachineRequest.of(MachineConfig.builder().image("nginx").build())
                .withMinSecretsVersion(3L)).minSecretsVersion());

        // a lower version from a later answer does not lower the remembered one
        wm.stubFor(delete(urlEqualTo(BASE + "/OLD")).willReturn(okJson("{\"version\":11}")));
        assertEquals(11, secrets.deleteAsync("OLD").get().version());
        assertEquals(12, secrets.latestVersion().getAsLong());
    }

    @Test
    void bulkSetUnsetAndUpdateSendValuesWithNullsForUnset() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson("{\"secrets\":[{\"name\":\"A\",\"digest\":\"x\"}],"
                + "\"version\":30}")));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("A", SECRET);
        values.put("B", "two");
        assertEquals(30, secrets.setAll(values).version());
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson(
                "{\"values\":{\"A\":\"" + SECRET + "\",\"B\":\"two\"}}")));
        secrets.unset(List.of("B", "C"));
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson(
                "{\"values\":{\"B\":null,\"C\":null}}")));
        Map<String, String> mixed = new LinkedHashMap<>();
        mixed.put("A", "new");
        mixed.put("B", null);
        secrets.update(mixed);
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson(
                "{\"values\":{\"A\":\"new\",\"B\":null}}")));
        assertEquals(30, secrets.latestVersion().getAsLong());
    }

    @Test
    void getReadsOneSecretAndMapsNotFound() {
        wm.stubFor(get(urlEqualTo(BASE + "/DB_URL?show_secrets=true")).willReturn(okJson(
                "{\"name\":\"DB_URL\",\"digest\":\"d1\",\"value\":\"" + SECRET + "\"}")));
        wm.stubFor(get(urlEqualTo(BASE + "/NOPE")).willReturn(Stubs.error(404, "{\"error\":\"secret not found\"}")));
        assertEquals(SECRET, secrets.get("DB_URL", SecretsQuery.DEFAULT.withShowSecrets(true)).value());
        assertThrows(NotFoundException.class, () -> secrets.get("NOPE"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> secrets.getAsync("NOPE").get());
        assertInstanceOf(NotFoundException.class, e.getCause());
    }

    @Test
    void badInputIsRefusedBeforeAnyRequestWithoutEchoingValues() {
        assertEquals("secret_name", assertThrows(FlyValidationException.class, () -> secrets.get("1BAD")).field());
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> secrets.set("BAD NAME", SECRET));
        assertEquals("values[BAD NAME]", e.field());
        assertFalse(e.getMessage().contains(SECRET));
        assertEquals("values[X]", assertThrows(FlyValidationException.class, () -> secrets.set("X", null)).field());
        assertEquals("values", assertThrows(FlyValidationException.class, () -> secrets.setAll(Map.of())).field());
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("A", null);
        assertThrows(FlyValidationException.class, () -> secrets.setAll(withNull));
        assertEquals("values", assertThrows(FlyValidationException.class, () -> secrets.unset(List.of())).field());
        ExecutionException async = assertThrows(ExecutionException.class, () -> secrets.setAsync("", "v").get());
        assertInstanceOf(FlyValidationException.class, async.getCause());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void errorMessagesNeverContainSecretValues() {
        wm.stubFor(post(urlEqualTo(BASE + "/DB_URL")).willReturn(Stubs.error(400,
                "{\"error\":\"invalid request\",\"value\":\"" + SECRET + "\",\"values\":{\"DB_URL\":\"" + SECRET + "\"}}")));
        BadRequestException e = assertThrows(BadRequestException.class, () -> secrets.set("DB_URL", SECRET));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertFalse(e.details().toString().contains(SECRET));
        assertTrue(secrets.latestVersion().isEmpty(), "failed writes are not remembered");
    }

    @Test
    void aWriteAnswerWithoutVersionIsMalformed() {
        wm.stubFor(delete(urlEqualTo(BASE + "/A")).willReturn(okJson("{}")));
        assertThrows(MalformedResponseException.class, () -> secrets.delete("A"));
        assertTrue(secrets.latestVersion().isEmpty());
        assertNull(null);
        wm.verify(0, getRequestedFor(urlEqualTo(BASE)));
    }

    @Test
    void writeAnswersCarryingBothVersionCasingsAreRead() {
        // the spec declares both "version" and the deprecated "Version"; a body may carry both
        wm.stubFor(delete(urlEqualTo(BASE + "/A")).willReturn(okJson("{\"Version\":41,\"version\":41}")));
        assertEquals(41, secrets.delete("A").version());
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson("{\"secrets\":[],\"Version\":42,\"version\":42}")));
        assertEquals(42, secrets.unset(List.of("A")).version());
        wm.stubFor(delete(urlEqualTo(BASE + "/B")).willReturn(okJson("{\"Version\":43}")));
        assertEquals(43, secrets.delete("B").version(), "the deprecated casing alone still counts");
        wm.stubFor(delete(urlEqualTo("/v1/apps/my-app/secretkeys/k")).willReturn(okJson("{\"Version\":44,\"version\":44}")));
        assertEquals(44, fly.app("my-app").secretKeys().delete("k"));
        assertEquals(44, secrets.latestVersion().getAsLong());
    }
}
