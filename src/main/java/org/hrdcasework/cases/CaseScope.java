package org.hrdcasework.cases;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a case reference names a case of the caller's missions.
 * A case of another mission and a case that does not exist get the same answer.
 */
@Component
public class CaseScope {

    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]{1,12}-\\d{4}-\\d{4,6}");
    private static final String REFERENCE_FORMAT = "must look like ALPHA-2026-0001";

    private final CaseMapper mapper;

    CaseScope(CaseMapper mapper) {
        this.mapper = mapper;
    }

    /** A case named in the path: 400 when the reference is malformed, 404 when it is not a case of the caller's missions. */
    public CaseInMission caseOf(Caller caller, String reference) {
        requireWellFormed("reference", reference);
        return find(caller, reference).orElseThrow(() -> notFound(reference));
    }

    /** A case named in a field of a request body: 400 naming the field, malformed or not found. */
    public CaseInMission caseNamedIn(String field, Caller caller, String reference) {
        requireWellFormed(field, reference);
        return find(caller, reference).orElseThrow(() -> new InvalidInputException(field, "no case " + reference + " in your missions"));
    }

    static NotFoundException notFound(String reference) {
        return new NotFoundException("No case " + reference + " in your missions");
    }

    static void requireWellFormed(String field, String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new InvalidInputException(field, REFERENCE_FORMAT);
        }
    }

    private Optional<CaseInMission> find(Caller caller, String reference) {
        return caller.missions().isEmpty() ? Optional.empty() : mapper.findInMissions(reference, caller.missions());
    }
}
