package org.hrdcasework.cases;

/** Kinds of threat or attack a report can describe. */
public enum ThreatType {
    DEATH_THREAT, ARREST, ABDUCTION, PHYSICAL_ATTACK, JUDICIAL_HARASSMENT, SURVEILLANCE, SMEAR_CAMPAIGN,
    DIGITAL_ATTACK, OTHER
}
