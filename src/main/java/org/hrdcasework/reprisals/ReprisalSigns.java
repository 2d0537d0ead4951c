package org.hrdcasework.reprisals;

/** The answer of a check-in with the defender after an engagement. */
enum ReprisalSigns {
    NONE, SUSPECTED
}
