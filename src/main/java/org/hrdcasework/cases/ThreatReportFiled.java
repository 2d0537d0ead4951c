package org.hrdcasework.cases;

import java.util.UUID;

/**
 * A threat report on a defender: a new case ({@code caseId}; found at verification to be about the
 * defender of an open case, it names that defender), or a further report on a case. Published in
 * the filing's (or verification's) own transaction; a reprisal watch open on the defender links it
 * to its engagement.
 */
public record ThreatReportFiled(UUID caseId, String missionId, UUID defenderId) {
}
