package org.hrdcasework.actions;

/** Why a demarche the state never answered is closed (form RaiseDemarcheLevel). */
enum ClosedWithoutReplyReason {
    STATE_WILL_NOT_ANSWER, SITUATION_RESOLVED, SUPERSEDED, DEFENDER_ASKED
}
