package org.hrdcasework.coordination;

/** What the mission does about a UN communication the state left unanswered. */
enum FollowUp {
    RAISE_AT_NEXT_HRC_SESSION, RAISE_AT_UNGA_THIRD_COMMITTEE, JOINT_STATEMENT, FURTHER_COMMUNICATION, NONE
}
