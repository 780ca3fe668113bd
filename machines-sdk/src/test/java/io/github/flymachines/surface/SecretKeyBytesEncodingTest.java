package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.flymachines.internal.json.Json;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.SecretKey;
import io.github.flymachines.support.SpecDefects;
import io.github.flymachines.support.SpecValidator;
import io.github.flymachines.support.WireMockApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves the encoding of the secret-key byte fields against the spec: the spec types every one of
 * them as an array of integers (swaggo's rendering of Go {@code []byte}), while Go's JSON encoder,
 * which the live API and fly-go use, writes {@code []byte} as a base64 string (reference §2). The
 * SDK writes base64; run through the unmodified spec, its requests differ only in the type of
 * exactly those fields, which is the one documented defect; and it reads both forms.
 */
class SecretKeyBytesEncodingTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    /** Every byte field of the secret-key schemas, by schema. */
    static final Map<String, List<String>> BYTE_FIELDS = Map.of(
            "SetSecretkeyRequest", List.of("value"),
            "SetSecretkeyResponse", List.of("public_key"),
            "SecretKey", List.of("public_key"),
            "EncryptSecretkeyRequest", List.of("plaintext", "associated_data"),
            "EncryptSecretkeyResponse", List.of("ciphertext"),
            "DecryptSecretkeyRequest", List.of("ciphertext", "associated_data"),
            "DecryptSecretkeyResponse", List.of("plaintext"),
            "SignSecretkeyRequest", List.of("plaintext"),
            "SignSecretkeyResponse", List.of("signature"),
            "VerifySecretkeyRequest", List.of("plaintext", "signature"));

    @Test
    void theSpecTypesEveryByteFieldAsAnArrayOfIntegers() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(Files.readString(SpecValidator.specPath()))
                .path("components").path("schemas");
        BYTE_FIELDS.forEach((schema, fields) -> {
            for (String f : fields) {
                JsonNode p = schemas.path(schema).path("properties").path(f);
                assertEquals("array", p.path("type").asText(), schema + "." + f);
                assertEquals("integer", p.path("items").path("type").asText(), schema + "." + f);
            }
        });
    }

    @Test
    void theSdkWritesBase64AndTheOnlyDifferenceFromTheSpecIsTheTypeOfThoseFields() throws Exception {
        api.server().stubFor(post(anyUrl()).willReturn(okJson("{\"ciphertext\":\"AAE=\"}")));
        Bytes ct = api.client().app("my-app").secretKeys().encrypt("box", Bytes.utf8("hi"), Bytes.of(new byte[] {1}));
        assertEquals(Bytes.of(new byte[] {0, 1}), ct);

        LoggedRequest sent = api.server().getAllServeEvents().get(0).getRequest();
        JsonNode body = new ObjectMapper().readTree(sent.getBodyAsString());
        assertTrue(body.get("plaintext").isTextual());
        assertEquals("aGk=", body.get("plaintext").asText());
        assertEquals("AQ==", body.get("associated_data").asText());

        OpenApiInteractionValidator raw = OpenApiInteractionValidator.createForInlineApiSpecification(
                SpecDefects.patchSpecDocument(Files.readString(SpecValidator.specPath(), StandardCharsets.UTF_8)))
                .build();
        ValidationReport report = raw.validateRequest(SimpleRequest.Builder
                .post("/v1/apps/my-app/secretkeys/box/encrypt")
                .withContentType("application/json").withBody(sent.getBodyAsString()).build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).toList();
        assertFalse(errors.isEmpty(), "the spec must disagree with base64");
        for (ValidationReport.Message m : errors) {
            List<ValidationReport.Message> leaves = m.getNestedMessages().isEmpty() ? List.of(m) : m.getNestedMessages();
            for (ValidationReport.Message leaf : leaves) {
                assertEquals("validation.request.body.schema.type", leaf.getKey(), leaf.getMessage());
                assertTrue(leaf.getMessage().contains("(string) does not match any allowed primitive type (allowed: [\"array\"])"),
                        leaf.getMessage());
                assertTrue(leaf.getMessage().contains("/plaintext") || leaf.getMessage().contains("/associated_data"),
                        leaf.getMessage());
            }
        }
        assertEquals(List.of(), SpecValidator.validate(sent), "forgiven by the documented defect only");
        assertTrue(SpecDefects.used().contains("secretkey-bytes-base64"));
    }

    @Test
    void bothEncodingsAreRead() {
        SecretKey a = Json.read("{\"name\":\"k\",\"public_key\":\"AQID\"}", SecretKey.class);
        SecretKey b = Json.read("{\"name\":\"k\",\"public_key\":[1,2,3]}", SecretKey.class);
        assertEquals(a.publicKey(), b.publicKey());
        assertEquals("\"AQID\"", Json.writeString(a.publicKey()));
    }
}
