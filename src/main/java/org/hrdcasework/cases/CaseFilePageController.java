package org.hrdcasework.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hrdcasework.defenders.DefenderService;
import org.hrdcasework.escalation.EscalationEngine;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.system.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case file page ({@code /cases/{reference}}), rendered on the server: the summary by code
 * name, the timeline of everything that happened to the case, its open tasks (with links into
 * Tasklist), the things the person's roles may do next, and the audited identity reveal. A case
 * of another mission, an unknown or a malformed reference is "not found" (404 page), as in the API.
 */
@PageController
class CaseFilePageController {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_FIRST_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** Roles that may request support, sharings and UN referrals (SupportApplications, CaseSharingService, UnReferralService). */
    private static final List<String> MAY_REQUEST = List.of(Roles.CASE_OFFICERS, Roles.SUPERVISORS);

    private final EscalationEngine escalations;
    private final CaseFileService caseFileService;
    private final CaseScope caseScope;
    private final CaseTimelineService timelineService;
    private final MessageSource messages;
    private final Clock clock;

    CaseFilePageController(CaseFileService caseFileService, CaseScope caseScope, CaseTimelineService timelineService,
                           MessageSource messages, Clock clock, EscalationEngine escalations) {
        this.escalations = escalations;
        this.caseFileService = caseFileService;
        this.caseScope = caseScope;
        this.timelineService = timelineService;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{reference}")
    String casePage(@AuthenticationPrincipal Caller caller, @PathVariable String reference, Model model) {
        addCaseFile(caller, reference, model);
        return "cases/case";
    }

    /**
     * The audited reveal, posted by the page's form (with the session's CSRF token). The identity is
     * shown on this response only: never in a URL, a redirect or a log. Without a good reason the page
     * comes back with 400 and the error on the field.
     */
    @PostMapping("/cases/{reference}/identity-reveals")
    String revealIdentity(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                          @RequestParam(name = "reason", required = false) String reason, Model model,
                          HttpServletResponse response) {
        caseInMissions(caller, reference);
        try {
            model.addAttribute("revealed", caseFileService.revealIdentity(caller, reference, reason));
        } catch (InvalidInputException e) {
            if (!"reason".equals(e.field())) {
                throw new NotFoundException("No case " + reference + " in your missions");
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String trimmed = reason == null ? "" : reason.strip();
            model.addAttribute("revealError", words(trimmed.length() > CaseFileService.MAX_REVEAL_REASON
                    ? "case.reveal.error.reasonTooLong" : "case.reveal.error.reasonTooShort",
                    CaseFileService.MIN_REVEAL_REASON, CaseFileService.MAX_REVEAL_REASON));
            model.addAttribute("reason", reason);
        }
        addCaseFile(caller, reference, model);
        return "cases/case";
    }

    private CaseInMission caseInMissions(Caller caller, String reference) {
        try {
            return caseScope.caseOf(caller, reference);
        } catch (InvalidInputException malformed) {
            throw new NotFoundException("No case in your missions");
        }
    }

    private void addCaseFile(Caller caller, String reference, Model model) {
        CaseInMission c = caseInMissions(caller, reference);
        CaseView view = caseFileService.findCase(caller, reference); // audited as a case view, as the API does
        CaseTimelineService.Timeline timeline = timelineService.timelineOf(c);
        List<CaseTimelineMapper.OpenTask> tasks = timelineService.openTasksOf(c);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The next deadline is the earliest due date of the case's open tasks (an escalated task keeps its due date).
        OffsetDateTime nextDeadline = tasks.stream().map(CaseTimelineMapper.OpenTask::due).filter(Objects::nonNull)
                .min(OffsetDateTime::compareTo).orElse(null);

        model.addAttribute("reference", view.reference());
        model.addAttribute("codeName", view.defender().codeName());
        model.addAttribute("stage", view.stage().name());
        model.addAttribute("tier", view.urgencyTier() == null ? "none" : view.urgencyTier().toString());
        model.addAttribute("threatType", view.threat().type().name());
        model.addAttribute("incidentOn", view.threat().occurredOn().format(DAY_FIRST_DATE));
        model.addAttribute("daysSinceIncident",
                Math.max(0, ChronoUnit.DAYS.between(view.threat().occurredOn(), LocalDate.now(clock))));
        model.addAttribute("openedAt", format(view.createdAt()));
        // The protection clock from the incident, while no action has started (escalation/EscalationEngine.caseClock).
        escalations.caseClock(c.id().toString()).ifPresent(clockNow -> {
            model.addAttribute("firstActionDue", clockNow.firstActionDue() == null ? null
                    : format(clockNow.firstActionDue().atOffset(ZoneOffset.UTC)));
            model.addAttribute("firstActionOverdue", clockNow.firstActionDue() != null
                    && clockNow.firstActionDue().isBefore(now.toInstant()));
            model.addAttribute("clockNextLevel", clockNow.nextEscalationAt() == null ? null : clockNow.nextLevel());
            model.addAttribute("clockNextAt", clockNow.nextEscalationAt() == null ? null
                    : format(clockNow.nextEscalationAt().atOffset(ZoneOffset.UTC)));
        });
        model.addAttribute("nextDeadline", nextDeadline == null ? null : format(nextDeadline));
        model.addAttribute("nextDeadlineOverdue", nextDeadline != null && nextDeadline.isBefore(now));
        model.addAttribute("timeline", timeline.entries().stream().map(this::timelineRow).toList());
        model.addAttribute("timelineTruncated", timeline.truncated());
        model.addAttribute("timelineLimit", timeline.limit());
        model.addAttribute("openTasks", tasks.stream().map(this::openTaskRow).toList());
        model.addAttribute("mayChangeCase", caller.hasAnyGroup(Roles.MAY_FILE_REPORTS));
        model.addAttribute("mayRequest", caller.hasAnyGroup(MAY_REQUEST));
        model.addAttribute("mayReveal", caller.hasAnyGroup(Roles.MAY_REVEAL_IDENTITY));
        model.addAttribute("minReason", CaseFileService.MIN_REVEAL_REASON);
        model.addAttribute("maxReason", CaseFileService.MAX_REVEAL_REASON);
        if (model.getAttribute("revealed") instanceof DefenderService.Revealed revealed && revealed.erasedAt() != null) {
            model.addAttribute("erasedOn", format(revealed.erasedAt()));
        }
    }

    /** One line of the timeline as the page shows it: when, what (in words), who. */
    record TimelineRow(String when, String what, String who) {
    }

    /** One open task as the page shows it, with its link into Tasklist. */
    record OpenTaskRow(String name, String assignedTo, String due, boolean overdue, String tasklistUrl) {
    }

    private TimelineRow timelineRow(TimelineEntry e) {
        String s = e.subject();
        String d = e.detail();
        String what = switch (e.kind()) {
            case REPORT_FILED, FURTHER_REPORT -> what(e, code("threatType", s), code("channel", d));
            case VERIFIED -> what(e, code("verification", s));
            case RISK_ASSESSED -> what(e, code("tier", s));
            case CONSENT_GIVEN, CONSENT_WITHDRAWN -> what(e, code("actionType", s), code("consentAudience", d));
            case CONSENT_LAPSED -> what(e, code("situationChange", s));
            case ACTION_STARTED -> what(e, code("actionType", s));
            case ACTION_ENDED -> what(e, code("actionType", s), code("actionState", d));
            case ESCALATED -> what(e, code("escalationLevel", s), d == null ? "" : d);
            case ESCALATION_HANDLED -> what(e, code("escalationLevel", s), code("case.escalationDecision", d));
            case CONTACT -> what(e, code("case.contactKind", s), code("case.defenderSituation", d));
            case TASK_COMPLETED -> what(e, s == null ? "" : s);
            case CLOSED -> what(e, d != null ? code("closureOutcome", d) : code("closureReason", s));
            case IDENTITY_REVEALED, REOPENED -> what(e);
        };
        return new TimelineRow(format(e.at()), what, e.actor() == null ? words("case.timeline.nobody") : e.actor());
    }

    private OpenTaskRow openTaskRow(CaseTimelineMapper.OpenTask t) {
        String assignedTo;
        if (t.assignee() != null) {
            assignedTo = t.assignee();
        } else if (t.candidateGroups() != null) {
            assignedTo = words("case.tasks.candidates", String.join(", ", Arrays.stream(t.candidateGroups().split(","))
                    .map(group -> code("case.group", group)).toList()));
        } else {
            assignedTo = words("case.tasks.unassigned");
        }
        return new OpenTaskRow(t.name() == null ? words("case.tasks.unnamed") : t.name(), assignedTo,
                t.due() == null ? words("case.tasks.noDueDate") : format(t.due()),
                t.due() != null && t.due().isBefore(OffsetDateTime.now(clock)),
                TASKLIST_TASK + URLEncoder.encode(t.id(), StandardCharsets.UTF_8));
    }

    private String what(TimelineEntry e, Object... args) {
        return words("case.timeline." + e.kind().name(), args);
    }

    /** The words for a code (e.g. {@code threatType.ARREST}); the code itself if a value has no words yet. */
    private String code(String prefix, String value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(prefix + "." + value, null, value, LocaleContextHolder.getLocale());
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String format(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(clock.getZone()).format(DAY_FIRST);
    }
}
