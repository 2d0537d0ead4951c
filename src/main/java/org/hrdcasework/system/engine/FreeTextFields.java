package org.hrdcasework.system.engine;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hrdcasework.system.web.InvalidInputException;

/**
 * The rule for what officers type into forms: free text (a textfield or textarea) is either named
 * {@code sensitive_*}, and then stored only encrypted in the case file and removed from the engine
 * before anything is written, or it is a reference the processes route or link on, listed here
 * with the strict pattern its form must declare and the server checks again on completion (a
 * client other than Tasklist does not run the form's validation). {@link ModelRules} refuses any
 * other free-text field at deployment, so a new form cannot leave typed text in the engine.
 */
public final class FreeTextFields {

    public static final String SENSITIVE_PREFIX = "sensitive_";

    /** A structured field: the form's {@code validate.pattern}, exactly, and the longest value accepted. */
    public record Reference(String pattern, int maxLength) {
        boolean accepts(String value) {
            return value.length() <= maxLength && Pattern.compile(pattern).matcher(value).matches();
        }
    }

    /** Field key to its rule; the only free-text keys that are not {@code sensitive_*}. */
    public static final Map<String, Reference> REFERENCES = Map.of(
            // HandleEscalation: the user id a supervisor reassigns the overdue task to.
            "reassignTo", new Reference("^[a-zA-Z0-9._-]+$", 100),
            // SubmitSupportApplication: the support programme's own file number.
            "programmeReference", new Reference("^[A-Za-z0-9][A-Za-z0-9/._-]{0,39}$", 40),
            // VerifyReport: the reference of the case this report duplicates.
            "duplicateOfReference", new Reference("^[A-Z0-9]{1,12}-[0-9]{4}-[0-9]{4,6}$", 40));

    /**
     * Free-text fields of earlier form versions, renamed to {@code sensitive_*} since. Instances
     * still running on a version deployed with those forms submit them under the old name: they
     * are kept out of the engine and recorded encrypted all the same.
     */
    public static final Set<String> FORMER_FREE_TEXT = Set.of("partnerMissions", "publicationReference");

    private FreeTextFields() {
    }

    public static boolean isSensitive(String field) {
        return field != null && field.startsWith(SENSITIVE_PREFIX);
    }

    /** Whether a variable of that name must never reach the engine's tables. */
    public static boolean isKeptOutOfEngine(String variable) {
        return isSensitive(variable) || FORMER_FREE_TEXT.contains(variable);
    }

    /**
     * Refuses a value of a structured field that does not match its pattern (an empty value is
     * left to the field's own required rule). The message names the field, never the value.
     */
    public static void requireReference(String field, Object value) {
        Reference reference = REFERENCES.get(field);
        if (reference == null || value == null || value.toString().isEmpty()) {
            return;
        }
        if (!reference.accepts(value.toString())) {
            throw new InvalidInputException(field, "must be a reference matching " + reference.pattern()
                    + " (at most " + reference.maxLength() + " characters); free text belongs in the notes");
        }
    }
}
