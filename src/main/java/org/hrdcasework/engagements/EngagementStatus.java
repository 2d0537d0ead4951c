package org.hrdcasework.engagements;

/** Where a visit or dialogue stands. */
public enum EngagementStatus {
    /** The briefing pack is being compiled, reviewed and approved. */
    PREPARING,
    /** The pack is approved; waiting for the visit or dialogue. */
    BRIEFED,
    /** Held; the outcome is recorded and follow-ups may run. */
    HELD,
    /** Held and followed up. */
    CLOSED,
    /** Called off before it ended. */
    CANCELLED
}
