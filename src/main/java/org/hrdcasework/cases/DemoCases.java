package org.hrdcasework.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrdcasework.actions.ActionProcesses;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sample cases of concern for the demo missions, so that Tasklist, the escalation board, the
 * briefing packs and the mission reports have something to show on a first start. The defenders
 * are fictitious. Filed and worked as the demo officers would in Tasklist, through the same
 * services and tasks; a mission that already has cases gets none. The standing duties then add
 * their demo work about these cases ({@link DemoCasesSeeded}).
 */
@Component
@Profile("demo")
public class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final List<String> MISSIONS = List.of("mission-alpha", "mission-beta");

    /** How far each sample case is worked. */
    enum Progress { FILED, VERIFIED, REJECTED, ACTIONS_PLANNED }

    record Sample(String defender, ThreatType type, String description, Progress progress, String risk,
                  List<String> consentAudiences, List<String> consented, List<String> actions) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("Demo Defender %s1", ThreatType.DEATH_THREAT, "Threatening messages after a land-rights meeting",
                    Progress.ACTIONS_PLANNED, "SEVERE", List.of("HOST_STATE", "PARTNER_MISSIONS", "UN", "PUBLIC"),
                    List.of("DEMARCHE", "PUBLIC_STATEMENT", "TEMPORARY_RELOCATION"), List.of("DEMARCHE", "TEMPORARY_RELOCATION")),
            new Sample("Demo Defender %s2", ThreatType.JUDICIAL_HARASSMENT, "Charged with defamation for a published report",
                    Progress.ACTIONS_PLANNED, "HIGH", List.of("HOST_STATE"), List.of("DEMARCHE", "TRIAL_OBSERVATION"), List.of("TRIAL_OBSERVATION")),
            new Sample("Demo Defender %s3", ThreatType.SURVEILLANCE, "Followed by unmarked cars for a week",
                    Progress.VERIFIED, null, List.of(), List.of(), List.of()),
            new Sample("Demo Defender %s4", ThreatType.SMEAR_CAMPAIGN, "Named as a foreign agent on television",
                    Progress.FILED, null, List.of(), List.of(), List.of()),
            new Sample("Demo Person %s5", ThreatType.OTHER, "Dispute with a neighbour, not about human-rights work",
                    Progress.REJECTED, null, List.of(), List.of(), List.of()),
            new Sample("Demo Defender %s6", ThreatType.ARREST, "Detained after a peaceful protest",
                    Progress.ACTIONS_PLANNED, "SEVERE", List.of("HOST_STATE", "PARTNER_MISSIONS"),
                    List.of("CUSTODY_VISIT", "DEMARCHE", "COORDINATION"), List.of("CUSTODY_VISIT")));

    private final CaseFileService caseFileService;
    private final CaseEngine engine;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final boolean enabled;

    DemoCases(CaseFileService caseFileService, CaseEngine engine, JdbcTemplate jdbc,
              ApplicationEventPublisher events, @Value("${hrd.demo.sample-cases:true}") boolean enabled) {
        this.events = events;
        this.caseFileService = caseFileService;
        this.engine = engine;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (enabled) {
            MISSIONS.forEach(mission -> {
                Long cases = jdbc.queryForObject("SELECT count(*) FROM casework.case_file WHERE mission_id = ?", Long.class, mission);
                if (cases != null && cases == 0) {
                    List<String> references = seed(mission);
                    log.info("Demo profile: {} sample cases filed for {}", references.size(), mission);
                    events.publishEvent(new DemoCasesSeeded(mission, references));
                }
            });
        }
    }

    /** Files and works the sample cases for the mission; returns their references in {@link #SAMPLES} order. */
    public List<String> seed(String mission) {
        String code = mission.replaceFirst("^mission-", "").substring(0, 1).toUpperCase(java.util.Locale.ROOT);
        Caller officer = new Caller("officer." + mission.replaceFirst("^mission-", ""), Set.of(Roles.CASE_OFFICERS), Set.of(mission));
        List<String> references = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            String reference = caseFileService.fileThreatReport(officer, new ThreatReport(mission,
                    new ThreatReport.Defender(sample.defender().formatted(code), null),
                    new ThreatReport.Threat(sample.type(), sample.description(), LocalDate.now().minusDays(3)),
                    ReportChannel.LIAISON_OFFICER, null));
            references.add(reference);
            work(officer, mission, reference, sample);
        }
        return references;
    }

    private void work(Caller officer, String mission, String reference, Sample sample) {
        if (sample.progress() == Progress.FILED) {
            return;
        }
        boolean rejected = sample.progress() == Progress.REJECTED;
        complete(officer, mission, reference, CaseOfConcernProcess.TASK_VERIFY_REPORT,
                Map.of("isDefender", "YES", "linkedToHumanRightsWork", rejected ? "NO" : "YES"));
        if (sample.progress() != Progress.ACTIONS_PLANNED) {
            return;
        }
        complete(officer, mission, reference, CaseOfConcernProcess.TASK_ASSESS_RISK, Map.of("threatLevel", sample.risk(),
                "vulnerabilityLevel", "HIGH", "capacityLevel", "LOW", "defenderStatus", "AT_LIBERTY"));
        Map<String, Object> consent = new HashMap<>();
        consent.put("consentedActions", sample.consented());
        consent.put("consentAudiences", sample.consentAudiences());
        consent.put("consentGivenBy", "DEFENDER");
        consent.put("consentGivenThrough", "IN_PERSON");
        complete(officer, mission, reference, CaseOfConcernProcess.TASK_RECORD_CONSENT, consent);
        complete(officer, mission, reference, CaseOfConcernProcess.TASK_PLAN_ACTIONS, Map.of("plannedActionTypes", sample.actions()));
        if (sample.actions().contains("TRIAL_OBSERVATION")) {
            // The next hearing is known: it shows on the hearing calendar, and the observer is to be assigned in Tasklist.
            complete(officer, mission, reference, ActionProcesses.TASK_RECORD_HEARING,
                    Map.of("hearingDate", LocalDate.now().plusDays(DEMO_HEARING_IN_DAYS).toString()));
        }
    }

    /** The demo trial's next hearing, days from the first start. */
    static final int DEMO_HEARING_IN_DAYS = 10;

    private void complete(Caller officer, String mission, String reference, String taskKey, Map<String, Object> variables) {
        engine.completeAs(officer.userId(), officer.groups(), mission, reference, taskKey, variables);
    }
}
