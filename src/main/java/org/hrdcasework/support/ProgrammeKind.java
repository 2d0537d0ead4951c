package org.hrdcasework.support;

/** What a support programme offers. */
public enum ProgrammeKind {
    PROTECTION_GRANT, EMERGENCY_VISA, RELOCATION, DIGITAL_SECURITY_HELPLINE, LEGAL_AID
}
