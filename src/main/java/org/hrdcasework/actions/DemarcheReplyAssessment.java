package org.hrdcasework.actions;

/** The officer's reading of the host state's reply to a demarche. */
enum DemarcheReplyAssessment {
    SATISFACTORY, PARTIAL, UNSATISFACTORY, REFUSED
}
