package org.hrdcasework.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.audit.AuditEventType;
import org.hrdcasework.audit.AuditLog;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.hrdcasework.documents.HtmlDocument;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.FormAnswers;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hearings of the trials a mission observes (casework.trial_hearing): written as the trial
 * observation goes (the hearing recorded, its observer, a postponement, what was observed), read as
 * the mission's hearing calendar, and drawn into a pseudonymous trial report for partner missions
 * (the defender's code name, the checklist's findings; no names, no court, no free text).
 */
@Service
public class Hearings {

    /** How far back the calendar reaches by default: hearings of the last week stay in view. */
    static final int CALENDAR_DAYS_BACK = 7;

    private final HearingMapper mapper;
    private final HearingEngine engine;
    private final ConsentService consents;
    private final AuditLog audit;
    private final Clock clock;

    Hearings(HearingMapper mapper, HearingEngine engine, ConsentService consents, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.engine = engine;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A hearing as the calendar shows it. */
    public record Hearing(UUID id, String mission, String caseReference, String codeName, LocalDate hearingOn, String status,
                          LocalDate postponedTo, String observer, String partner) {
    }

    /** "Record the hearing": the next hearing of the trial observation {@code actionId}. */
    void scheduled(String missionId, UUID caseId, UUID actionId, LocalDate hearingOn) {
        mapper.insert(new HearingRecord(UUID.randomUUID(), missionId, caseId, actionId, hearingOn, "SCHEDULED", null, null, null,
                null, null, OffsetDateTime.now(clock)));
    }

    /** "Assign a trial observer": the mission's observer, and the partner mission observing with it (or null). */
    void observedBy(UUID actionId, String observer, UUID partnerId) {
        mapper.scheduledOf(actionId).ifPresent(h -> mapper.assignObserver(h.id(), observer, partnerId));
    }

    /** The hearing was postponed to {@code postponedTo}: the next one is scheduled, with the same observers. */
    void postponed(UUID actionId, LocalDate postponedTo) {
        mapper.scheduledOf(actionId).ifPresent(h -> {
            mapper.postpone(h.id(), postponedTo);
            mapper.insert(new HearingRecord(UUID.randomUUID(), h.missionId(), h.caseId(), actionId, postponedTo, "SCHEDULED", null,
                    h.observer(), h.partnerId(), null, null, OffsetDateTime.now(clock)));
        });
    }

    /** The hearing was held: the guarantees observed as not respected, and whether ill-treatment was alleged. */
    void held(UUID actionId, List<String> notRespected, boolean illTreatmentAlleged) {
        mapper.scheduledOf(actionId).ifPresent(h -> mapper.held(h.id(),
                notRespected.isEmpty() ? null : String.join(",", notRespected), illTreatmentAlleged));
    }

    /** The calendar of the caller's missions: hearings of running trial observations from {@code from} (default: a week ago). */
    public List<Hearing> calendar(Caller caller, LocalDate from) {
        requireStaff(caller, "from");
        LocalDate since = from == null ? LocalDate.now(clock).minusDays(CALENDAR_DAYS_BACK) : from;
        return mapper.calendar(caller.missions(), since).stream().map(Hearings::view).toList();
    }

    /** Body of {@code POST /api/hearings/{id}/postponement}. */
    public record Postponement(String postponedTo) {
    }

    /**
     * A postponement known before the hearing day: the hearing is marked postponed, the next one
     * scheduled, and the trial observation waits for the new day (no report is asked). Refused once
     * the hearing day has come (the observer records it in "Observe the hearing").
     */
    @Transactional
    public Hearing postpone(Caller caller, UUID id, Postponement request) {
        requireStaff(caller, "postponedTo");
        HearingMapper.CalendarRow row = mapper.findInMissions(id, caller.missions())
                .orElseThrow(() -> new NotFoundException("No hearing " + id + " in your missions"));
        if (!"SCHEDULED".equals(row.status())) {
            throw new ConflictException("The hearing of " + row.hearingOn() + " is " + row.status().toLowerCase()
                    + ": postpone the hearing still to come");
        }
        LocalDate postponedTo = FormAnswers.date("postponedTo", request == null ? null : request.postponedTo());
        if (!postponedTo.isAfter(row.hearingOn()) || !postponedTo.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("postponedTo", "must be after the postponed hearing's date and after today");
        }
        if (postponedTo.isAfter(LocalDate.now(clock).plusYears(3))) {
            throw new InvalidInputException("postponedTo", "must be within three years");
        }
        postponed(row.actionId(), postponedTo);
        if (!engine.postpone(row.missionId(), row.actionId(), postponedTo)) {
            throw new ConflictException("The hearing day of " + row.hearingOn()
                    + " has come: record the postponement in \"Observe the hearing\" in Tasklist");
        }
        return mapper.calendar(List.of(row.missionId()), postponedTo).stream()
                .filter(h -> h.actionId().equals(row.actionId()) && h.hearingOn().equals(postponedTo))
                .map(Hearings::view).findFirst().orElseThrow();
    }

    /**
     * The pseudonymous trial report for partner missions: every hearing of the trial observation the
     * hearing {@code id} belongs to, with the checklist's findings and the verdict. Only with the
     * defender's consent to share the trial observation with partner missions; generated, it is audited.
     */
    public String trialReport(Caller caller, UUID id) {
        requireStaff(caller, "id");
        HearingMapper.CalendarRow row = mapper.findInMissions(id, caller.missions())
                .orElseThrow(() -> new NotFoundException("No hearing " + id + " in your missions"));
        List<HearingMapper.CalendarRow> trial = mapper.trialOf(row.actionId());
        if (!consents.permits(row.caseId(), ActionType.TRIAL_OBSERVATION, Audience.PARTNER_MISSIONS)) {
            throw new ConflictException("The defender has not consented to sharing the trial observation with partner missions:"
                    + " record the consent before a report leaves the mission");
        }
        HtmlDocument document = new HtmlDocument("Trial observation report: " + row.codeName(), "RESTRICTED: for partner missions")
                .heading("Trial observation report")
                .facts(List.of(List.of("Defender (code name)", row.codeName()),
                        List.of("Hearings observed", Long.toString(trial.stream().filter(h -> "HELD".equals(h.status())).count())),
                        List.of("Postponements", Long.toString(trial.stream().filter(h -> "POSTPONED".equals(h.status())).count())),
                        List.of("Outcome so far", row.actionOutcome() == null ? "Trial under way" : HtmlDocument.label(row.actionOutcome()))))
                .table(List.of("Hearing", "Status", "Observed with", "Guarantees not respected", "Ill-treatment alleged"),
                        trial.stream().map(Hearings::reportRow).toList(), "No hearing recorded yet")
                .paragraph("Observed against the OSCE/ODIHR trial-monitoring handbook and OHCHR's guidance on trial observation."
                        + " The defender is named by code name only; the court, the people present and the observers' notes stay"
                        + " with the mission.");
        audit.record(caller.userId(), AuditEventType.DOCUMENT_GENERATED, row.missionId(), row.caseReference(),
                "pseudonymous trial report for partner missions");
        return document.render();
    }

    private static List<String> reportRow(HearingMapper.CalendarRow h) {
        String guarantees = h.guaranteesNotRespected() == null ? ("HELD".equals(h.status()) ? "None" : "")
                : String.join(", ", Arrays.stream(h.guaranteesNotRespected().split(",")).map(HtmlDocument::label).toList());
        return List.of(h.hearingOn().toString(),
                "POSTPONED".equals(h.status()) ? "Postponed to " + h.postponedTo() : HtmlDocument.label(h.status()),
                h.partnerName() == null ? "" : h.partnerName(),
                guarantees,
                h.illTreatmentAlleged() == null ? "" : (h.illTreatmentAlleged() ? "Yes" : "No"));
    }

    private static Hearing view(HearingMapper.CalendarRow h) {
        return new Hearing(h.id(), h.missionId(), h.caseReference(), h.codeName(), h.hearingOn(), h.status(), h.postponedTo(),
                h.observer(), h.partnerName());
    }

    private static void requireStaff(Caller caller, String field) {
        if (!caller.hasAnyGroup(Roles.MAY_FILE_REPORTS)) {
            throw new AccessRefusedException(field, "only the mission's case officers, supervisors and senior officials see the hearings");
        }
    }
}
