package org.hrdcasework.consent;

/** Whom an act names or exposes the defender to; consent is given or refused per action type and audience. */
public enum Audience {
    /** The host state's authorities: demarches, custody visits, attending a trial, raising the case in a dialogue. */
    HOST_STATE,
    /** Like-minded and partner missions: shared summaries, joint actions. */
    PARTNER_MISSIONS,
    /** UN mechanisms: special procedures, the Working Group on Arbitrary Detention. */
    UN,
    /** The public: statements and anything else that names the defender openly. */
    PUBLIC
}
