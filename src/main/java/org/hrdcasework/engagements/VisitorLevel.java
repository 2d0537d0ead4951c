package org.hrdcasework.engagements;

/** Who leads the visit or dialogue for our side. */
public enum VisitorLevel {
    MINISTER, SPECIAL_REPRESENTATIVE, SENIOR_OFFICIAL, HEAD_OF_MISSION
}
