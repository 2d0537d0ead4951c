package org.hrdcasework.support;

/** Why an application was withdrawn. */
public enum WithdrawalReason {
    /** A supervisor stopped it: the defender already has funding for the same purpose. */
    DUPLICATE_FUNDING,
    /** Informed of the programme, the defender did not wish to apply. */
    DEFENDER_DECLINED,
    /** Withdrawn through the API while in progress (the defender's wish, a changed situation...). */
    WITHDRAWN_ON_REQUEST
}
