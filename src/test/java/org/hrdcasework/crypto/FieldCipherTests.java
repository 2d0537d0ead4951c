package org.hrdcasework.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

    private static final FieldContext NAME_OF_A = new FieldContext("defender", "full_name", "a");

    private final FieldCipher cipher = new FieldCipher(randomKey());

    @Test
    void roundTripsUnicodeText() {
        String name = "Nguyễn Thị Ánh – محمد";
        assertThat(cipher.decrypt(cipher.encrypt(name, NAME_OF_A), NAME_OF_A)).isEqualTo(name);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null, NAME_OF_A)).isNull();
        assertThat(cipher.decrypt(null, NAME_OF_A)).isNull();
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeAndNeverInClear() {
        byte[] first = cipher.encrypt("Jane Doe", NAME_OF_A);
        byte[] second = cipher.encrypt("Jane Doe", NAME_OF_A);
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("Jane");
    }

    @Test
    void aValueMovedToAnotherRecordOrColumnDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt("Jane Doe", NAME_OF_A);
        assertThatThrownBy(() -> cipher.decrypt(sealed, new FieldContext("defender", "full_name", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("Jane");
        assertThatThrownBy(() -> cipher.decrypt(sealed, new FieldContext("defender", "contact", "a")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedValueDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt("Jane Doe", NAME_OF_A);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed, NAME_OF_A)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueWrittenUnderAnotherKeyIsRecognisedAsSuch() {
        byte[] sealed = new FieldCipher(randomKey()).encrypt("Jane Doe", NAME_OF_A);
        assertThatThrownBy(() -> cipher.decrypt(sealed, NAME_OF_A)).hasMessageContaining("another data key");
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> new FieldCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
