package org.hrdcasework.engagements;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.duties.DutyReferences;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.records.TaskRecordService;
import org.hrdcasework.reprisals.ReprisalWatches;
import org.hrdcasework.reprisals.VisibleEngagement;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Senior officials' visits and political dialogues: the engagement's record, its briefing pack
 * (a snapshot of the mission's open cases with what may be raised, from the consent register),
 * and what was raised.
 */
@Service
class EngagementService {

    /** Who may plan a visit or dialogue (and call it off). */
    static final List<String> MAY_PLAN = List.of(Roles.SENIOR_OFFICIALS, Roles.SUPERVISORS);
    /** Who may read the briefing pack and the engagement: the mission's staff and headquarters. */
    static final List<String> MAY_READ = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS,
            Roles.HEADQUARTERS);
    private static final String CLOSED_STAGE = "CLOSED";

    private final EngagementMapper mapper;
    private final BriefingAdvice advice;
    private final DutyReferences dutyReferences;
    private final EngagementEngine engine;
    private final AuditLog auditLog;
    private final TaskRecordService taskRecordService;
    private final Clock clock;
    private final ReprisalWatches reprisalWatches;

    EngagementService(EngagementMapper mapper, BriefingAdvice advice, DutyReferences dutyReferences,
                      EngagementEngine engine, AuditLog auditLog, TaskRecordService taskRecordService, Clock clock,
                      ReprisalWatches reprisalWatches) {
        this.reprisalWatches = reprisalWatches;
        this.mapper = mapper;
        this.advice = advice;
        this.dutyReferences = dutyReferences;
        this.engine = engine;
        this.auditLog = auditLog;
        this.taskRecordService = taskRecordService;
        this.clock = clock;
    }

    /** Body of {@code POST /api/engagements}. */
    record EngagementRequest(
            @NotBlank @Size(max = 64) String mission,
            @NotNull EngagementKind kind,
            @NotNull VisitorLevel visitorLevel,
            @NotNull @JsonFormat(lenient = OptBoolean.FALSE) LocalDate scheduledOn) {
    }

    /** A case the official may tick as raised: value is the case reference, the label adds code name and advice. */
    record CaseOption(String label, String value) {
    }

    /** The pack as printed: the engagement and the cases, with the advice as it stands today. */
    record BriefingPack(EngagementRecord engagement, List<PackEntry> entries) {
    }

    /** Plans a visit or dialogue and starts its process; returns the engagement's reference. */
    @Transactional
    public String plan(Caller caller, EngagementRequest request) {
        if (!caller.hasAnyGroup(MAY_PLAN)) {
            throw new AccessRefusedException("mission", "only senior officials and supervisors plan visits and dialogues");
        }
        if (!caller.isMemberOf(request.mission())) {
            throw new AccessRefusedException("mission", "'" + request.mission() + "' is not one of your missions");
        }
        if (!request.scheduledOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("scheduledOn", "must be a future date");
        }
        UUID id = UUID.randomUUID();
        String reference = dutyReferences.next(request.mission(), request.kind().dutyKind());
        mapper.insertEngagement(new EngagementRecord(id, reference, request.mission(), request.kind(),
                request.visitorLevel(), request.scheduledOn(), EngagementStatus.PREPARING, null, null, caller.userId(),
                OffsetDateTime.now(clock), null));
        mapper.setEngagementProcessInstance(id,
                engine.startEngagement(id, reference, request.mission(), request.scheduledOn()));
        return reference;
    }

    /**
     * Takes the pack's snapshot: every open case of the engagement's mission, with its stage, tier
     * and the advice of the consent register. Repeatable: a new compilation replaces the snapshot.
     */
    @Transactional
    public List<CaseOption> compilePack(UUID engagementId) {
        EngagementRecord engagement = engagement(engagementId);
        mapper.deleteSnapshot(engagementId);
        List<CaseOption> options = new ArrayList<>();
        for (OpenCase c : mapper.findOpenCases(engagement.missionId())) {
            BriefingAdvice.Advice a = advice.adviseOn(c.caseId());
            mapper.insertEngagementCase(new EngagementCaseRecord(engagementId, c.caseId(), engagement.missionId(),
                    c.stage(), c.urgencyTier(), c.riskLevel(), a.recommendation(), a.meetingProposed(), false, false,
                    false));
        }
        for (PackEntry e : mapper.findPack(engagementId)) {
            options.add(new CaseOption(e.caseReference() + " · " + e.codeName() + " · " + e.recommendation().advice(),
                    e.caseReference()));
        }
        mapper.markPackCompiled(engagementId, OffsetDateTime.now(clock));
        return options;
    }

    @Transactional
    public void moveTo(UUID engagementId, EngagementStatus status) {
        if (mapper.updateEngagementStatus(engagementId, status) == 0) {
            throw new IllegalStateException("Engagement " + engagementId + " does not exist");
        }
    }

    /** Why a senior official raised a case the briefing pack advised not to raise. */
    public static final List<String> OVERRIDE_REASONS = List.of("DEFENDER_CONSENTED_SINCE", "DANGER_TO_LIFE", "HEADQUARTERS_INSTRUCTED");

    /**
     * Records what was raised at the engagement; returns the references of the raised cases that
     * need a follow-up (all raised cases when a follow-up is needed, none otherwise). A case the
     * pack advises not to raise (no valid consent, as of today) may be recorded as raised only
     * with an override and its reason ({@code overrideReason}, null without one), audited per case
     * against {@code actor}.
     */
    @Transactional
    public List<String> recordOutcome(UUID engagementId, Collection<String> raisedReferences, boolean stateAnswered,
                                      boolean followUpNeeded, boolean override, String overrideReason, String actor) {
        Map<String, PackEntry> pack = mapper.findPack(engagementId).stream()
                .collect(Collectors.toMap(PackEntry::caseReference, Function.identity()));
        Set<String> raised = new LinkedHashSet<>(raisedReferences);
        for (String reference : raised) {
            if (!pack.containsKey(reference)) {
                throw new InvalidInputException("casesRaised", "'" + reference + "' is not a case of this briefing pack");
            }
        }
        if (override && (overrideReason == null || !OVERRIDE_REASONS.contains(overrideReason))) {
            throw new InvalidInputException("raiseAgainstAdviceReason", "must be one of " + OVERRIDE_REASONS
                    + " when a case was raised against the advice");
        }
        List<String> againstAdvice = raised.stream()
                .filter(reference -> narrowedToToday(pack.get(reference)).recommendation() == Recommendation.DO_NOT_RAISE).toList();
        if (!againstAdvice.isEmpty() && !override) {
            throw new InvalidInputException("casesRaised", String.join(", ", againstAdvice) + ": the briefing pack advises not to "
                    + "raise (no consent on record); a senior official may record it only as raised against the advice, with the reason");
        }
        if (!againstAdvice.isEmpty()) {
            EngagementRecord engagement = mapper.findEngagementById(engagementId).orElseThrow();
            for (String reference : againstAdvice) {
                auditLog.record(actor, AuditEventType.RAISED_AGAINST_ADVICE, engagement.missionId(), reference,
                        "raised at " + engagement.reference() + " against the briefing advice: " + overrideReason);
            }
        }
        mapper.recordStateAnswered(engagementId, stateAnswered);
        moveTo(engagementId, EngagementStatus.HELD);
        if (!raised.isEmpty()) {
            mapper.markRaised(engagementId, raised.stream().map(r -> pack.get(r).caseId()).toList(),
                    stateAnswered, followUpNeeded);
            // Each case raised with the host state is a defender the state now knows the mission follows.
            EngagementRecord engagement = mapper.findEngagementById(engagementId).orElseThrow();
            VisibleEngagement kind = engagement.kind() == EngagementKind.VISIT
                    ? VisibleEngagement.VISITING_OFFICIAL_MEETING : VisibleEngagement.DIALOGUE_RAISE;
            for (String reference : raised) {
                reprisalWatches.open(pack.get(reference).caseId(), kind, engagementId.toString(), clock.instant());
            }
        }
        return followUpNeeded ? List.copyOf(raised) : List.of();
    }

    /** The case behind a raised reference, with its tier in the snapshot, for a follow-up task. */
    @Transactional(readOnly = true)
    public PackEntry packEntry(UUID engagementId, String caseReference) {
        return mapper.findPack(engagementId).stream().filter(e -> e.caseReference().equals(caseReference)).findFirst()
                .orElseThrow(() -> new IllegalStateException(caseReference + " is not in the pack of " + engagementId));
    }

    /**
     * The briefing pack for the engagement's own mission staff and headquarters (audited). Cases
     * closed since the snapshot are left out, and the advice is narrowed to today's consent: a
     * consent withdrawn after compilation must never leave "may be raised publicly" in print.
     */
    @Transactional
    public BriefingPack briefingPack(Caller caller, String reference, String format) {
        EngagementRecord engagement = readable(caller, reference);
        List<PackEntry> entries = mapper.findPack(engagement.id()).stream()
                .filter(e -> !CLOSED_STAGE.equals(e.currentStage()))
                .map(this::narrowedToToday)
                .toList();
        auditLog.record(caller.userId(), "csv".equals(format) ? AuditEventType.EXPORT : AuditEventType.DOCUMENT_GENERATED,
                engagement.missionId(), engagement.reference(), "briefing pack (" + format + ", " + entries.size() + " cases)");
        return new BriefingPack(engagement, entries);
    }

    private PackEntry narrowedToToday(PackEntry e) {
        BriefingAdvice.Advice today = advice.adviseOn(e.caseId());
        return new PackEntry(e.caseId(), e.caseReference(), e.codeName(), e.threatType(), e.stage(), e.urgencyTier(),
                e.riskLevel(), e.recommendation().narrowest(today.recommendation()),
                e.meetingProposed() && today.meetingProposed(), e.raised(), e.answerReceived(), e.followUp(),
                e.currentStage());
    }

    @Transactional(readOnly = true)
    public EngagementRecord find(Caller caller, String reference) {
        return readable(caller, reference);
    }

    @Transactional
    public List<TaskRecordService.TaskRecordView> records(Caller caller, String reference) {
        EngagementRecord engagement = readable(caller, reference);
        return taskRecordService.dutyRecordsOf(caller, engagement.reference());
    }

    /** Calls the engagement off: its process ends through the EngagementCancelled event sub-process. */
    @Transactional
    public void cancel(Caller caller, String reference) {
        if (!caller.hasAnyGroup(MAY_PLAN)) {
            throw new AccessRefusedException("reference", "only senior officials and supervisors call off engagements");
        }
        EngagementRecord engagement = inMissions(caller, reference);
        if (!engine.cancelEngagement(engagement.processInstanceId())) {
            throw new org.hrdcasework.system.web.ConflictException("Engagement " + reference + " has already ended");
        }
    }

    EngagementRecord engagement(UUID engagementId) {
        return mapper.findEngagementById(engagementId)
                .orElseThrow(() -> new IllegalStateException("Engagement " + engagementId + " does not exist"));
    }

    private EngagementRecord readable(Caller caller, String reference) {
        if (!caller.hasAnyGroup(MAY_READ)) {
            throw new AccessRefusedException("reference", "your role may not read engagements");
        }
        return inMissions(caller, reference);
    }

    private EngagementRecord inMissions(Caller caller, String reference) {
        if (!reference.matches("[A-Z0-9]{1,12}-(VIS|DIA)-[0-9]{4,}")) {
            throw new InvalidInputException("reference", "must look like ALPHA-VIS-0001");
        }
        return (caller.missions().isEmpty() ? java.util.Optional.<EngagementRecord>empty()
                : mapper.findEngagement(reference, caller.missions()))
                .orElseThrow(() -> new NotFoundException("No engagement " + reference + " in your missions"));
    }
}
