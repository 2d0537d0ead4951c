package org.hrdcasework.actions;

/** What follows the host state's reply to a demarche (Demarche's "Next step?" gateway). */
enum ReplyNextStep {
    /** Another demarche on the same rung: back to preparation. */
    FOLLOW_UP,
    /** Climb the ladder: the rung above, as processes/DemarcheLadder.dmn gives it for the reply's assessment. */
    CLIMB,
    /** The reply made a commitment with a date ("will be released by ..."): check it was kept on that date. */
    AWAIT_COMMITMENT,
    /** The demarche is complete. */
    NONE
}
