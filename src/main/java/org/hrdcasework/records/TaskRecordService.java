package org.hrdcasework.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.crypto.FieldCipher;
import org.hrdcasework.crypto.FieldContext;
import org.hrdcasework.system.engine.FreeTextFields;
import org.hrdcasework.system.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what every completed task captured, so that form data lasts in the case file rather
 * than only in process variables: plain answers as JSON, free text encrypted as one JSON blob.
 */
@Service
public class TaskRecordService {

    static final String TABLE = "task_record";
    /** Free-text answers that earlier versions stored in clear (see {@link #sealLegacyFreeText()}). */
    static final List<String> LEGACY_FREE_TEXT = List.copyOf(new java.util.TreeSet<>(FreeTextFields.FORMER_FREE_TEXT));
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final TaskRecordMapper mapper;
    private final AuditLog auditLog;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Clock clock;

    TaskRecordService(TaskRecordMapper mapper, AuditLog auditLog, FieldCipher cipher, ObjectMapper json, Clock clock) {
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
    }

    /** One completed task's answers; {@code sensitive} may be empty. Joins the task completion's transaction. */
    @Transactional
    public void record(Subject subject, UUID actionId, String taskKey, String formId, Map<String, Object> answers,
                       Map<String, Object> sensitive, String completedBy) {
        UUID id = UUID.randomUUID();
        byte[] sealed = sensitive.isEmpty() ? null
                : cipher.encrypt(write(sensitive), new FieldContext(TABLE, "sensitive", id.toString()));
        mapper.insert(new TaskRecord(id, subject.caseId(), subject.missionId(), subject.dutyReference(), actionId, taskKey,
                formId, write(answers), sealed, completedBy, OffsetDateTime.now(clock)));
    }

    /**
     * Earlier versions stored two free-text fields in clear among a record's answers
     * ({@code partnerMissions}, {@code publicationReference}; now {@code sensitive_*}): moves them
     * into the record's encrypted notes, under the names the renamed fields use there. Idempotent;
     * returns how many records changed.
     */
    @Transactional
    public int sealLegacyFreeText() {
        int sealed = 0;
        for (TaskRecord record : mapper.findWithAnswers(LEGACY_FREE_TEXT)) {
            FieldContext context = new FieldContext(TABLE, "sensitive", record.id().toString());
            Map<String, Object> answers = new LinkedHashMap<>(read(record.answers()));
            Map<String, Object> notes = record.sensitiveEnc() == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(read(cipher.decrypt(record.sensitiveEnc(), context)));
            for (String field : LEGACY_FREE_TEXT) {
                Object value = answers.remove(field);
                if (value != null && !value.toString().isBlank()) {
                    notes.putIfAbsent(field, value);
                }
            }
            mapper.updateAnswersAndNotes(record.id(), write(answers), notes.isEmpty() ? null : cipher.encrypt(write(notes), context));
            sealed++;
        }
        return sealed;
    }

    /** The case's records for its own mission's staff, free text decrypted. */
    @Transactional
    public List<TaskRecordView> recordsOf(Caller caller, String reference) {
        if (caller.missions().isEmpty()) {
            return List.of();
        }
        auditLog.record(caller.userId(), AuditEventType.CASE_RECORDS_VIEW, null, reference, null);
        return views(mapper.findByCaseReference(reference, caller.missions()));
    }

    /** A standing duty's records (relationship, visit, report...) for its own mission's staff, free text decrypted. */
    @Transactional
    public List<TaskRecordView> dutyRecordsOf(Caller caller, String dutyReference) {
        if (caller.missions().isEmpty()) {
            return List.of();
        }
        auditLog.record(caller.userId(), AuditEventType.CASE_RECORDS_VIEW, null, dutyReference, null);
        return views(mapper.findByDutyReference(dutyReference, caller.missions()));
    }

    private List<TaskRecordView> views(List<TaskRecord> records) {
        return records.stream()
                .map(r -> new TaskRecordView(r.taskKey(), r.formId(), read(r.answers()),
                        r.sensitiveEnc() == null ? Map.of()
                                : read(cipher.decrypt(r.sensitiveEnc(), new FieldContext(TABLE, "sensitive", r.id().toString()))),
                        r.actionId(), r.completedBy(), r.completedAt()))
                .toList();
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Task answers cannot be written as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored task record is not valid JSON", e);
        }
    }

    /** What a task record is about: a case, or a standing duty of the mission (then caseId may be null). */
    public record Subject(UUID caseId, String missionId, String dutyReference) {
        public Subject {
            if (caseId == null && dutyReference == null) {
                throw new IllegalArgumentException("a task record needs a case or a duty reference");
            }
        }
    }

    /** A task record as the case file shows it. */
    public record TaskRecordView(String taskKey, String formId, Map<String, Object> answers,
                                 Map<String, Object> notes, UUID actionId, String completedBy,
                                 OffsetDateTime completedAt) {
    }
}
