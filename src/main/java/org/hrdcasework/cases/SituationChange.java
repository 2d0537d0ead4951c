package org.hrdcasework.cases;

/** A change in the defender's situation that calls for a new risk assessment. */
public enum SituationChange {
    ARREST, RELEASE, NEW_THREAT, RELOCATION, DISAPPEARANCE, KILLING, OTHER
}
