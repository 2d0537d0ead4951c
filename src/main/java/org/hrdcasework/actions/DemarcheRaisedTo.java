package org.hrdcasework.actions;

/** Where an unanswered demarche is raised after 60 days (Demarche's "Raised to?" gateway). */
enum DemarcheRaisedTo {
    /** The head of mission raises it personally; the branch ends there. */
    HEAD_OF_MISSION,
    /** Headquarters takes the demarche up. */
    HEADQUARTERS
}
