package org.hrdcasework.identity;

import java.util.List;

/**
 * The groups that carry a role in every mission. Missions themselves are engine tenants; a
 * person's role comes from group membership and their mission(s) from tenant membership.
 * See docs/security.md for what each role may do.
 */
public final class Roles {

    public static final String CASE_OFFICERS = "case-officers";
    public static final String SUPERVISORS = "supervisors";
    public static final String SENIOR_OFFICIALS = "senior-officials";
    public static final String HEADQUARTERS = "headquarters";
    public static final String PROCESS_DESIGNERS = "process-designers";
    /** Camunda's own administrators group: full engine rights, Admin webapp. */
    public static final String ADMINISTRATORS = "camunda-admin";

    public static final List<String> ALL = List.of(
            CASE_OFFICERS, SUPERVISORS, SENIOR_OFFICIALS, HEADQUARTERS, PROCESS_DESIGNERS, ADMINISTRATORS);

    /** Roles whose members may file a threat report for one of their missions. */
    public static final List<String> MAY_FILE_REPORTS = List.of(CASE_OFFICERS, SUPERVISORS, SENIOR_OFFICIALS);

    /** Roles that may reveal a defender's identity (with a reason, audited) for their own missions. */
    public static final List<String> MAY_REVEAL_IDENTITY = List.of(CASE_OFFICERS, SUPERVISORS, SENIOR_OFFICIALS,
            HEADQUARTERS);

    /**
     * The groups a designer may name as the recipients of an escalation level (processes/EscalationPolicy.dmn,
     * decision EscalationRecipients): those who read the escalation board and may act on stalled work. Checked
     * when a table is deployed and again when it is evaluated.
     */
    public static final List<String> MAY_RECEIVE_ESCALATIONS = List.of(SUPERVISORS, SENIOR_OFFICIALS, HEADQUARTERS);

    private Roles() {
    }

    static String displayName(String groupId) {
        return switch (groupId) {
            case CASE_OFFICERS -> "Case officers";
            case SUPERVISORS -> "Supervisors";
            case SENIOR_OFFICIALS -> "Senior officials";
            case HEADQUARTERS -> "Headquarters desk";
            case PROCESS_DESIGNERS -> "Process designers";
            case ADMINISTRATORS -> "Administrators";
            default -> groupId;
        };
    }
}
