package org.hrdcasework.relationships;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.FormPage;
import org.hrdcasework.system.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opening a defender relationship ({@code /relationship/new}), the request of
 * {@code POST /api/relationships}: the case, and the liaison officer and deputy chosen among the
 * mission's staff who may liaise.
 */
@PageController
class RelationshipPageController {

    static final String FORM = "relationship";
    private static final String VIEW = "forms/relationship";

    private final FormPage forms;
    private final RelationshipService service;

    RelationshipPageController(FormPage forms, RelationshipService service) {
        this.forms = forms;
        this.service = service;
    }

    @GetMapping("/relationship/new")
    String form(@AuthenticationPrincipal Caller caller, Model model) {
        requireMissionStaff(caller);
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(FORM, Map.of()));
        return page(caller, model);
    }

    @PostMapping("/relationship/new")
    String open(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> posted, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        requireMissionStaff(caller);
        page(caller, model);
        return forms.submit(FORM, posted, RelationshipService.NewRelationship.class, request -> service.open(caller, request))
                .then(created -> {
                    FormPage.confirm(redirect, "form.relationship.done", created.reference());
                    return "redirect:/";
                }, VIEW, model, response);
    }

    private String page(Caller caller, Model model) {
        boolean severalMissions = caller.missions().size() > 1;
        model.addAttribute("officers", service.liaisonOfficers(caller).stream()
                .map(o -> new FormPage.Option(o.userId(), o.name() + " (" + o.userId() + ")"
                        + (severalMissions ? ", " + o.missionId() : "")))
                .distinct()
                .toList());
        return VIEW;
    }

    private static void requireMissionStaff(Caller caller) {
        if (!caller.hasAnyGroup(Roles.MAY_FILE_REPORTS)) {
            throw new AccessRefusedException("caseReference", "only the mission's staff open relationships");
        }
    }
}
