package org.hrdcasework.support;

/** What an application asks a programme to cover. */
public enum SupportPurpose {
    SAFETY_MEASURES, LEGAL_FEES, MEDICAL, RELOCATION, DIGITAL_SECURITY, TRAVEL, LIVING_COSTS
}
