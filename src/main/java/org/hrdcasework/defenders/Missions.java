package org.hrdcasework.defenders;

import java.util.Locale;

/** Short codes derived from mission (tenant) ids, used in pseudonyms and case references. */
public final class Missions {

    private Missions() {
    }

    /** {@code mission-alpha} becomes {@code ALPHA}. */
    public static String code(String missionId) {
        String code = missionId.replaceFirst("^mission-", "").replaceAll("[^A-Za-z0-9]", "")
                .toUpperCase(Locale.ROOT);
        return code.isEmpty() ? "MISSION" : code.substring(0, Math.min(code.length(), 12));
    }
}
