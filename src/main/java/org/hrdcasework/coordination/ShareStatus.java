package org.hrdcasework.coordination;

/** Where a sharing with one partner stands. */
enum ShareStatus {
    AWAITING_CONSENT, DRAFTING, AWAITING_APPROVAL, SHARED, NOT_SHARED
}
