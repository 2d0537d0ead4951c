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
 * to pages that exist.
 */
@PageController
class WorkspaceController {

    /** The roles the escalation board serves (see EscalationService). */
    private static final List<String> ESCALATION_BOARD = List.of(Roles.SUPERVISORS, Roles.SENIOR_OFFICIALS, Roles.HEADQUARTERS);

    private final WorkspaceEngine engine;

    WorkspaceController(WorkspaceEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/")
    String workspace(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("webapps", engine.webapps(caller));
        model.addAttribute("escalationBoard", caller.hasAnyGroup(ESCALATION_BOARD));
        return "workspace";
    }
}
