package org.hrdcasework.support;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.FormPage;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.system.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The support application form ({@code /support-applications/new?case=}), the request of {@code POST /api/cases/{ref}/support-applications}. */
@PageController
class SupportApplicationPageController {

    static final String FORM = "supportApplication";
    private static final String VIEW = "forms/support-application";

    private final FormPage forms;
    private final SupportApplications applications;
    private final SupportProgrammes programmes;
    private final CaseScope cases;

    SupportApplicationPageController(FormPage forms, SupportApplications applications, SupportProgrammes programmes,
                                     CaseScope cases) {
        this.forms = forms;
        this.applications = applications;
        this.programmes = programmes;
        this.cases = cases;
    }

    @GetMapping("/support-applications/new")
    String form(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                Model model) {
        CaseInMission c = caseOnPage(caller, reference);
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(FORM, Map.of()));
        return page(caller, c, model);
    }

    @PostMapping("/support-applications/new")
    String apply(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                 @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        CaseInMission c = caseOnPage(caller, reference);
        page(caller, c, model);
        return forms.submit(FORM, posted, SupportApplications.ApplicationRequest.class,
                        request -> applications.apply(caller, c.reference(), request))
                .then(application -> {
                    FormPage.confirm(redirect, "form.supportApplication.done", application);
                    return "redirect:/cases/" + c.reference();
                }, VIEW, model, response);
    }

    private String page(Caller caller, CaseInMission c, Model model) {
        model.addAttribute("caseReference", c.reference());
        model.addAttribute("programmes", programmes.programmes(caller, null, null).stream()
                .filter(SupportProgramme::active)
                .map(p -> new FormPage.Option(p.code(), p.name() + " (" + p.provider() + ")"))
                .toList());
        model.addAttribute("purposes", SupportPurpose.values());
        return VIEW;
    }

    private CaseInMission caseOnPage(Caller caller, String reference) {
        if (!caller.hasAnyGroup(SupportApplications.MAY_APPLY)) {
            throw new AccessRefusedException("reference", "your role may not make support applications");
        }
        if (reference == null) {
            throw new NotFoundException("No case named");
        }
        return FormPage.subject(() -> cases.caseOf(caller, reference));
    }
}
