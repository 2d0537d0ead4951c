package org.hrdcasework.actions;

import java.util.Set;

/** The standard actions a mission can take for a defender. */
public enum ActionType {
    DEMARCHE, TRIAL_OBSERVATION, PUBLIC_STATEMENT, COORDINATION, EMERGENCY_SUPPORT, DIGITAL_SECURITY, CUSTODY_VISIT, TEMPORARY_RELOCATION;

    /** Actions that expose the defender publicly: impossible without valid public consent. */
    public static final Set<ActionType> PUBLIC = Set.of(PUBLIC_STATEMENT);
}
