package org.hrdcasework.cases;

import java.util.UUID;

/**
 * A threat report was filed on a defender: a new case, or a further report on a case. Published
 * in the filing's own transaction; a reprisal watch open on the defender links it to its engagement.
 */
public record ThreatReportFiled(UUID caseId, String missionId, UUID defenderId) {
}
