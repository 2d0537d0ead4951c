package org.hrdcasework.actions;

/** The host country's answer to the visa application (TemporaryRelocation's "Visa issued?" gateway). */
enum VisaOutcome {
    ISSUED,
    /** The head of mission decides: another programme, or no relocation. */
    REFUSED
}
