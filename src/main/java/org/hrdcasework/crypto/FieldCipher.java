package org.hrdcasework.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption (AES-256-GCM) of single fields: defender identities and threat
 * narratives. Each value gets a fresh random nonce, and the ciphertext is bound to its place
 * (table, column, record id) as associated data, so a value copied into another row or column
 * fails to decrypt. Layout: version (1 byte) | key id (4 bytes) | nonce (12) | ciphertext+tag.
 */
public final class FieldCipher {

    private static final byte FORMAT_VERSION = 1;
    private static final int KEY_ID_LENGTH = 4;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_LENGTH = 1 + KEY_ID_LENGTH + NONCE_LENGTH;

    private final SecretKey key;
    private final byte[] keyId;
    /** Earlier keys, still able to decrypt until a rotation has re-encrypted everything. */
    private final List<FieldCipher> previous;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(byte[] rawKey) {
        this(rawKey, List.of());
    }

    public FieldCipher(byte[] rawKey, List<byte[]> previousKeys) {
        if (rawKey == null || rawKey.length != 32) {
            throw new IllegalArgumentException("The data key must be 256 bits (32 bytes)");
        }
        this.key = new SecretKeySpec(rawKey.clone(), "AES");
        this.keyId = Arrays.copyOf(sha256(rawKey), KEY_ID_LENGTH);
        this.previous = previousKeys.stream().map(FieldCipher::new).toList();
    }

    /** True if {@code stored} was written under the current key. */
    public boolean isCurrent(byte[] stored) {
        return stored != null && stored.length > HEADER_LENGTH
                && MessageDigest.isEqual(keyId, Arrays.copyOfRange(stored, 1, 1 + KEY_ID_LENGTH));
    }

    /** Encrypts {@code plaintext}; {@code null} stays {@code null}. */
    public byte[] encrypt(String plaintext, FieldContext context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.associatedData());
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(HEADER_LENGTH + sealed.length)
                    .put(FORMAT_VERSION).put(keyId).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Field encryption failed", e);
        }
    }

    /** Decrypts a value written by {@link #encrypt}; fails if it was altered, moved or written under another key. */
    public String decrypt(byte[] stored, FieldContext context) {
        if (stored == null) {
            return null;
        }
        if (stored.length <= HEADER_LENGTH || stored[0] != FORMAT_VERSION) {
            throw new IllegalStateException("Encrypted field " + context + " has an unknown format");
        }
        if (!isCurrent(stored)) {
            return previous.stream().filter(p -> p.isCurrent(stored)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Encrypted field " + context
                            + " was written under another data key"))
                    .decrypt(stored, context);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, stored, 1 + KEY_ID_LENGTH, NONCE_LENGTH));
            cipher.updateAAD(context.associatedData());
            byte[] plain = cipher.doFinal(stored, HEADER_LENGTH, stored.length - HEADER_LENGTH);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Never include the value or key material in the message.
            throw new IllegalStateException("Encrypted field " + context + " failed authentication");
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
