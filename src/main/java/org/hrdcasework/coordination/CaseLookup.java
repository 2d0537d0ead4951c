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

    private static CaseRef notFound(String reference) {
        throw new NotFoundException("No case " + reference + " in your missions");
    }
}
