package org.hrdcasework.crypto;

import java.util.EnumMap;
import java.util.Map;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-encrypts every encrypted value under the current data key, in one transaction. Run as a
 * command: start the app with the new key in {@code HRD_DATA_KEY}, the old one in
 * {@code HRD_PREVIOUS_DATA_KEYS} and {@code HRD_ROTATE_DATA_KEY_AND_EXIT=true}; it rotates and exits.
 */
@Service
public class KeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final KeyRotationMapper mapper;
    private final FieldCipher cipher;
    private final AuditLog auditLog;
    private final ApplicationContext context;

    KeyRotation(KeyRotationMapper mapper, FieldCipher cipher, AuditLog auditLog, ApplicationContext context) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.context = context;
    }

    /** Returns, per column, how many values were re-encrypted. */
    @Transactional
    public Map<EncryptedColumn, Integer> reencryptAll() {
        Map<EncryptedColumn, Integer> counts = new EnumMap<>(EncryptedColumn.class);
        for (EncryptedColumn column : EncryptedColumn.values()) {
            int count = 0;
            for (KeyRotationMapper.StoredValue stored : mapper.findAll(column)) {
                if (!cipher.isCurrent(stored.value())) {
                    FieldContext fieldContext = column.context(stored.id().toString());
                    mapper.update(column, stored.id(), cipher.encrypt(cipher.decrypt(stored.value(), fieldContext), fieldContext));
                    count++;
                }
            }
            counts.put(column, count);
        }
        auditLog.record("key-rotation", AuditEventType.DATA_KEY_ROTATED, null, null, "re-encrypted " + counts);
        return counts;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean rotate = Binder.get(context.getEnvironment()).bind("hrd.crypto.rotate-and-exit", Boolean.class).orElse(false);
        if (rotate) {
            Map<EncryptedColumn, Integer> counts = reencryptAll();
            log.info("Data key rotation finished: re-encrypted {}", counts);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
