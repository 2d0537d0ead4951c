package org.hrdcasework.defenders;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hrdcasework.crypto.FieldCipher;
import org.hrdcasework.crypto.FieldContext;
import org.hrdcasework.system.database.CounterMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps defender identities: encrypted at rest, referred to everywhere else by a code name
 * such as {@code HRD-ALPHA-0042}.
 */
@Service
public class DefenderService {

    static final String TABLE = "defender";

    private final DefenderMapper defenderMapper;
    private final CounterMapper counterMapper;
    private final FieldCipher cipher;
    private final Clock clock;

    DefenderService(DefenderMapper defenderMapper, CounterMapper counterMapper, FieldCipher cipher, Clock clock) {
        this.defenderMapper = defenderMapper;
        this.counterMapper = counterMapper;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Records a defender of {@code missionId}; must join the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Pseudonym register(String missionId, String fullName, String contact, String registeredBy) {
        UUID id = UUID.randomUUID();
        long number = counterMapper.next("defender:" + missionId);
        String codeName = "HRD-%s-%04d".formatted(Missions.code(missionId), number);
        defenderMapper.insert(new DefenderRecord(id, missionId, codeName,
                cipher.encrypt(fullName, new FieldContext(TABLE, "full_name", id.toString())),
                cipher.encrypt(contact, new FieldContext(TABLE, "contact", id.toString())),
                OffsetDateTime.now(clock), registeredBy));
        return new Pseudonym(id, codeName);
    }

    /** The id and code name of a defender: all that leaves this package. */
    public record Pseudonym(UUID id, String codeName) {
    }
}
