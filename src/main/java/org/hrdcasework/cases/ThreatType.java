package org.hrdcasework.cases;

/** Kinds of threat or attack a report can describe. */
public enum ThreatType {
    DEATH_THREAT, ARREST, ABDUCTION, PHYSICAL_ATTACK, JUDICIAL_HARASSMENT, SURVEILLANCE, SMEAR_CAMPAIGN,
    DIGITAL_ATTACK, OTHER;

    /**
     * The urgency tier a report has until its risk is assessed: arrest, abduction, credible death
     * threat and physical attack are tier 1 (acknowledge within 2 hours), everything else tier 2.
     */
    public int provisionalTier() {
        return switch (this) {
            case DEATH_THREAT, ARREST, ABDUCTION, PHYSICAL_ATTACK -> 1;
            default -> 2;
        };
    }
}
