package org.hrdcasework.reprisals;

/**
 * The acts that make a defender's link to the mission visible, each of which opens (or extends)
 * a reprisal watch. (Named apart from engagements.EngagementKind, the kinds of senior officials'
 * visits and dialogues.)
 */
public enum VisibleEngagement {
    PUBLIC_STATEMENT,
    TRIAL_ATTENDANCE,
    UN_SUBMISSION,
    VISITING_OFFICIAL_MEETING,
    DIALOGUE_RAISE,
    ANNUAL_MEETING,
    /** The defender's return after a temporary relocation (opened by the relocation process). */
    RETURN_FROM_RELOCATION
}
