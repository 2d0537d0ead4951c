package org.hrdcasework.engagements;

/** A senior official's country visit, or a round of political dialogue with the host government. */
public enum EngagementKind {
    VISIT, POLITICAL_DIALOGUE;

    String dutyKind() {
        return this == VISIT ? EngagementProcesses.KIND_VISIT : EngagementProcesses.KIND_DIALOGUE;
    }
}
