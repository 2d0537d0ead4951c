package org.hrdcasework.defenders;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.crypto.FieldCipher;
import org.hrdcasework.crypto.FieldContext;
import org.hrdcasework.system.database.CounterMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity vault: defender identities encrypted field by field, referred to everywhere else
 * by a code name such as {@code HRD-ALPHA-0042}. Reading an identity is for the reveal flow only.
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

    /** What identifies a defender. Never logged, never a process variable. */
    public record Identity(String fullName, String contact, String organisation, String location,
                           String photoReference, String family) {

        @Override
        public String toString() {
            return "Identity[<redacted>]";
        }
    }

    /** Records a defender of {@code missionId}; must join the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Pseudonym register(String missionId, Identity identity, String registeredBy) {
        UUID id = UUID.randomUUID();
        long number = counterMapper.next("defender:" + missionId);
        String codeName = "HRD-%s-%04d".formatted(Missions.code(missionId), number);
        defenderMapper.insert(new DefenderRecord(id, missionId, codeName,
                seal(identity.fullName(), "full_name", id), seal(identity.contact(), "contact", id),
                seal(identity.organisation(), "organisation", id), seal(identity.location(), "location", id),
                seal(identity.photoReference(), "photo_reference", id), seal(identity.family(), "family", id),
                OffsetDateTime.now(clock), registeredBy, null));
        return new Pseudonym(id, codeName);
    }

    /** The identity, decrypted; empty fields once erased by retention. Callers check need-to-know and audit. */
    @Transactional(readOnly = true)
    public Revealed reveal(UUID defenderId) {
        DefenderRecord d = defenderMapper.findById(defenderId)
                .orElseThrow(() -> new IllegalStateException("Defender " + defenderId + " does not exist"));
        return new Revealed(d.codeName(), new Identity(open(d.fullNameEnc(), "full_name", d.id()),
                open(d.contactEnc(), "contact", d.id()), open(d.organisationEnc(), "organisation", d.id()),
                open(d.locationEnc(), "location", d.id()), open(d.photoReferenceEnc(), "photo_reference", d.id()),
                open(d.familyEnc(), "family", d.id())), d.identityErasedAt());
    }

    /**
     * Refuses text that is about to leave the mission (reports to headquarters, notes shared with
     * partner missions) when it contains the defender's name or contact: such texts use the code name.
     */
    @Transactional(readOnly = true)
    public void requirePseudonymous(UUID caseId, String field, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        defenderMapper.findByCaseId(caseId).ifPresent(d -> requireNotNaming(d, field, text));
    }

    /**
     * Refuses text about the mission's work in general (a mission report, a briefing note) that
     * names any of the mission's defenders or gives their contact.
     */
    @Transactional(readOnly = true)
    public void requirePseudonymousInMission(String missionId, String field, String text) {
        if (text == null || text.isBlank() || missionId == null) {
            return;
        }
        defenderMapper.findIdentifiedByMission(missionId).forEach(d -> requireNotNaming(d, field, text));
    }

    /** The same answer whichever defender the text names. */
    public static final String MUST_NOT_NAME = "must not name a defender or give their contact; use the case's code name";

    private void requireNotNaming(DefenderRecord d, String field, String text) {
        if (d.fullNameEnc() == null) {
            return;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String identifying : new String[] {open(d.fullNameEnc(), "full_name", d.id()),
                d.contactEnc() == null ? null : open(d.contactEnc(), "contact", d.id())}) {
            if (identifying != null && identifying.trim().length() >= 3
                    && lower.contains(identifying.trim().toLowerCase(java.util.Locale.ROOT))) {
                // Neither the code name nor the matched text: the answer must not confirm whom a guessed name belongs to.
                throw new org.hrdcasework.system.web.InvalidInputException(field, MUST_NOT_NAME);
            }
        }
    }

    /** Defenders whose cases have all been closed since before {@code closedBefore}. */
    @Transactional(readOnly = true)
    public List<UUID> erasable(OffsetDateTime closedBefore) {
        return defenderMapper.findErasable(closedBefore);
    }

    /** Erases the identity and the narratives about the defender; the code name and case structure stay. */
    @Transactional
    public boolean erase(UUID defenderId) {
        boolean erased = defenderMapper.eraseIdentity(defenderId, OffsetDateTime.now(clock)) > 0;
        if (erased) {
            defenderMapper.eraseNarratives(defenderId);
            defenderMapper.eraseFurtherReports(defenderId);
            defenderMapper.eraseTaskNotes(defenderId);
            defenderMapper.eraseSharedSummaries(defenderId);
            defenderMapper.eraseUnSubmissions(defenderId);
        }
        return erased;
    }

    private byte[] seal(String value, String column, UUID id) {
        return value == null || value.isBlank() ? null : cipher.encrypt(value, new FieldContext(TABLE, column, id.toString()));
    }

    private String open(byte[] value, String column, UUID id) {
        return cipher.decrypt(value, new FieldContext(TABLE, column, id.toString()));
    }

    /** The id and code name of a defender: all that leaves this package in normal use. */
    public record Pseudonym(UUID id, String codeName) {
    }

    /** A revealed identity with its code name; {@code erasedAt} is set when retention erased it. */
    public record Revealed(String codeName, Identity identity, OffsetDateTime erasedAt) {
    }
}
