package org.hrdcasework.relationships;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.risk.UrgencyTierChanged;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.system.engine.Cadences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mission's standing relationships with defenders: a liaison officer (and deputy) per
 * defender, contact at a cadence set by the defender's current risk tier, periodic
 * digital-security checks and referrals. Identities stay in the defender vault; this holds ids,
 * dates, enums and yes/no answers only.
 */
@Service
public class RelationshipService {

    /** Duty reference kind: ALPHA-REL-0001. */
    static final String KIND = "REL";
    static final int MAX_USER_ID = 255;
    /** The yes/no questions of the digital-security checklist (forms/CheckDigitalSecurity); any "no" is a finding. */
    static final List<String> CHECKLIST = List.of("devicesUpdated", "encryptedMessaging", "twoFactorEnabled",
            "backupsKept", "phishingTrained", "noSuspectedCompromise");

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-" + KIND + "-\\d{4,6}");
    private static final TypeReference<LinkedHashMap<String, Boolean>> CHECKLIST_JSON = new TypeReference<>() {
    };
    /** Who may read relationships of their missions (headquarters included, read-only). */
    private static final List<String> MAY_READ = Roles.MAY_REVEAL_IDENTITY;
    /** The mission's own staff: may open and end relationships and read their notes. */
    private static final List<String> MISSION_STAFF = Roles.MAY_FILE_REPORTS;
    private static final Logger log = LoggerFactory.getLogger(RelationshipService.class);

    private final RelationshipMapper mapper;
    private final RelationshipEngine engine;
    private final DutyReferences dutyReferences;
    private final TaskRecordService taskRecordService;
    private final ObjectMapper json;
    private final Clock clock;
    private final CaseScope cases;
    private final Cadences cadences;

    RelationshipService(RelationshipMapper mapper, RelationshipEngine engine, DutyReferences dutyReferences,
                        TaskRecordService taskRecordService, ObjectMapper json, Clock clock, CaseScope cases,
                        Cadences cadences) {
        this.cases = cases;
        this.cadences = cadences;
        this.mapper = mapper;
        this.engine = engine;
        this.dutyReferences = dutyReferences;
        this.taskRecordService = taskRecordService;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A reassessment changed a case's tier: the contact and check dates of the defender's active
     * relationship are computed again at once, so that a defender now at higher risk is not left
     * waiting for the date the old cadence gave; open contact tasks escalate by the new tier.
     */
    @EventListener
    @Transactional
    public void onUrgencyTierChanged(UrgencyTierChanged change) {
        mapper.findActiveOfCase(change.caseId())
                .ifPresent(r -> engine.cadenceChanged(r.reference(), r.missionId(), currentTier(r.defenderId())));
    }

    /** Body of {@code POST /api/relationships}. */
    public record NewRelationship(String caseReference, String liaisonOfficer, String deputyOfficer) {
    }

    /** What {@code POST /api/relationships} answers. */
    public record Created(String reference, LocalDate nextContactDue) {
    }

    /** What the schedule steps decided: the tier read now and the date the next contact or check is due. */
    public record Schedule(int tier, LocalDate due) {
    }

    /** A stored digital-security check and whether it found a problem. */
    public record CheckResult(UUID checkId, boolean finding) {
    }

    /**
     * Opens a relationship with the defender of a case of the caller's mission and starts its
     * contact and digital-security processes; all or nothing.
     */
    @Transactional
    public Created open(Caller caller, NewRelationship request) {
        requireMissionStaff(caller, "caseReference");
        String caseReference = required("caseReference", request.caseReference());
        CaseInMission subject = cases.caseNamedIn("caseReference", caller, caseReference);
        String liaison = officer("liaisonOfficer", required("liaisonOfficer", request.liaisonOfficer()), subject.missionId());
        String deputy = request.deputyOfficer() == null || request.deputyOfficer().isBlank() ? null
                : officer("deputyOfficer", request.deputyOfficer().trim(), subject.missionId());
        if (liaison.equals(deputy)) {
            throw new InvalidInputException("deputyOfficer", "must be someone other than the liaison officer");
        }
        if (mapper.hasActiveRelationship(subject.defenderId())) {
            throw new ConflictException("The defender of case " + caseReference + " already has an active relationship");
        }
        int tier = currentTier(subject.defenderId());
        UUID id = UUID.randomUUID();
        String reference = dutyReferences.next(subject.missionId(), KIND);
        try {
            mapper.insert(new RelationshipRecord(id, reference, subject.missionId(), subject.defenderId(), liaison, deputy,
                    tier, null, null, OffsetDateTime.now(clock), caller.userId(), null, null, null, null, null));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The defender of case " + caseReference + " already has an active relationship");
        }
        RelationshipEngine.Started started = engine.start(new RelationshipEngine.Start(id, reference, subject.missionId(),
                tier, liaison, deputy));
        mapper.updateProcessIds(id, started.contactProcessId(), started.securityProcessId());
        log.info("Relationship {} opened in {} by {} (tier {})", reference, subject.missionId(), caller.userId(), tier);
        return new Created(reference, relationship(id).nextContactDue());
    }

    /** The relationships of the caller's missions, active first, most pressing contact first. */
    @Transactional(readOnly = true)
    public List<RelationshipView> list(Caller caller) {
        requireReader(caller);
        return caller.missions().isEmpty() ? List.of() : mapper.findViews(caller.missions());
    }

    @Transactional(readOnly = true)
    public RelationshipDetail find(Caller caller, String reference) {
        requireReader(caller);
        RelationshipView view = view(caller, reference);
        List<RelationshipDetail.Contact> contacts = mapper.contactsOf(view.id()).stream()
                .map(c -> new RelationshipDetail.Contact(c.contactKind(), c.contactedOn(), c.defenderSituation(), c.loggedBy()))
                .toList();
        List<RelationshipDetail.SecurityCheck> checks = mapper.securityChecksOf(view.id()).stream()
                .map(c -> new RelationshipDetail.SecurityCheck(c.checkedOn(), readChecklist(c.checklist()), c.finding(),
                        c.referredTo(), c.referredOn(), c.checkedBy()))
                .toList();
        return new RelationshipDetail(view, contacts, checks);
    }

    /** What each completed task of the relationship recorded, notes decrypted: the mission's own staff only. */
    @Transactional
    public List<TaskRecordService.TaskRecordView> records(Caller caller, String reference) {
        requireMissionStaff(caller, "reference");
        view(caller, reference);
        return taskRecordService.dutyRecordsOf(caller, reference);
    }

    /** Ends the relationship and both of its processes. */
    @Transactional
    public void end(Caller caller, String reference, EndReason reason) {
        requireMissionStaff(caller, "reference");
        RelationshipView view = view(caller, reference);
        if (reason == null) {
            throw new InvalidInputException("reason", "is required");
        }
        if (mapper.end(view.id(), OffsetDateTime.now(clock), caller.userId(), reason) == 0) {
            throw new ConflictException("Relationship " + reference + " has already ended");
        }
        engine.end(view.reference(), view.missionId());
        log.info("Relationship {} ended by {}: {}", reference, caller.userId(), reason);
    }

    /**
     * Reads the defender's current tier and sets when the next contact is due: the tier's cadence
     * after the last logged contact (or the start), so a reassessment changes the next interval.
     */
    @Transactional
    public Schedule scheduleNextContact(UUID relationshipId) {
        RelationshipRecord r = relationship(relationshipId);
        int tier = currentTier(r.defenderId());
        LocalDate last = mapper.lastContactOn(relationshipId);
        LocalDate due = (last == null ? startDate(r) : last).plusDays(cadences.days(Cadences.CONTACT, tier));
        mapper.scheduleContact(relationshipId, tier, due);
        return new Schedule(tier, due);
    }

    /** As {@link #scheduleNextContact} for the next digital-security check. */
    @Transactional
    public Schedule scheduleNextSecurityCheck(UUID relationshipId) {
        RelationshipRecord r = relationship(relationshipId);
        int tier = currentTier(r.defenderId());
        LocalDate last = mapper.lastSecurityCheckOn(relationshipId);
        LocalDate due = (last == null ? startDate(r) : last).plusDays(cadences.days(Cadences.SECURITY_CHECK, tier));
        mapper.scheduleSecurityCheck(relationshipId, tier, due);
        return new Schedule(tier, due);
    }

    /** Logs a contact from the ContactDefender form; invalid answers abort the task's completion. */
    @Transactional
    public DefenderSituation logContact(UUID relationshipId, Object contactKind, Object contactedOn, Object situation,
                                        String loggedBy) {
        RelationshipRecord r = relationship(relationshipId);
        ContactKind kind = FormAnswers.choice(ContactKind.class, RelationshipProcesses.CONTACT_KIND, contactKind);
        LocalDate on = pastDate(RelationshipProcesses.CONTACTED_ON, contactedOn, r);
        DefenderSituation defenderSituation = FormAnswers.choice(DefenderSituation.class,
                RelationshipProcesses.DEFENDER_SITUATION, situation);
        mapper.insertContact(new ContactLogRecord(UUID.randomUUID(), relationshipId, r.missionId(), kind, on,
                defenderSituation, loggedBy, OffsetDateTime.now(clock)));
        return defenderSituation;
    }

    /** Stores a check from the CheckDigitalSecurity form: any "no" is a finding. */
    @Transactional
    public CheckResult recordSecurityCheck(UUID relationshipId, Object checkedOn, Map<String, Object> answers,
                                           String checkedBy) {
        RelationshipRecord r = relationship(relationshipId);
        LocalDate on = pastDate(RelationshipProcesses.CHECKED_ON, checkedOn, r);
        Map<String, Boolean> checklist = new LinkedHashMap<>();
        CHECKLIST.forEach(item -> checklist.put(item, FormAnswers.checkbox(item, answers.get(item))));
        boolean finding = checklist.containsValue(false);
        UUID id = UUID.randomUUID();
        mapper.insertSecurityCheck(new SecurityCheckRecord(id, relationshipId, r.missionId(), on, writeChecklist(checklist),
                finding, null, null, checkedBy, OffsetDateTime.now(clock)));
        return new CheckResult(id, finding);
    }

    /** Stores the referral of a check's finding from the ReferToHelpline form. */
    @Transactional
    public void recordReferral(UUID relationshipId, UUID checkId, Object helpline, Object referredOn) {
        RelationshipRecord r = relationship(relationshipId);
        Helpline to = FormAnswers.choice(Helpline.class, RelationshipProcesses.HELPLINE, helpline);
        LocalDate on = pastDate(RelationshipProcesses.REFERRED_ON, referredOn, r);
        if (mapper.recordReferral(checkId, relationshipId, to, on) == 0) {
            throw new IllegalStateException("No digital-security check " + checkId + " in relationship " + r.reference());
        }
    }

    private int currentTier(UUID defenderId) {
        Integer tier = mapper.currentTier(defenderId);
        return tier == null ? Cadence.DEFAULT_TIER : tier;
    }

    /** The relationship's row, for engine glue acting on behalf of its process. */
    @Transactional(readOnly = true)
    RelationshipRecord record(UUID id) {
        return relationship(id);
    }

    private RelationshipRecord relationship(UUID id) {
        return mapper.findById(id).orElseThrow(() -> new IllegalStateException("No relationship " + id));
    }

    private RelationshipView view(Caller caller, String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException("reference", "must look like ALPHA-" + KIND + "-0001");
        }
        return (caller.missions().isEmpty() ? Optional.<RelationshipView>empty()
                : mapper.findView(reference, caller.missions()))
                .orElseThrow(() -> new NotFoundException("No relationship " + reference + " in your missions"));
    }

    private String officer(String field, String userId, String missionId) {
        if (userId.length() > MAX_USER_ID || !engine.mayLiaise(userId, missionId)) {
            throw new InvalidInputException(field, "must be a case officer, supervisor or senior official of " + missionId);
        }
        return userId;
    }

    /** A date of something that happened: not in the future, not before the relationship began. */
    private LocalDate pastDate(String field, Object value, RelationshipRecord r) {
        LocalDate date = FormAnswers.date(field, value);
        if (date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        if (date.isBefore(startDate(r))) {
            throw new InvalidInputException(field, "must not be before the relationship began (" + startDate(r) + ")");
        }
        return date;
    }

    private static LocalDate startDate(RelationshipRecord r) {
        return r.startedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.trim();
    }

    private static void requireMissionStaff(Caller caller, String field) {
        if (!caller.hasAnyGroup(MISSION_STAFF)) {
            throw new AccessRefusedException(field, "only the mission's case officers, supervisors and senior officials "
                    + "may do this");
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.hasAnyGroup(MAY_READ)) {
            throw new AccessRefusedException("reference", "your role may not read relationships");
        }
    }

    private String writeChecklist(Map<String, Boolean> checklist) {
        try {
            return json.writeValueAsString(checklist);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The checklist cannot be written as JSON", e);
        }
    }

    private Map<String, Boolean> readChecklist(String text) {
        try {
            return json.readValue(text, CHECKLIST_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored checklist is not valid JSON", e);
        }
    }

    /** Who may be chosen as liaison officer or deputy in the caller's missions (the relationship page's choice). */
    @Transactional(readOnly = true)
    List<org.hrdcasework.system.engine.MissionStaff.Member> liaisonOfficers(Caller caller) {
        requireMissionStaff(caller, "liaisonOfficer");
        return engine.liaisonOfficers(caller.missions());
    }
}
