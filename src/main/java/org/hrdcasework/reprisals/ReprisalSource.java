package org.hrdcasework.reprisals;

/** Where a reprisal was first seen: a check-in with the defender, or a threat report during a watch. */
enum ReprisalSource {
    CHECK_IN, THREAT_REPORT
}
