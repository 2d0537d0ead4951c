package org.hrdcasework.engagements;

/** What the briefing pack advises for one case, from the consent register; ordered from most to least open. */
public enum Recommendation {
    RAISE_PUBLICLY("may be raised publicly"),
    RAISE_PRIVATELY("raise privately only, never publicly"),
    DO_NOT_RAISE("do not raise");

    private final String advice;

    Recommendation(String advice) {
        this.advice = advice;
    }

    /** The wording printed in the pack. */
    public String advice() {
        return advice;
    }

    /** The more restrictive of the two: consent only ever narrows what may be said. */
    Recommendation narrowest(Recommendation other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }
}
