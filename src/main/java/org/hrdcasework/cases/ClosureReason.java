package org.hrdcasework.cases;

/** Why a case was closed. */
public enum ClosureReason {
    NOT_A_DEFENDER, NOT_LINKED_TO_HUMAN_RIGHTS_WORK, DUPLICATE_OF_OPEN_CASE,
    /** Closed at a review, with a {@link ClosureOutcome}. */
    CLOSED_AFTER_REVIEW
}
