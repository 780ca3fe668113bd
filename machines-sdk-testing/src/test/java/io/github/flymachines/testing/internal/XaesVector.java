package io.github.flymachines.testing.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;

/** Test access to the fake's XAES-256-GCM, for the published test vector. */
public final class XaesVector {
    private XaesVector() {
    }

    /**
     * Seals like the fake's xaes256gcm keys, without the nonce prefix.
     *
     * @param key the 32-byte key
     * @param nonce the 24-byte nonce
     * @param plaintext the plaintext
     * @param ad the associated data, or null
     * @return ciphertext || tag
     * @throws GeneralSecurityException never with valid sizes
     */
    public static byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] ad) throws GeneralSecurityException {
        return FakeSecretKeys.xaes(Cipher.ENCRYPT_MODE, key, nonce, plaintext, ad);
    }
}
