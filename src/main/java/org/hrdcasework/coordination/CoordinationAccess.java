package org.hrdcasework.coordination;

import java.util.List;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;

/** Who may do what in coordination: the caller's role, and the mission a request names. */
final class CoordinationAccess {

    private CoordinationAccess() {
    }

    static void requireRole(Caller caller, List<String> roles, String field, String what) {
        if (!caller.hasAnyGroup(roles)) {
            throw new AccessRefusedException(field, "your role may not " + what);
        }
    }

    /** The mission a request names, which must be one of the caller's; may be left out by staff of one mission. */
    static String missionOf(Caller caller, String mission) {
        if (mission == null || mission.isBlank()) {
            if (caller.missions().size() == 1) {
                return caller.missions().iterator().next();
            }
            throw new InvalidInputException("mission", "is required for staff of several missions");
        }
        if (!caller.isMemberOf(mission)) {
            throw new AccessRefusedException("mission", "'" + mission + "' is not one of your missions");
        }
        return mission;
    }
}
