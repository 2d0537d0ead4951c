package org.hrdcasework;

/** Threat report bodies for tests. The defender data is fictitious but recognisable in a search of stored bytes. */
public final class ThreatReports {

    public static final String FULL_NAME = "Zainab Testdefender";
    public static final String CONTACT = "+000 5550 1234 / signal";
    public static final String DESCRIPTION = "Unmarked car outside the office of the association for three nights";

    private ThreatReports() {
    }

    public static String valid(String mission) {
        return """
                {"mission": "%s",
                 "defender": {"fullName": "%s", "contact": "%s"},
                 "threat": {"type": "DEATH_THREAT", "description": "%s", "occurredOn": "2026-11-20"},
                 "channel": "NGO_REFERRAL",
                 "source": "Partner NGO hotline"}
                """.formatted(mission, FULL_NAME, CONTACT, DESCRIPTION);
    }
}
