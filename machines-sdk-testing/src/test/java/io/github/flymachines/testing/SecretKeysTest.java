package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.SecretKeysClient;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.SecretKey;
import io.github.flymachines.model.SecretKeyType;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secret keys through the SDK and raw HTTP: real JDK cryptography, tampering refused, versions. */
class SecretKeysTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Bytes AD = Bytes.utf8("context: order 42");

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly, r -> r.getBodyAsString().contains("\"type\":\"rot13\""));

    private static SecretKeysClient keys(String app) {
        fly.fake().createApp(app);
        return fly.client().app(app).secretKeys();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xaes256gcm", "nacl_secretbox", "nacl_box"})
    void encryptDecryptRoundTripsAndRefusesTampering(String type) {
        SecretKeysClient keys = keys("sk-aead-" + type.replace("_", "-"));
        SecretKey k = keys.generate("data", SecretKeyType.of(type));
        assertEquals(type, k.type().value());
        assertEquals(type.equals("nacl_box"), k.publicKey() != null, "only nacl_box has a public key");
        Bytes plain = Bytes.utf8("the launch code is 0000");
        Bytes ct = keys.encrypt("data", plain, AD);
        assertNotEquals(plain, ct);
        assertEquals(plain, keys.decrypt("data", ct, AD));
        assertNotEquals(ct, keys.encrypt("data", plain, AD), "a fresh nonce per encryption");

        byte[] tampered = ct.toArray();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(BadRequestException.class, () -> keys.decrypt("data", Bytes.of(tampered), AD));
        assertThrows(BadRequestException.class, () -> keys.decrypt("data", ct, Bytes.utf8("another context")));
        assertThrows(BadRequestException.class, () -> keys.decrypt("data", ct, null));
        Bytes noAd = keys.encrypt("data", plain, null);
        assertEquals(plain, keys.decrypt("data", noAd, null));
        // a key cannot sign, and another key of the same type cannot decrypt
        assertThrows(BadRequestException.class, () -> keys.sign("data", plain));
        keys.generate("other", SecretKeyType.of(type));
        assertThrows(BadRequestException.class, () -> keys.decrypt("other", ct, AD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hs256", "hs384", "hs512", "nacl_auth", "nacl_sign", "es256"})
    void signVerifyRoundTripsAndRefusesTampering(String type) {
        SecretKeysClient keys = keys("sk-sign-" + type.replace("_", "-"));
        keys.generate("signer", SecretKeyType.of(type));
        Bytes msg = Bytes.utf8("pay 10 to alice");
        Bytes sig = keys.sign("signer", msg);
        keys.verify("signer", msg, sig);
        byte[] bad = sig.toArray();
        bad[0] ^= 0x40;
        assertThrows(BadRequestException.class, () -> keys.verify("signer", msg, Bytes.of(bad)));
        assertThrows(BadRequestException.class, () -> keys.verify("signer", Bytes.utf8("pay 99 to mallory"), sig));
        assertThrows(BadRequestException.class, () -> keys.verify("signer", msg, Bytes.of(new byte[3])));
        assertThrows(BadRequestException.class, () -> keys.encrypt("signer", msg, null));
        int expected = switch (type) {
            case "hs384" -> 48;
            case "hs512", "nacl_sign", "es256" -> 64;
            default -> 32;
        };
        assertEquals(expected, sig.size());
    }

    @Test
    void setKeysMatchTheJdksOwnAlgorithms() throws Exception {
        SecretKeysClient keys = keys("sk-known");
        byte[] hmacKey = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        keys.set("mac", SecretKeyType.HS256, Bytes.of(hmacKey));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
        assertArrayEquals(mac.doFinal("hello".getBytes()), keys.sign("mac", Bytes.utf8("hello")).toArray());

        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = ec.generateKeyPair();
        byte[] scalar = fixed(((ECPrivateKey) pair.getPrivate()).getS());
        SecretKey es = keys.set("es", SecretKeyType.ES256, Bytes.of(scalar));
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        byte[] sec1 = new byte[65];
        sec1[0] = 4;
        System.arraycopy(fixed(pub.getW().getAffineX()), 0, sec1, 1, 32);
        System.arraycopy(fixed(pub.getW().getAffineY()), 0, sec1, 33, 32);
        assertArrayEquals(sec1, es.publicKey().toArray(), "the public key the fake derives is the JDK's");
        Bytes esSig = keys.sign("es", Bytes.utf8("jws payload"));
        Signature v = Signature.getInstance("SHA256withECDSAinP1363Format");
        v.initVerify(pub);
        v.update("jws payload".getBytes());
        assertTrue(v.verify(esSig.toArray()), "an ES256 signature verifies with the JDK");

        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        SecretKey ed = keys.set("ed", SecretKeyType.NACL_SIGN, Bytes.of(seed));
        // RFC 8032 test 1: this seed's public key
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                HexFormat.of().formatHex(ed.publicKey().toArray()));
        PublicKey edPub = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                concat(HexFormat.of().parseHex("302a300506032b6570032100"), ed.publicKey().toArray())));
        Bytes edSig = keys.sign("ed", Bytes.of(new byte[0]));
        // RFC 8032 test 1: the signature of the empty message
        assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
                + "d25bf5f0595bbe24655141438e7a100b", HexFormat.of().formatHex(edSig.toArray()));
        Signature ev = Signature.getInstance("Ed25519");
        ev.initVerify(edPub);
        ev.update(new byte[0]); // the JDK's Ed25519 refuses a verify that saw no update at all
        assertTrue(ev.verify(edSig.toArray()));

        assertThrows(BadRequestException.class, () -> keys.set("short", SecretKeyType.XAES256GCM, Bytes.of(new byte[5])));
    }

    @Test
    void writesCarryTheSecretsVersionAndReadsHonourMinVersion() {
        SecretKeysClient keys = keys("sk-versions");
        SecretKey a = keys.generate("a", SecretKeyType.HS256);
        SecretKey b = keys.generate("b", SecretKeyType.NACL_BOX);
        assertEquals(a.version() + 1, b.version());
        SecretKey again = keys.generate("a", SecretKeyType.HS512);
        assertEquals(b.version() + 1, again.version());
        assertEquals(a.createdAt(), again.createdAt(), "a replaced key keeps its creation time");
        assertEquals("hs512", keys.get("a").type().value());
        assertEquals(List.of("a", "b"), keys.list().stream().map(SecretKey::name).toList());
        assertNull(keys.get("a").publicKey());
        long deleted = keys.delete("b");
        assertEquals(again.version() + 1, deleted);
        assertThrows(NotFoundException.class, () -> keys.get("b"));
        assertThrows(NotFoundException.class, () -> keys.delete("b"));
        assertEquals(1, keys.atMinVersion(deleted).list().size());
        assertThrows(BadRequestException.class, () -> keys.atMinVersion(deleted + 1).list());
        assertThrows(BadRequestException.class, () -> keys.atMinVersion(deleted + 1).sign("a", Bytes.utf8("x")));
    }

    @Test
    void rawHttpAcceptsBothByteEncodingsAndAnswersBase64() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("sk-raw");
        HttpResponse<String> gen = Raw.send(fake, "POST", "/v1/apps/sk-raw/secretkeys/k/generate",
                "{\"type\":\"xaes256gcm\"}");
        assertEquals(201, gen.statusCode());
        JsonNode g = JSON.readTree(gen.body());
        assertEquals(g.path("version").asLong(), g.path("Version").asLong(), "both casings, as the spec declares");
        // the spec's form: arrays of integers
        HttpResponse<String> enc = Raw.send(fake, "POST", "/v1/apps/sk-raw/secretkeys/k/encrypt",
                "{\"plaintext\":[104,105],\"associated_data\":[1,2,3]}");
        assertEquals(200, enc.statusCode());
        String ct = JSON.readTree(enc.body()).path("ciphertext").asText();
        assertEquals(24 + 2 + 16, java.util.Base64.getDecoder().decode(ct).length, "nonce || ciphertext || tag");
        // the live form: base64 strings
        HttpResponse<String> dec = Raw.send(fake, "POST", "/v1/apps/sk-raw/secretkeys/k/decrypt",
                "{\"ciphertext\":\"" + ct + "\",\"associated_data\":\"AQID\"}");
        assertEquals(200, dec.statusCode());
        assertEquals("aGk=", JSON.readTree(dec.body()).path("plaintext").asText());
        HttpResponse<String> list = Raw.send(fake, "GET", "/v1/apps/sk-raw/secretkeys?types=hs256", null);
        assertEquals(0, JSON.readTree(list.body()).path("secret_keys").size());
        assertEquals(1, JSON.readTree(Raw.send(fake, "GET", "/v1/apps/sk-raw/secretkeys?types=xaes256gcm,hs256", null)
                .body()).path("secret_keys").size());
        HttpResponse<String> del = Raw.send(fake, "DELETE", "/v1/apps/sk-raw/secretkeys/k", null);
        assertEquals(g.path("version").asLong() + 1, JSON.readTree(del.body()).path("Version").asLong());
        assertEquals(400, Raw.send(fake, "POST", "/v1/apps/sk-raw/secretkeys/k2", "{\"type\":\"rot13\",\"value\":\"AA==\"}")
                .statusCode());
    }

    @Test
    void xaes256gcmMatchesTheC2spTestVector() throws Exception {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 1);
        byte[] nonce = "ABCDEFGHIJKLMNOPQRSTUVWX".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] ct = io.github.flymachines.testing.internal.XaesVector.seal(key, nonce,
                "XAES-256-GCM".getBytes(java.nio.charset.StandardCharsets.US_ASCII), null);
        assertEquals("ce546ef63c9cc60765923609b33a9a1974e96e52daf2fcf7075e2271", HexFormat.of().formatHex(ct));
    }

    @Test
    void theSdkReadsEveryAnswer(FlyMachines client) {
        fly.fake().createApp("sk-sdk");
        SecretKeysClient keys = client.app("sk-sdk").secretKeys();
        for (SecretKeyType t : SecretKeyType.values()) {
            SecretKey k = keys.generate("k-" + t.value().replace("_", "-"), t);
            assertEquals(t, k.type());
            assertTrue(k.version() > 0);
        }
        assertEquals(SecretKeyType.values().size(), keys.list().size());
    }

    private static byte[] fixed(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
