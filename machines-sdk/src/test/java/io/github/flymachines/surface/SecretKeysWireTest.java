package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.flymachines.api.SecretKeysClient;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.SecretKey;
import io.github.flymachines.model.SecretKeyType;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secret keys on the wire: base64 byte fields, key material never printed, typed errors. */
class SecretKeysWireTest extends WireTest {
    static final String BASE = "/v1/apps/my-app/secretkeys";
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final String KEY_B64 = Base64.getEncoder().encodeToString(KEY);

    SecretKeysClient keys;

    @BeforeEach
    void setUp() {
        keys = fly.app("my-app").secretKeys();
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void listAndGetParsePublicKeysInEitherEncoding() {
        wm.stubFor(get(urlEqualTo(BASE)).willReturn(okJson("{\"secret_keys\":[{\"name\":\"signer\",\"type\":\"es256\","
                + "\"public_key\":\"" + b64("PUB") + "\"},{\"name\":\"box\",\"type\":\"nacl_box\",\"public_key\":[80,85,66]},"
                + "{\"name\":\"new\",\"type\":\"mlkem768\"}]}")));
        wm.stubFor(get(urlEqualTo(BASE + "/signer?min_version=9")).willReturn(okJson(
                "{\"name\":\"signer\",\"type\":\"es256\",\"public_key\":\"" + b64("PUB") + "\"}")));
        List<SecretKey> all = keys.list();
        assertEquals(3, all.size());
        assertEquals(SecretKeyType.ES256, all.get(0).type());
        assertEquals("PUB", all.get(0).publicKey().utf8());
        assertEquals(all.get(0).publicKey(), all.get(1).publicKey(), "base64 and integer-array forms read alike");
        assertFalse(all.get(2).type().isKnown());
        assertTrue(all.get(0).toString().contains("publicKey=Bytes[3 bytes]"), all.get(0).toString());
        assertEquals("signer", keys.atMinVersion(9L).get("signer").name());
    }

    @Test
    void setSendsKeyMaterialAsBase64AndRemembersTheVersion() {
        wm.stubFor(post(urlEqualTo(BASE + "/hmac")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"hmac\",\"type\":\"hs256\",\"version\":41}")));
        byte[] material = KEY.clone();
        Bytes value = Bytes.of(material);
        material[0] = 'X'; // the caller's array is copied in
        SecretKey k = keys.set("hmac", SecretKeyType.HS256, value);
        assertEquals(41L, k.version());
        assertEquals(41, fly.app("my-app").secrets().latestVersion().getAsLong(), "key writes share the version");
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/hmac")).withRequestBody(equalToJson(
                "{\"type\":\"hs256\",\"value\":\"" + KEY_B64 + "\"}")));
        byte[] out = value.toArray();
        out[0] = 'Y'; // and copied out
        assertArrayEquals(KEY, value.toArray());
        assertFalse(value.toString().contains(KEY_B64));
        assertFalse(value.toString().contains("0123456789"));
    }

    @Test
    void generateSendsOnlyTheType() throws Exception {
        wm.stubFor(post(urlEqualTo(BASE + "/signer/generate")).willReturn(WireMock.aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"signer\",\"type\":\"nacl_sign\",\"public_key\":\"" + b64("PK") + "\",\"Version\":5}")));
        SecretKey k = keys.generateAsync("signer", SecretKeyType.NACL_SIGN).get();
        assertEquals(5L, k.version(), "the deprecated Version field is read too");
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/signer/generate")).withRequestBody(equalToJson(
                "{\"type\":\"nacl_sign\"}")));
    }

    @Test
    void encryptDecryptSignVerifyUseBase64BothWays() {
        wm.stubFor(post(urlEqualTo(BASE + "/box/encrypt")).willReturn(okJson("{\"ciphertext\":\"" + b64("CIPHER") + "\"}")));
        wm.stubFor(post(urlEqualTo(BASE + "/box/decrypt")).willReturn(okJson("{\"plaintext\":\"" + b64("hello") + "\"}")));
        wm.stubFor(post(urlEqualTo(BASE + "/signer/sign?min_version=3")).willReturn(okJson("{\"signature\":[1,2,255]}")));
        wm.stubFor(post(urlEqualTo(BASE + "/signer/verify")).willReturn(noContent()));

        Bytes ct = keys.encrypt("box", Bytes.utf8("hello"), Bytes.utf8("aad"));
        assertEquals("CIPHER", ct.utf8());
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/box/encrypt")).withRequestBody(equalToJson(
                "{\"plaintext\":\"" + b64("hello") + "\",\"associated_data\":\"" + b64("aad") + "\"}")));
        assertEquals("hello", keys.decrypt("box", ct, null).utf8());
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/box/decrypt")).withRequestBody(equalToJson(
                "{\"ciphertext\":\"" + b64("CIPHER") + "\"}")));
        Bytes sig = keys.atMinVersion(3L).sign("signer", Bytes.utf8("msg"));
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, sig.toArray());
        keys.verify("signer", Bytes.utf8("msg"), sig);
        wm.verify(postRequestedFor(urlEqualTo(BASE + "/signer/verify")).withRequestBody(equalToJson(
                "{\"plaintext\":\"" + b64("msg") + "\",\"signature\":\"AQL/\"}")));
    }

    @Test
    void aBadSignatureIsATypedErrorAndNeverEchoesBytes() {
        wm.stubFor(post(urlEqualTo(BASE + "/signer/verify")).willReturn(Stubs.error(400,
                "{\"error\":\"signature verification failed\",\"plaintext\":\"" + b64("top secret") + "\"}")));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> keys.verify("signer", Bytes.utf8("top secret"), Bytes.of(new byte[] {1})));
        assertFalse(e.getMessage().contains(b64("top secret")), e.getMessage());
        ExecutionException ee = assertThrows(ExecutionException.class,
                () -> keys.verifyAsync("signer", Bytes.utf8("top secret"), Bytes.of(new byte[] {1})).get());
        assertInstanceOf(BadRequestException.class, ee.getCause());
    }

    @Test
    void deleteReturnsTheVersion() {
        wm.stubFor(delete(urlEqualTo(BASE + "/old")).willReturn(okJson("{\"version\":50}")));
        assertEquals(50L, keys.delete("old"));
        assertEquals(50, fly.app("my-app").secrets().latestVersion().getAsLong());
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        assertEquals("type", assertThrows(FlyValidationException.class, () -> keys.generate("k", null)).field());
        assertEquals("value", assertThrows(FlyValidationException.class,
                () -> keys.set("k", SecretKeyType.HS256, Bytes.empty())).field());
        assertEquals("secret_name", assertThrows(FlyValidationException.class,
                () -> keys.sign("a/b", Bytes.utf8("x"))).field());
        assertEquals("plaintext", assertThrows(FlyValidationException.class, () -> keys.sign("k", null)).field());
        assertEquals("signature", assertThrows(FlyValidationException.class,
                () -> keys.verify("k", Bytes.utf8("x"), null)).field());
        assertEquals("min_version", assertThrows(FlyValidationException.class, () -> keys.atMinVersion(-1L)).field());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void bytesIsAnImmutableValue() {
        Bytes a = Bytes.fromBase64(KEY_B64);
        assertEquals(Bytes.of(KEY), a);
        assertEquals(Bytes.of(KEY).hashCode(), a.hashCode());
        assertNotEquals(Bytes.utf8("a"), Bytes.utf8("b"));
        assertEquals(KEY_B64, a.base64());
        assertEquals(32, a.size());
        assertEquals("Bytes[32 bytes]", a.toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Bytes.fromBase64("s3cr3t!!"));
        assertFalse(bad.getMessage().contains("s3cr3t"));
        assertTrue(Bytes.empty().isEmpty());
    }
}
