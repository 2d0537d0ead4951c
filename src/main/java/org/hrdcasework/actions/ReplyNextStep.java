package org.hrdcasework.actions;

/** What follows the host state's reply to a demarche (Demarche's "Next step?" gateway). */
enum ReplyNextStep {
    /** Another demarche at working level: back to preparation. */
    FOLLOW_UP,
    /** Headquarters takes the demarche up. */
    HEADQUARTERS,
    /** The demarche is complete. */
    NONE
}
