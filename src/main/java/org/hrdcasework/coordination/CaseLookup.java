package org.hrdcasework.coordination;

import java.util.List;
import java.util.regex.Pattern;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a case among the caller's missions and checks the caller's role, as the case API does. */
@Component
class CaseLookup {

    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-\\d{4}-\\d{4,6}");

    private final CoordinationMapper mapper;

    CaseLookup(CoordinationMapper mapper) {
        this.mapper = mapper;
    }

    CaseRef caseOf(Caller caller, String reference) {
        if (reference == null || !CASE_REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException("reference", "must look like ALPHA-2026-0001");
        }
        return caller.missions().isEmpty() ? notFound(reference)
                : mapper.findCase(reference, caller.missions()).orElseGet(() -> notFound(reference));
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

    private static CaseRef notFound(String reference) {
        throw new NotFoundException("No case " + reference + " in your missions");
    }
}
