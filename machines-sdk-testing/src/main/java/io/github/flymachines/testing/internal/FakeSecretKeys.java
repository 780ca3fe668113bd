package io.github.flymachines.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys of every app ({@code /apps/{app}/secretkeys...}), with real cryptography from
 * the JDK. Each key type of fly-go's {@code secrets_types.go} maps to a JDK algorithm:
 *
 * <ul>
 *   <li>{@code hs256}, {@code hs384}, {@code hs512}: HMAC-SHA-256/384/512 (sign = MAC);</li>
 *   <li>{@code nacl_auth}: HMAC-SHA-512-256 (HMAC-SHA-512 cut to 32 bytes, NaCl's {@code crypto_auth});</li>
 *   <li>{@code nacl_sign}: Ed25519 (32-byte seed; the public key is the raw 32 bytes);</li>
 *   <li>{@code es256}: ECDSA P-256 with SHA-256, signatures as {@code r||s} (64 bytes, as in JWS);
 *       the public key is the uncompressed SEC1 point (65 bytes);</li>
 *   <li>{@code xaes256gcm}: XAES-256-GCM (C2SP), ciphertext {@code nonce(24) || AES-GCM};</li>
 *   <li>{@code nacl_secretbox}: ChaCha20-Poly1305, ciphertext {@code nonce(12) || ct || tag}
 *       (the JDK has no XSalsa20, so this is not byte-compatible with NaCl);</li>
 *   <li>{@code nacl_box}: an anonymous sealed box: ephemeral X25519, key = SHA-256(shared ||
 *       ephemeral public || recipient public), ChaCha20-Poly1305; ciphertext {@code epk(32) ||
 *       nonce(12) || ct || tag} (not byte-compatible with NaCl either).</li>
 * </ul>
 *
 * <p>Byte fields are read as base64 strings (the live API's Go {@code []byte}) or arrays of
 * integers (the spec's form) and answered as base64 strings. Writes bump the app's secrets
 * version, which every answer to a write carries as both {@code version} and the deprecated
 * {@code Version}. State is per app id (a re-created app starts empty) behind this object's lock;
 * the caller holds the app's lock for {@link Model.App#secretsVersion}.
 */
public final class FakeSecretKeys {
    /** The key types and what they can do. */
    private static final Set<String> SYMMETRIC_SIGN = Set.of("hs256", "hs384", "hs512", "nacl_auth");
    private static final Set<String> ASYMMETRIC_SIGN = Set.of("es256", "nacl_sign");
    private static final Set<String> ENCRYPT = Set.of("xaes256gcm", "nacl_secretbox", "nacl_box");
    private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] X25519_SPKI = HexFormat.of().parseHex("302a300506032b656e032100");

    private final Map<String, Map<String, Key>> byApp = new HashMap<>();
    private final SecureRandom random;

    /**
     * A stored key. The material is never printed.
     *
     * @param name the name
     * @param type the type
     * @param material the secret material (HMAC/AEAD key, Ed25519 seed, X25519 or P-256 scalar)
     * @param publicKey the public key bytes, or null for symmetric types
     * @param privateKey the JDK private key, or null for symmetric types
     * @param jdkPublicKey the JDK public key, or null for symmetric types
     * @param createdAt created
     * @param updatedAt updated
     */
    private record Key(String name, String type, byte[] material, byte[] publicKey, PrivateKey privateKey,
            PublicKey jdkPublicKey, Instant createdAt, Instant updatedAt) {
        @Override
        public String toString() {
            return "Key[" + name + ", " + type + "]";
        }
    }

    /**
     * Creates the store.
     *
     * @param seed seeds the random source (keys, nonces), so runs repeat
     */
    public FakeSecretKeys(long seed) {
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        random.setSeed(seed);
    }

    /** @return the key types the fake implements, in fly-go's order */
    public static List<String> types() {
        return List.of("es256", "hs256", "hs384", "hs512", "xaes256gcm", "nacl_auth", "nacl_box", "nacl_secretbox",
                "nacl_sign");
    }

    /**
     * Answers one {@code /apps/{app}/secretkeys...} request.
     *
     * @param r the request
     * @param s the path segments after {@code /v1/} ({@code apps, app, secretkeys[, name[, op]]})
     * @param a the app (its lock held by the caller)
     * @param now the fake clock's time
     * @return the answer
     */
    public synchronized FakeResponse handle(FakeRequest r, String[] s, Model.App a, Instant now) {
        Map<String, Key> keys = byApp.computeIfAbsent(a.id, x -> new TreeMap<>());
        String m = r.method();
        FakeResponse stale = minVersion(r, a);
        if (s.length == 3) {
            if (!m.equals("GET")) {
                return FakeResponse.error(404, "not found: " + m + " " + r.path());
            }
            if (stale != null) {
                return stale;
            }
            List<String> types = r.params("types");
            ObjectNode o = FakeJson.obj();
            ArrayNode list = o.putArray("secret_keys");
            for (Key k : keys.values()) {
                if (types.isEmpty() || types.contains(k.type())) {
                    list.add(json(k));
                }
            }
            return FakeResponse.json(200, o);
        }
        String name = s[3];
        String op = s.length == 5 ? s[4] : "";
        if (s.length > 5 || name.isEmpty()) {
            return FakeResponse.error(404, "not found: " + m + " " + r.path());
        }
        switch (op + " " + m) {
            case " GET": {
                if (stale != null) {
                    return stale;
                }
                Key k = keys.get(name);
                return k == null ? missing(name) : FakeResponse.json(200, json(k));
            }
            case " POST":
                return write(r, a, keys, name, now, false);
            case "generate POST":
                return write(r, a, keys, name, now, true);
            case " DELETE": {
                if (keys.remove(name) == null) {
                    return missing(name);
                }
                a.secretsVersion++;
                ObjectNode o = FakeJson.obj();
                o.put("Version", a.secretsVersion);
                o.put("version", a.secretsVersion);
                return FakeResponse.json(200, o);
            }
            case "encrypt POST":
            case "decrypt POST":
            case "sign POST":
            case "verify POST": {
                if (stale != null) {
                    return stale;
                }
                Key k = keys.get(name);
                if (k == null) {
                    return missing(name);
                }
                return use(op, k, FakeJson.parse(r.body()));
            }
            default:
                return FakeResponse.error(404, "not found: " + m + " " + r.path());
        }
    }

    private static FakeResponse minVersion(FakeRequest r, Model.App a) {
        String min = r.param("min_version");
        if (min == null || min.isEmpty()) {
            return null;
        }
        try {
            if (Long.parseLong(min) > a.secretsVersion) {
                return FakeResponse.error(400, "min_version " + min + " is newer than the app's secrets version "
                        + a.secretsVersion);
            }
            return null;
        } catch (NumberFormatException e) {
            return FakeResponse.error(400, "invalid min_version: " + min);
        }
    }

    private static FakeResponse missing(String name) {
        return FakeResponse.error(404, "secret key " + name + " not found");
    }

    private FakeResponse write(FakeRequest r, Model.App a, Map<String, Key> keys, String name, Instant now,
            boolean generate) {
        JsonNode b = FakeJson.parse(r.body());
        String type = b.path("type").asText("");
        if (!types().contains(type)) {
            return FakeResponse.error(400, "type must be one of " + String.join(", ", types()) + ", got '" + type + "'");
        }
        byte[] material;
        if (generate) {
            material = new byte[type.equals("hs384") ? 48 : type.equals("hs512") ? 64 : 32];
            random.nextBytes(material);
            if (type.equals("es256")) {
                material = es256Scalar();
            }
        } else {
            material = bytes(b, "value");
            if (material == null || material.length == 0) {
                return FakeResponse.error(400, "value is required");
            }
        }
        Key old = keys.get(name);
        Key k;
        try {
            k = build(name, type, material, old == null ? now : old.createdAt(), now);
        } catch (IllegalArgumentException e) {
            return FakeResponse.error(400, e.getMessage());
        }
        keys.put(name, k);
        a.secretsVersion++;
        ObjectNode o = json(k);
        o.put("Version", a.secretsVersion);
        o.put("version", a.secretsVersion);
        return FakeResponse.json(201, o);
    }

    private Key build(String name, String type, byte[] material, Instant created, Instant now) {
        try {
            switch (type) {
                case "hs256":
                case "hs384":
                case "hs512":
                    return new Key(name, type, material.clone(), null, null, null, created, now);
                case "nacl_auth":
                case "xaes256gcm":
                case "nacl_secretbox":
                    if (material.length != 32) {
                        throw new IllegalArgumentException(type + " keys are 32 bytes, got " + material.length);
                    }
                    return new Key(name, type, material.clone(), null, null, null, created, now);
                case "nacl_sign": {
                    if (material.length != 32 && material.length != 64) {
                        throw new IllegalArgumentException("nacl_sign keys are a 32-byte seed (or 64 bytes seed||public), got "
                                + material.length);
                    }
                    byte[] seed = Arrays.copyOf(material, 32);
                    KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
                    g.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
                    KeyPair kp = g.generateKeyPair();
                    byte[] pub = tail(kp.getPublic().getEncoded(), 32);
                    return new Key(name, type, seed, pub, kp.getPrivate(), kp.getPublic(), created, now);
                }
                case "nacl_box": {
                    if (material.length != 32) {
                        throw new IllegalArgumentException("nacl_box keys are 32 bytes, got " + material.length);
                    }
                    KeyFactory f = KeyFactory.getInstance("XDH");
                    PrivateKey priv = f.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, material.clone()));
                    KeyAgreement ka = KeyAgreement.getInstance("X25519");
                    ka.init(priv);
                    ka.doPhase(f.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BigInteger.valueOf(9))),
                            true);
                    byte[] pub = ka.generateSecret();
                    return new Key(name, type, material.clone(), pub, priv, x25519(pub), created, now);
                }
                case "es256": {
                    if (material.length != 32) {
                        throw new IllegalArgumentException("es256 keys are a 32-byte P-256 scalar, got " + material.length);
                    }
                    ECParameterSpec p = p256();
                    BigInteger d = new BigInteger(1, material);
                    if (d.signum() == 0 || d.compareTo(p.getOrder()) >= 0) {
                        throw new IllegalArgumentException("es256 scalar out of range");
                    }
                    ECPoint w = multiply(p, d);
                    KeyFactory f = KeyFactory.getInstance("EC");
                    PrivateKey priv = f.generatePrivate(new ECPrivateKeySpec(d, p));
                    PublicKey pub = f.generatePublic(new ECPublicKeySpec(w, p));
                    return new Key(name, type, material.clone(), sec1(w), priv, pub, created, now);
                }
                default:
                    throw new IllegalArgumentException("unknown key type " + type);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid " + type + " key material");
        }
    }

    private byte[] es256Scalar() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair kp = g.generateKeyPair();
            byte[] d = ((ECPrivateKey) kp.getPrivate()).getS().toByteArray();
            byte[] out = new byte[32];
            int n = Math.min(32, d.length);
            System.arraycopy(d, d.length - n, out, 32 - n, n);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private FakeResponse use(String op, Key k, JsonNode b) {
        byte[] plaintext = bytes(b, "plaintext");
        byte[] ad = bytes(b, "associated_data");
        try {
            switch (op) {
                case "encrypt": {
                    if (!ENCRYPT.contains(k.type())) {
                        return wrongType(k, op);
                    }
                    if (plaintext == null) {
                        return FakeResponse.error(400, "plaintext is required");
                    }
                    return FakeResponse.json(200, FakeJson.obj().put("ciphertext", b64(encrypt(k, plaintext, ad))));
                }
                case "decrypt": {
                    if (!ENCRYPT.contains(k.type())) {
                        return wrongType(k, op);
                    }
                    byte[] ct = bytes(b, "ciphertext");
                    if (ct == null) {
                        return FakeResponse.error(400, "ciphertext is required");
                    }
                    byte[] pt = decrypt(k, ct, ad);
                    if (pt == null) {
                        return FakeResponse.error(400, "decryption failed: message authentication failed");
                    }
                    return FakeResponse.json(200, FakeJson.obj().put("plaintext", b64(pt)));
                }
                case "sign": {
                    if (!SYMMETRIC_SIGN.contains(k.type()) && !ASYMMETRIC_SIGN.contains(k.type())) {
                        return wrongType(k, op);
                    }
                    if (plaintext == null) {
                        return FakeResponse.error(400, "plaintext is required");
                    }
                    return FakeResponse.json(200, FakeJson.obj().put("signature", b64(sign(k, plaintext))));
                }
                default: { // verify
                    if (!SYMMETRIC_SIGN.contains(k.type()) && !ASYMMETRIC_SIGN.contains(k.type())) {
                        return wrongType(k, op);
                    }
                    byte[] sig = bytes(b, "signature");
                    if (plaintext == null || sig == null) {
                        return FakeResponse.error(400, "plaintext and signature are required");
                    }
                    return verify(k, plaintext, sig) ? FakeResponse.empty(204)
                            : FakeResponse.error(400, "signature verification failed");
                }
            }
        } catch (IllegalArgumentException e) {
            return FakeResponse.error(400, e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK refused a " + k.type() + " operation", e);
        }
    }

    private static FakeResponse wrongType(Key k, String op) {
        return FakeResponse.error(400, "cannot " + op + " with a key of type " + k.type());
    }

    // ------------------------------------------------------------------ crypto

    private byte[] sign(Key k, byte[] data) throws GeneralSecurityException {
        switch (k.type()) {
            case "hs256":
                return hmac("HmacSHA256", k.material(), data);
            case "hs384":
                return hmac("HmacSHA384", k.material(), data);
            case "hs512":
                return hmac("HmacSHA512", k.material(), data);
            case "nacl_auth":
                return Arrays.copyOf(hmac("HmacSHA512", k.material(), data), 32);
            case "nacl_sign": {
                Signature s = Signature.getInstance("Ed25519");
                s.initSign(k.privateKey());
                s.update(data);
                return s.sign();
            }
            default: { // es256
                Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
                s.initSign(k.privateKey(), random);
                s.update(data);
                return s.sign();
            }
        }
    }

    private boolean verify(Key k, byte[] data, byte[] sig) throws GeneralSecurityException {
        if (SYMMETRIC_SIGN.contains(k.type())) {
            return MessageDigest.isEqual(sign(k, data), sig);
        }
        Signature s = Signature.getInstance(k.type().equals("nacl_sign") ? "Ed25519" : "SHA256withECDSAinP1363Format");
        s.initVerify(k.jdkPublicKey());
        s.update(data);
        try {
            return s.verify(sig);
        } catch (java.security.SignatureException e) {
            return false; // malformed signature bytes
        }
    }

    private byte[] encrypt(Key k, byte[] pt, byte[] ad) throws GeneralSecurityException {
        switch (k.type()) {
            case "xaes256gcm": {
                byte[] nonce = new byte[24];
                random.nextBytes(nonce);
                return concat(nonce, xaes(Cipher.ENCRYPT_MODE, k.material(), nonce, pt, ad));
            }
            case "nacl_secretbox": {
                byte[] nonce = new byte[12];
                random.nextBytes(nonce);
                return concat(nonce, chacha(Cipher.ENCRYPT_MODE, k.material(), nonce, pt, ad));
            }
            default: { // nacl_box, sealed to the key's public key
                KeyPairGenerator g = KeyPairGenerator.getInstance("X25519");
                g.initialize(NamedParameterSpec.X25519, random);
                KeyPair eph = g.generateKeyPair();
                byte[] epk = tail(eph.getPublic().getEncoded(), 32);
                byte[] key = boxKey(eph.getPrivate(), k.jdkPublicKey(), epk, k.publicKey());
                byte[] nonce = new byte[12];
                random.nextBytes(nonce);
                return concat(concat(epk, nonce), chacha(Cipher.ENCRYPT_MODE, key, nonce, pt, ad));
            }
        }
    }

    private byte[] decrypt(Key k, byte[] ct, byte[] ad) throws GeneralSecurityException {
        try {
            switch (k.type()) {
                case "xaes256gcm":
                    if (ct.length < 24 + 16) {
                        return null;
                    }
                    return xaes(Cipher.DECRYPT_MODE, k.material(), Arrays.copyOf(ct, 24),
                            Arrays.copyOfRange(ct, 24, ct.length), ad);
                case "nacl_secretbox":
                    if (ct.length < 12 + 16) {
                        return null;
                    }
                    return chacha(Cipher.DECRYPT_MODE, k.material(), Arrays.copyOf(ct, 12),
                            Arrays.copyOfRange(ct, 12, ct.length), ad);
                default: {
                    if (ct.length < 32 + 12 + 16) {
                        return null;
                    }
                    byte[] epk = Arrays.copyOf(ct, 32);
                    byte[] key = boxKey(k.privateKey(), x25519(epk), epk, k.publicKey());
                    return chacha(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(ct, 32, 44),
                            Arrays.copyOfRange(ct, 44, ct.length), ad);
                }
            }
        } catch (javax.crypto.AEADBadTagException | java.security.InvalidKeyException e) {
            return null;
        }
    }

    private static byte[] boxKey(PrivateKey priv, PublicKey pub, byte[] epk, byte[] recipient)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(priv);
        ka.doPhase(pub, true);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(ka.generateSecret());
        sha.update(epk);
        sha.update(recipient);
        return sha.digest();
    }

    private static PublicKey x25519(byte[] raw) throws GeneralSecurityException {
        return KeyFactory.getInstance("XDH").generatePublic(new X509EncodedKeySpec(concat(X25519_SPKI, raw)));
    }

    /**
     * XAES-256-GCM (C2SP): derives a per-nonce AES-256 key from the first 12 nonce bytes with the
     * NIST SP 800-108 counter KDF over AES-CMAC, then AES-256-GCM with the last 12 bytes.
     */
    static byte[] xaes(int mode, byte[] key, byte[] nonce24, byte[] data, byte[] ad) throws GeneralSecurityException {
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        byte[] l = ecb.doFinal(new byte[16]);
        byte[] k1 = new byte[16];
        int carry = 0;
        for (int i = 15; i >= 0; i--) {
            int v = (l[i] & 0xff) << 1 | carry;
            k1[i] = (byte) v;
            carry = (l[i] & 0x80) != 0 ? 1 : 0;
        }
        if ((l[0] & 0x80) != 0) {
            k1[15] ^= (byte) 0x87;
        }
        byte[] derived = new byte[32];
        for (int block = 0; block < 2; block++) {
            byte[] msg = new byte[16];
            msg[0] = 0;
            msg[1] = (byte) (block + 1);
            msg[2] = 'X';
            msg[3] = 0;
            System.arraycopy(nonce24, 0, msg, 4, 12);
            for (int i = 0; i < 16; i++) {
                msg[i] ^= k1[i];
            }
            System.arraycopy(ecb.doFinal(msg), 0, derived, block * 16, 16);
        }
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, nonce24, 12, 12));
        if (ad != null && ad.length > 0) {
            gcm.updateAAD(ad);
        }
        return gcm.doFinal(data);
    }

    private static byte[] chacha(int mode, byte[] key, byte[] nonce, byte[] data, byte[] ad)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        if (ad != null && ad.length > 0) {
            c.updateAAD(ad);
        }
        return c.doFinal(data);
    }

    private static byte[] hmac(String alg, byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(alg);
        mac.init(new SecretKeySpec(key, alg));
        return mac.doFinal(data);
    }

    private static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters ap = AlgorithmParameters.getInstance("EC");
        ap.init(new ECGenParameterSpec("secp256r1"));
        return ap.getParameterSpec(ECParameterSpec.class);
    }

    /** Affine double-and-add: the public point d·G (the JDK has no public API for it). */
    private static ECPoint multiply(ECParameterSpec spec, BigInteger d) {
        BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
        BigInteger a = spec.getCurve().getA();
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = spec.getGenerator();
        for (int i = 0; i < d.bitLength(); i++) {
            if (d.testBit(i)) {
                result = add(result, addend, p, a);
            }
            addend = add(addend, addend, p, a);
        }
        return result;
    }

    private static ECPoint add(ECPoint u, ECPoint v, BigInteger p, BigInteger a) {
        if (u.equals(ECPoint.POINT_INFINITY)) {
            return v;
        }
        if (v.equals(ECPoint.POINT_INFINITY)) {
            return u;
        }
        BigInteger x1 = u.getAffineX();
        BigInteger y1 = u.getAffineY();
        BigInteger x2 = v.getAffineX();
        BigInteger y2 = v.getAffineY();
        BigInteger lambda;
        if (x1.equals(x2)) {
            if (y1.add(y2).mod(p).signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }

    private static byte[] sec1(ECPoint w) {
        byte[] out = new byte[65];
        out[0] = 4;
        fixed(w.getAffineX(), out, 1);
        fixed(w.getAffineY(), out, 33);
        return out;
    }

    private static void fixed(BigInteger v, byte[] out, int at) {
        byte[] b = v.toByteArray();
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, at + 32 - n, n);
    }

    // ------------------------------------------------------------------ wire

    private static ObjectNode json(Key k) {
        ObjectNode o = FakeJson.obj();
        o.put("name", k.name());
        o.put("type", k.type());
        if (k.publicKey() != null) {
            o.put("public_key", b64(k.publicKey()));
        }
        o.put("created_at", k.createdAt().toString());
        o.put("updated_at", k.updatedAt().toString());
        return o;
    }

    /**
     * Reads a byte field: a base64 string (the live API) or an array of integers 0..255 (the spec).
     *
     * @param b the body
     * @param field the field
     * @return the bytes, or null when absent
     * @throws FakeJson.BadRequest when the field is neither
     */
    static byte[] bytes(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            try {
                return Base64.getDecoder().decode(n.asText());
            } catch (IllegalArgumentException e) {
                throw new FakeJson.BadRequest(field + " is not base64");
            }
        }
        if (n.isArray()) {
            byte[] out = new byte[n.size()];
            for (int i = 0; i < n.size(); i++) {
                int v = n.get(i).asInt(-1);
                if (!n.get(i).isIntegralNumber() || v < 0 || v > 255) {
                    throw new FakeJson.BadRequest(field + " must hold bytes 0..255");
                }
                out[i] = (byte) v;
            }
            return out;
        }
        throw new FakeJson.BadRequest(field + " must be a base64 string or an array of bytes");
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] tail(byte[] b, int n) {
        return Arrays.copyOfRange(b, b.length - n, b.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Hands a fixed seed to a JDK key generator (Ed25519 reads exactly 32 bytes). */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }

    @Override
    public String toString() {
        return "FakeSecretKeys"; // key material is never printed
    }
}
