package org.hrdcasework.coordination;

/** What the mission did when it took an unanswered UN communication further at the UN. */
enum UnFollowUpTaken {
    RAISED_AT_HRC_SESSION, RAISED_AT_UNGA_THIRD_COMMITTEE, JOINT_STATEMENT_DELIVERED, NOT_TAKEN_UP
}
