package org.hrdcasework.relationships;

/** Who may be a defender's liaison or deputy officer in a mission. */
interface MissionStaff {

    /** True if the user exists, belongs to the mission and is a case officer, supervisor or senior official. */
    boolean mayLiaise(String userId, String missionId);
}
