package org.hrdcasework.actions;

/** What a senior official does with a demarche left without a reply (Demarche's "Raised to?" gateway). */
enum DemarcheRaisedTo {
    /** Climb to the rung above, as processes/DemarcheLadder.dmn gives it for NO_REPLY. */
    NEXT_RUNG,
    /** Wait longer on this rung: the reply's clocks start again. */
    WAIT_LONGER,
    /** The demarche is closed without a reply, with a reason. */
    CLOSE_WITHOUT_REPLY
}
