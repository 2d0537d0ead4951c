package org.hrdcasework.coordination;

/** Where a UN referral stands. */
enum ReferralStatus {
    CONSENT_CHECK, REFUSED_NO_CONSENT, PREPARING, AWAITING_CLEARANCE, CLEARED, SUBMITTED, STATE_REPLIED, UNANSWERED,
    FOLLOWED_UP
}
