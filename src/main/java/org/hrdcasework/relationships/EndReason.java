package org.hrdcasework.relationships;

/** Why a relationship with a defender ended. */
public enum EndReason {
    DEFENDER_REQUEST, RELOCATED, NO_LONGER_AT_RISK, OTHER
}
