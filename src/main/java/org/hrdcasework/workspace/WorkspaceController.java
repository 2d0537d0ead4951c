package org.hrdcasework.workspace;

import java.util.List;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.hrdcasework.system.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in ({@code /}): links to the places a person's roles open, and only
 * to pages that exist, the forms each role may send, and the confirmation of the last one sent
 * (a flash attribute of {@code system/web/FormPage}).
 */
@PageController
class WorkspaceController {

    /** The roles the escalation board serves (see EscalationService). */
    private static final List<String> ESCALATION_BOARD = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS);
    /** Who reads the caseload of their missions (headquarters included, read-only). */
    private static final List<String> CASELOAD = Roles.MAY_REVEAL_IDENTITY;
    /** Who files threat reports and opens defender relationships (CaseFileService, RelationshipService). */
    private static final List<String> MISSION_STAFF = Roles.MAY_FILE_REPORTS;
    /** Who plans visits, dialogues and the annual meeting (EngagementService). */
    private static final List<String> PLANNERS = List.of(Roles.SENIOR_OFFICIALS, Roles.SUPERVISORS);

    private final WorkspaceEngine engine;

    WorkspaceController(WorkspaceEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/")
    String workspace(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("webapps", engine.webapps(caller));
        model.addAttribute("escalationBoard", caller.hasAnyGroup(ESCALATION_BOARD));
        model.addAttribute("caseload", caller.hasAnyGroup(CASELOAD));
        model.addAttribute("missionStaff", caller.hasAnyGroup(MISSION_STAFF));
        model.addAttribute("planner", caller.hasAnyGroup(PLANNERS));
        return "workspace";
    }
}
