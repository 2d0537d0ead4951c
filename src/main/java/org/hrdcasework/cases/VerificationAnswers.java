package org.hrdcasework.cases;

/** What the officer answered in the "Verify report" form. */
record VerificationAnswers(boolean isDefender, boolean linkedToHumanRightsWork, String duplicateOfReference) {
}
