package org.hrdcasework.system.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The variables every process of a case or duty carries: ids and routing facts, never identities
 * (ADR 0003). Each process's own variables are named in its constants class beside its glue.
 */
public final class ProcessVariables {

    /** The mission (tenant) the instance belongs to; set when it starts, the engine's tenant follows it. */
    public static final String MISSION_ID = "missionId";
    /** Our case_file row the instance works for. */
    public static final String CASE_ID = "caseId";
    /** The case's reference (e.g. ALPHA-2026-0001), the business key of the case's own process. */
    public static final String CASE_REFERENCE = "caseReference";
    /** The reference of a standing duty (e.g. ALPHA-REL-0001): its tasks are recorded and escalated against it. */
    public static final String DUTY_REFERENCE = "dutyReference";
    /** The case's risk tier (1 most urgent), which sets its deadlines. */
    public static final String URGENCY_TIER = "urgencyTier";
    /**
     * The code name of the defender a case or relationship is about (HRD-ALPHA-0001): a pseudonym,
     * never the identity (ADR 0005). Set on an instance by its first task, so that Tasklist's cards
     * show it (system/tasklist/TaskCardListener).
     */
    public static final String DEFENDER_CODE_NAME = "defenderCodeName";

    /** A day as the engine's timers read a date variable: its start, in UTC. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private ProcessVariables() {
    }
}
