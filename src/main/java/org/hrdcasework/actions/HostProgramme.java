package org.hrdcasework.actions;

/** The programme that hosts a temporarily relocated defender (recorded at "Assess eligibility for temporary relocation"). */
enum HostProgramme {
    /** The EU Temporary Relocation Platform (ProtectDefenders.eu). */
    EU_TEMPORARY_RELOCATION_PLATFORM,
    /** A Shelter City host city. */
    SHELTER_CITY,
    /** A ProtectDefenders.eu relocation grant. */
    PROTECT_DEFENDERS_EU,
    /** A host state's national programme. */
    NATIONAL_PROGRAMME,
    OTHER
}
