package org.hrdcasework.actions;

/** Where an unanswered demarche is raised after 60 days (Demarche's "Raised to?" gateway). */
enum DemarcheRaisedTo {
    /** The head of mission raises it personally; the branch ends there. */
    HEAD_OF_MISSION,
    /** Headquarters takes the demarche up. */
    HEADQUARTERS,
    /** The demarche is closed without a reply, with a reason; the wait for the reply ends. */
    CLOSE_WITHOUT_REPLY
}
