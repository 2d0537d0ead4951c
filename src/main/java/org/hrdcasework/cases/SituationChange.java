package org.hrdcasework.cases;

/** A change in the defender's situation that calls for a new risk assessment. */
public enum SituationChange {
    ARREST, RELEASE, NEW_THREAT, RELOCATION, DISAPPEARANCE, KILLING, OTHER;

    /**
     * Whether the change lapses every consent of the case until it is given again: the defender can
     * no longer be held to what they agreed in another situation (detained, free again, elsewhere,
     * missing, or killed: then only family or a lawyer may decide, with a recorded reason).
     */
    public boolean lapsesConsent() {
        return this != NEW_THREAT && this != OTHER;
    }
}
