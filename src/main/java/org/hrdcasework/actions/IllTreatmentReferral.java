package org.hrdcasework.actions;

/** The referral proposed after an allegation of torture or ill-treatment raised at a hearing (recorded only). */
enum IllTreatmentReferral {
    NONE,
    UN_SPECIAL_RAPPORTEUR_ON_TORTURE,
    NATIONAL_PREVENTIVE_MECHANISM,
    FORENSIC_MEDICAL_EXAMINATION
}
