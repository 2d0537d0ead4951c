package org.hrdcasework.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.CaseworkIntegrationTest;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.ThreatType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Key rotation re-encrypts every encrypted value under the new key (and back, to leave the shared database as found). */
@CaseworkIntegrationTest
class KeyRotationTests {

    @Autowired
    KeyRotationMapper mapper;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseDriver driver;

    @Test
    void everyEncryptedValueIsReencryptedUnderTheNewKey() throws Exception {
        String reference = driver.fileReport(ThreatType.ARREST).getBusinessKey();
        byte[] oldKey = Base64.getDecoder().decode(Files.readString(Path.of("target/test-data/demo-data.key")).trim());
        byte[] newKey = new byte[32];
        new SecureRandom().nextBytes(newKey);
        UUID defenderId = jdbc.queryForObject("SELECT defender_id FROM casework.case_file WHERE reference = ?", UUID.class, reference);
        FieldContext name = new FieldContext("defender", "full_name", defenderId.toString());

        Map<EncryptedColumn, Integer> counts = new KeyRotation(mapper, new FieldCipher(newKey, List.of(oldKey)), auditLog, context)
                .reencryptAll();
        try {
            assertThat(counts.get(EncryptedColumn.DEFENDER_FULL_NAME)).isPositive();
            byte[] stored = storedName(defenderId);
            assertThat(new FieldCipher(newKey).decrypt(stored, name)).isEqualTo("Test Person");
            assertThatThrownBy(() -> new FieldCipher(oldKey).decrypt(stored, name)).hasMessageContaining("another data key");
            for (EncryptedColumn column : EncryptedColumn.values()) {
                assertThat(mapper.findAll(column)).as(column.name()).allMatch(v -> new FieldCipher(newKey).isCurrent(v.value()));
            }
        } finally {
            new KeyRotation(mapper, new FieldCipher(oldKey, List.of(newKey)), auditLog, context).reencryptAll();
        }
        assertThat(new FieldCipher(oldKey).decrypt(storedName(defenderId), name)).isEqualTo("Test Person");
    }

    private byte[] storedName(UUID defenderId) {
        return jdbc.queryForObject("SELECT full_name_enc FROM casework.defender WHERE id = ?", byte[].class, defenderId);
    }
}
