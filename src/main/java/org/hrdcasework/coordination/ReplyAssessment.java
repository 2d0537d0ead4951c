package org.hrdcasework.coordination;

/** The mission's reading of the state's reply to a UN communication. */
enum ReplyAssessment {
    SATISFACTORY, UNSATISFACTORY
}
