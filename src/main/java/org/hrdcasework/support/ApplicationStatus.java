package org.hrdcasework.support;

import java.util.Set;

/** Where an application to a support programme stands. */
public enum ApplicationStatus {
    /** Being prepared with the defender (the initial state). */
    PREPARED,
    SUBMITTED,
    GRANTED,
    REFUSED,
    PAID,
    WITHDRAWN;

    /** An application in one of these states means the purpose is being, or has been, funded. */
    static final Set<ApplicationStatus> FUNDING = Set.of(PREPARED, SUBMITTED, GRANTED, PAID);
}
