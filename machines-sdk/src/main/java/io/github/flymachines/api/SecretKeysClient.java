package io.github.flymachines.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.flymachines.RequestOptions;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.internal.api.ClientContext;
import io.github.flymachines.internal.api.Decoders;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.http.ApiRequest;
import io.github.flymachines.internal.util.Futures;
import io.github.flymachines.internal.util.Models;
import io.github.flymachines.internal.validate.SurfaceValidator;
import io.github.flymachines.model.Bytes;
import io.github.flymachines.model.SecretKey;
import io.github.flymachines.model.SecretKeyType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The secret keys of one app: {@code fly.app("my-app").secretKeys()}. Keys are generated or
 * stored in the API and used there: encrypt, decrypt, sign and verify send data to the key, the
 * private key never comes back. Byte values travel as base64 strings (the live API's encoding)
 * and are exposed as immutable {@link Bytes}, never printed.
 *
 * <p>Writes (set, generate, delete) return the app secrets version they produced and are
 * remembered like secret writes (see {@link SecretsClient#latestVersion()}). Reads can wait for a
 * version with {@link #atMinVersion(Long)}.
 *
 * <p>Every method has an {@code Async} twin; the blocking form throws the SDK's typed exceptions.
 */
public final class SecretKeysClient {
    private final ClientContext ctx;
    private final RequestOptions options;
    private final String app;
    private final Long minVersion;

    SecretKeysClient(ClientContext ctx, RequestOptions options, String app, Long minVersion) {
        this.ctx = ctx;
        this.options = options;
        this.app = app;
        this.minVersion = minVersion;
    }

    /**
     * Returns a view of this client with per-request options.
     *
     * @param value the options (unset values inherit)
     * @return the view
     */
    public SecretKeysClient withOptions(RequestOptions value) {
        return new SecretKeysClient(ctx, io.github.flymachines.internal.validate.Args.notNull(value, "options").orElse(options), app, minVersion);
    }

    /**
     * Returns a view whose reads and key operations (list, get, encrypt, decrypt, sign, verify)
     * send {@code min_version}, so they see at least that version of the app's secrets.
     *
     * @param version the version (for example {@code SecretsClient.latestVersion()}), or null for none
     * @return the view
     */
    public SecretKeysClient atMinVersion(Long version) {
        if (version != null && version < 0) {
            throw new FlyValidationException("min_version", "must not be negative, got " + version);
        }
        return new SecretKeysClient(ctx, options, app, version);
    }

    private ApiRequest.Builder key(Operation op, String name) {
        SurfaceValidator.keyName(name);
        return ApiRequest.builder(op).path("app_name", app).path("secret_name", name);
    }

    /**
     * Lists the keys (names, types, public keys).
     *
     * @return the keys
     */
    public List<SecretKey> list() {
        return Futures.join(listAsync());
    }

    /**
     * Lists the keys.
     *
     * @return the keys
     */
    public CompletableFuture<List<SecretKey>> listAsync() {
        return Requests.run(() -> ctx.send(ApiRequest.builder(Operation.SECRETKEYS_LIST).path("app_name", app)
                .query("min_version", minVersion).build(), Decoders.<KeyList>json(KeyList.class), options)
                .thenApply(KeyList::keys));
    }

    /**
     * Reads one key.
     *
     * @param name the key name
     * @return the key
     */
    public SecretKey get(String name) {
        return Futures.join(getAsync(name));
    }

    /**
     * Reads one key.
     *
     * @param name the key name
     * @return the key
     */
    public CompletableFuture<SecretKey> getAsync(String name) {
        return Requests.run(() -> ctx.send(key(Operation.SECRETKEY_GET, name).query("min_version", minVersion).build(),
                Decoders.<SecretKey>json(SecretKey.class), options));
    }

    /**
     * Stores a key you supply.
     *
     * @param name the key name
     * @param type the key type
     * @param value the key material (never printed or logged)
     * @return the key, with the version the write produced
     */
    public SecretKey set(String name, SecretKeyType type, Bytes value) {
        return Futures.join(setAsync(name, type, value));
    }

    /**
     * Stores a key you supply.
     *
     * @param name the key name
     * @param type the key type
     * @param value the key material (never printed or logged)
     * @return the key, with the version the write produced
     */
    public CompletableFuture<SecretKey> setAsync(String name, SecretKeyType type, Bytes value) {
        return Requests.run(() -> {
            requireType(type);
            if (value == null || value.isEmpty()) {
                throw new FlyValidationException("value", "is required (key material)");
            }
            return write(key(Operation.SECRETKEY_SET, name).body(new SetBody(type, value)).build());
        });
    }

    /**
     * Generates a new key in the API. Not retried after an ambiguous failure (a retry would
     * replace the key generated first).
     *
     * @param name the key name
     * @param type the key type
     * @return the key (with its public key for asymmetric types) and the version the write produced
     */
    public SecretKey generate(String name, SecretKeyType type) {
        return Futures.join(generateAsync(name, type));
    }

    /**
     * Generates a new key in the API.
     *
     * @param name the key name
     * @param type the key type
     * @return the key and the version the write produced
     */
    public CompletableFuture<SecretKey> generateAsync(String name, SecretKeyType type) {
        return Requests.run(() -> {
            requireType(type);
            return write(key(Operation.SECRETKEY_GENERATE, name).body(new SetBody(type, null)).build());
        });
    }

    private CompletableFuture<SecretKey> write(ApiRequest req) {
        return ctx.send(req, Decoders.<SecretKey>json(SecretKey.class), options).thenApply(k -> {
            if (k.version() != null) {
                ctx.rememberSecretsVersion(app, k.version());
            }
            return k;
        });
    }

    /**
     * Deletes a key.
     *
     * @param name the key name
     * @return the app secrets version the deletion produced
     */
    public long delete(String name) {
        return Futures.join(deleteAsync(name));
    }

    /**
     * Deletes a key.
     *
     * @param name the key name
     * @return the app secrets version the deletion produced
     */
    public CompletableFuture<Long> deleteAsync(String name) {
        return Requests.run(() -> ctx.send(key(Operation.SECRETKEY_DELETE, name).build(),
                SecretsClient.versioned(SecretsClient.VersionOnly.class), options).thenApply(v -> {
                    ctx.rememberSecretsVersion(app, v.version());
                    return v.version();
                }));
    }

    /**
     * Encrypts with a key ({@code xaes256gcm}, {@code nacl_secretbox}, {@code nacl_box}).
     *
     * @param name the key name
     * @param plaintext the data
     * @param associatedData authenticated but unencrypted data, or null
     * @return the ciphertext
     */
    public Bytes encrypt(String name, Bytes plaintext, Bytes associatedData) {
        return Futures.join(encryptAsync(name, plaintext, associatedData));
    }

    /**
     * Encrypts with a key.
     *
     * @param name the key name
     * @param plaintext the data
     * @param associatedData authenticated but unencrypted data, or null
     * @return the ciphertext
     */
    public CompletableFuture<Bytes> encryptAsync(String name, Bytes plaintext, Bytes associatedData) {
        return Requests.run(() -> {
            require("plaintext", plaintext);
            return bytes(atMinVersion(Operation.SECRETKEY_ENCRYPT, name, new EncryptBody(plaintext, associatedData)),
                    CiphertextBody.class);
        });
    }

    /**
     * Decrypts with a key.
     *
     * @param name the key name
     * @param ciphertext the ciphertext from {@link #encrypt}
     * @param associatedData the associated data given to encrypt, or null
     * @return the plaintext (never printed)
     * @throws io.github.flymachines.errors.BadRequestException when the ciphertext does not authenticate
     */
    public Bytes decrypt(String name, Bytes ciphertext, Bytes associatedData) {
        return Futures.join(decryptAsync(name, ciphertext, associatedData));
    }

    /**
     * Decrypts with a key.
     *
     * @param name the key name
     * @param ciphertext the ciphertext
     * @param associatedData the associated data given to encrypt, or null
     * @return the plaintext
     */
    public CompletableFuture<Bytes> decryptAsync(String name, Bytes ciphertext, Bytes associatedData) {
        return Requests.run(() -> {
            require("ciphertext", ciphertext);
            return bytes(atMinVersion(Operation.SECRETKEY_DECRYPT, name, new DecryptBody(ciphertext, associatedData)),
                    PlaintextBody.class);
        });
    }

    /**
     * Signs (or MACs) data with a key ({@code es256}, {@code hs*}, {@code nacl_sign}, {@code nacl_auth}).
     *
     * @param name the key name
     * @param plaintext the data
     * @return the signature
     */
    public Bytes sign(String name, Bytes plaintext) {
        return Futures.join(signAsync(name, plaintext));
    }

    /**
     * Signs data with a key.
     *
     * @param name the key name
     * @param plaintext the data
     * @return the signature
     */
    public CompletableFuture<Bytes> signAsync(String name, Bytes plaintext) {
        return Requests.run(() -> {
            require("plaintext", plaintext);
            return bytes(atMinVersion(Operation.SECRETKEY_SIGN, name, new SignBody(plaintext)), SignatureBody.class);
        });
    }

    /**
     * Verifies a signature. Returns normally when it is valid.
     *
     * @param name the key name
     * @param plaintext the signed data
     * @param signature the signature
     * @throws io.github.flymachines.errors.BadRequestException when the signature is not valid (the
     *         API answers 400)
     */
    public void verify(String name, Bytes plaintext, Bytes signature) {
        Futures.join(verifyAsync(name, plaintext, signature));
    }

    /**
     * Verifies a signature.
     *
     * @param name the key name
     * @param plaintext the signed data
     * @param signature the signature
     * @return completes normally when valid; fails with a BadRequestException when not
     */
    public CompletableFuture<Void> verifyAsync(String name, Bytes plaintext, Bytes signature) {
        return Requests.run(() -> {
            require("plaintext", plaintext);
            require("signature", signature);
            return ctx.send(atMinVersion(Operation.SECRETKEY_VERIFY, name, new VerifyBody(plaintext, signature)),
                    Decoders.none(), options);
        });
    }

    /** A request on the named key at this view's minimum version, carrying the body. */
    private ApiRequest atMinVersion(Operation op, String name, Object body) {
        return key(op, name).query("min_version", minVersion).body(body).build();
    }

    /** Sends a key operation whose answer is one byte field, and completes with that field. */
    private <T extends OneField> CompletableFuture<Bytes> bytes(ApiRequest request, Class<T> answer) {
        return ctx.send(request, field(answer), options).thenApply(OneField::value);
    }

    private static void requireType(SecretKeyType type) {
        if (type == null) {
            throw new FlyValidationException("type", "is required (e.g. SecretKeyType.HS256)");
        }
    }

    private static void require(String field, Bytes b) {
        if (b == null) {
            throw new FlyValidationException(field, "is required");
        }
    }

    private static <T extends OneField> io.github.flymachines.internal.call.Call.Decoder<T> field(Class<T> type) {
        return Decoders.jsonRequiring(type, t -> t.value() != null,
                "the answer lacks its " + type.getSimpleName() + " field");
    }

    interface OneField {
        Bytes value();
    }

    record KeyList(@JsonProperty("secret_keys") List<SecretKey> keys) {
        KeyList {
            keys = Models.list(keys);
        }
    }

    record SetBody(@JsonProperty("type") SecretKeyType type, @JsonProperty("value") Bytes value) {
    }

    record EncryptBody(@JsonProperty("plaintext") Bytes plaintext,
            @JsonProperty("associated_data") Bytes associatedData) {
    }

    record DecryptBody(@JsonProperty("ciphertext") Bytes ciphertext,
            @JsonProperty("associated_data") Bytes associatedData) {
    }

    record SignBody(@JsonProperty("plaintext") Bytes plaintext) {
    }

    record VerifyBody(@JsonProperty("plaintext") Bytes plaintext, @JsonProperty("signature") Bytes signature) {
    }

    record CiphertextBody(@JsonProperty("ciphertext") Bytes ciphertext) implements OneField {
        public Bytes value() {
            return ciphertext;
        }
    }

    record PlaintextBody(@JsonProperty("plaintext") Bytes plaintext) implements OneField {
        public Bytes value() {
            return plaintext;
        }
    }

    record SignatureBody(@JsonProperty("signature") Bytes signature) implements OneField {
        public Bytes value() {
            return signature;
        }
    }
}
