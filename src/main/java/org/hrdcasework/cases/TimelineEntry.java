package org.hrdcasework.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One thing that happened to a case, as the timeline lists it: when, what ({@code kind} with the
 * codes it is about: a threat type, a tier, an action type, a task's name...) and who (the user id
 * of the actor, or {@code system}). Never a defender's identity, never free text.
 *
 * @param kind    what happened: one of {@link Kind}
 * @param subject the code or name the entry is about (see {@link Kind}), or null
 * @param detail  a second code (a channel, a scope, a state, a decision...), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(OffsetDateTime at, Kind kind, String subject, String detail, String actor) {

    /** What happened; the comment says what {@code subject} and {@code detail} hold. */
    public enum Kind {
        /** The first threat report: threat type, channel. */
        REPORT_FILED,
        /** A further threat report: threat type, channel. */
        FURTHER_REPORT,
        /** Verification: outcome. */
        VERIFIED,
        /** A risk assessment: urgency tier, risk level. */
        RISK_ASSESSED,
        /** Consent given: action type, scope. */
        CONSENT_GIVEN,
        /** Consent withdrawn: action type, scope. */
        CONSENT_WITHDRAWN,
        /** Every consent lapsed with a change of situation: the change. */
        CONSENT_LAPSED,
        /** An action started: action type. */
        ACTION_STARTED,
        /** An action completed or stopped: action type, state. */
        ACTION_ENDED,
        /** Stalled work escalated: escalation level, the stalled task's name. */
        ESCALATED,
        /** An escalation handled: escalation level, decision. */
        ESCALATION_HANDLED,
        /** A contact with the defender: contact kind, the defender's situation. */
        CONTACT,
        /** The defender's identity revealed (audited); the reason stays in the audit log. */
        IDENTITY_REVEALED,
        /** A task completed: the task's name. */
        TASK_COMPLETED,
        /** The case closed: closure reason or outcome. */
        CLOSED,
        /** The case reopened by a further report. */
        REOPENED
    }
}
