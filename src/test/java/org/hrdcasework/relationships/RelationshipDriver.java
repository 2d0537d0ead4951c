package org.hrdcasework.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.cases.CaseDriver;
import org.hrdcasework.cases.CaseOfConcernProcess;
import org.hrdcasework.cases.ThreatType;
import org.hrdcasework.system.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Opens relationships on fresh cases of mission Alpha and drives their processes as the officers would. */
@Component
public class RelationshipDriver {

    public static final Caller OFFICER_ALPHA = CaseDriver.OFFICER_ALPHA;

    private final RelationshipService service;
    private final CaseDriver cases;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    RelationshipDriver(RelationshipService service, CaseDriver cases, RuntimeService runtimeService,
                       ManagementService managementService, JdbcTemplate jdbc) {
        this.service = service;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** A verified case whose risk is not assessed yet: the defender's tier is the default (2). */
    public String unassessedCase() {
        return cases.verifiedCase(ThreatType.SMEAR_CAMPAIGN).getBusinessKey();
    }

    /** A verified case assessed at the given tier (1, 2 or 3). */
    public String caseAtTier(int tier) {
        String reference = unassessedCase();
        assessAtTier(reference, tier);
        return reference;
    }

    /** Completes the open risk assessment of the case with answers the RiskTier table maps to the tier. */
    public void assessAtTier(String caseReference, int tier) {
        Map<String, Object> answers = switch (tier) {
            case 1 -> CaseDriver.assessment("HIGH", "HIGH", "LOW", "AT_LIBERTY");
            case 2 -> CaseDriver.assessment("MEDIUM", "LOW", "LOW", "AT_LIBERTY");
            default -> CaseDriver.assessment("LOW", "LOW", "HIGH", "AT_LIBERTY");
        };
        cases.complete(caseReference, CaseOfConcernProcess.TASK_ASSESS_RISK, "officer.alpha", answers);
        assertThat(((Number) cases.caseRow(caseReference).get("urgency_tier")).intValue()).isEqualTo(tier);
    }

    public String open(String caseReference, String liaison, String deputy) {
        return service.open(OFFICER_ALPHA, new RelationshipService.NewRelationship(caseReference, liaison, deputy)).reference();
    }

    public ProcessInstance contactProcess(String reference) {
        return instance(reference, RelationshipProcesses.DEFENDER_CONTACT);
    }

    public ProcessInstance securityProcess(String reference) {
        return instance(reference, RelationshipProcesses.DIGITAL_SECURITY_CHECK);
    }

    private ProcessInstance instance(String reference, String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(key).singleResult();
    }

    public Job timerOf(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    /** Checks the process's timer is due at the start of that day (UTC), then fires it. */
    public void fireTimerDueOn(ProcessInstance instance, LocalDate due) {
        Job timer = timerOf(instance);
        assertThat(timer).as("waiting timer of %s", instance.getBusinessKey()).isNotNull();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(startOf(due));
        managementService.executeJob(timer.getId());
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public void contact(String reference, String user, String situation, String notes) {
        Map<String, Object> answers = new HashMap<>(Map.of("contactKind", "OFFICE_VISIT",
                "contactedOn", today().toString(), "defenderSituation", situation));
        if (notes != null) {
            answers.put("sensitive_contactNotes", notes);
        }
        cases.complete(reference, RelationshipProcesses.TASK_CONTACT_DEFENDER, user, answers);
    }

    /** The checklist answers: all yes, except the items named. */
    public static Map<String, Object> checklist(String... noItems) {
        Map<String, Object> answers = new HashMap<>();
        RelationshipService.CHECKLIST.forEach(item -> answers.put(item, true));
        for (String item : noItems) {
            answers.put(item, false);
        }
        answers.put("checkedOn", today().toString());
        return answers;
    }

    public Map<String, Object> relationshipRow(String reference) {
        return jdbc.queryForMap("SELECT id, mission_id, liaison_officer, deputy_officer, contact_tier, next_contact_due, "
                + "next_security_check_due, ended_at, ended_by, end_reason, contact_process_id, security_process_id "
                + "FROM casework.defender_relationship WHERE reference = ?", reference);
    }

    public List<Map<String, Object>> contactRows(String reference) {
        return jdbc.queryForList("SELECT l.contact_kind, l.contacted_on, l.defender_situation, l.logged_by, l.mission_id "
                + "FROM casework.contact_log l JOIN casework.defender_relationship r ON r.id = l.relationship_id "
                + "WHERE r.reference = ? ORDER BY l.logged_at", reference);
    }

    public List<Map<String, Object>> checkRows(String reference) {
        return jdbc.queryForList("SELECT c.checked_on, c.checklist::text AS checklist, c.finding, c.referred_to, c.referred_on, "
                + "c.checked_by, c.mission_id FROM casework.digital_security_check c "
                + "JOIN casework.defender_relationship r ON r.id = c.relationship_id WHERE r.reference = ? "
                + "ORDER BY c.checked_at", reference);
    }

    public void end(String reference, EndReason reason) {
        service.end(OFFICER_ALPHA, reference, reason);
    }

    static Caller caller(String user, String group, String... missions) {
        return new Caller(user, Set.of(group), Set.of(missions));
    }
}
