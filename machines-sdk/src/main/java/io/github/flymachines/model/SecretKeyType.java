package io.github.flymachines.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.flymachines.internal.util.EnumRegistry;
import java.util.List;

/**
 * The type of an app secret key: signing, MAC, encryption or NaCl box/secretbox keys.
 *
 * <p>An open enumeration: values the SDK does not know parse without error and are written back
 * unchanged.
 */
public final class SecretKeyType extends OpenEnum {
    private static final EnumRegistry<SecretKeyType> R = new EnumRegistry<>(SecretKeyType::new);

    /** ECDSA P-256 signing key (sign, verify; has a public key). */
    public static final SecretKeyType ES256 = R.known("es256");
    /** HMAC-SHA256 key (sign, verify). */
    public static final SecretKeyType HS256 = R.known("hs256");
    /** HMAC-SHA384 key (sign, verify). */
    public static final SecretKeyType HS384 = R.known("hs384");
    /** HMAC-SHA512 key (sign, verify). */
    public static final SecretKeyType HS512 = R.known("hs512");
    /** XAES-256-GCM encryption key (encrypt, decrypt). */
    public static final SecretKeyType XAES256GCM = R.known("xaes256gcm");
    /** NaCl auth key (sign, verify). */
    public static final SecretKeyType NACL_AUTH = R.known("nacl_auth");
    /** NaCl box key pair (encrypt, decrypt; has a public key). */
    public static final SecretKeyType NACL_BOX = R.known("nacl_box");
    /** NaCl secretbox key (encrypt, decrypt). */
    public static final SecretKeyType NACL_SECRETBOX = R.known("nacl_secretbox");
    /** NaCl signing key pair (sign, verify; has a public key). */
    public static final SecretKeyType NACL_SIGN = R.known("nacl_sign");

    private SecretKeyType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the value for a wire string, known or not.
     *
     * @param value the raw string
     * @return the matching constant, or a new unknown value
     */
    @JsonCreator
    public static SecretKeyType of(String value) {
        return R.of(value);
    }

    /**
     * Returns the documented constants.
     *
     * @return the constants in declaration order
     */
    public static List<SecretKeyType> values() {
        return R.values();
    }
}
