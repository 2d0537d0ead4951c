package org.hrdcasework.cases;

/** What a review while actions run decides (form InterimReview). */
public enum InterimReviewDecision {
    CONTINUE, CLOSE_CASE
}
