package org.hrdcasework.reprisals;

/** The officer's decision on a threat report linked to a preceding engagement. */
enum ReprisalLink {
    CONFIRMED, NOT_LINKED
}
