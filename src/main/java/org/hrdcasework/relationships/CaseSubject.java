package org.hrdcasework.relationships;

import java.util.UUID;

/** The case a relationship is opened from: its mission and defender. */
record CaseSubject(UUID caseId, String missionId, UUID defenderId) {
}
