package org.hrdcasework.cases;

/** What a periodic review decides; also the routing fact of Gateway_ReviewDecision. */
public enum ReviewDecision {
    CONTINUE_MONITORING, PLAN_FURTHER_ACTIONS, REASSESS_RISK, CLOSE_CASE
}
