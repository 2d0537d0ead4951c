package org.hrdcasework.relationships;

/** The officer's judgement after a contact: all well, or a concern for the supervisors. */
public enum DefenderSituation {
    SAFE, CONCERN
}
