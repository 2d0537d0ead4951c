package org.hrdcasework.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Set;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.identity.Roles;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.AccessRefusedException;
import org.hrdcasework.system.web.FormPage;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.system.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case forms outside a task, the same requests as the API's: filing a threat report
 * ({@code /cases/new}), a further report, a change in the defender's situation and a consent
 * withdrawal. The defender's identity goes from the intake form into the encrypted store exactly as
 * through {@code POST /api/cases}; it never appears in an address or a confirmation.
 */
@PageController
class CaseFormPageController {

    static final String INTAKE = "intake";
    static final String FURTHER_REPORT = "furtherReport";
    static final String SITUATION_CHANGE = "situationChange";
    static final String CONSENT_WITHDRAWAL = "consentWithdrawal";
    static final String ACTION_ADDITION = "actionAddition";
    static final String ACTION_STOP = "actionStop";
    static final String CASE_CLOSURE = "caseClosure";
    /** One page for every form that asks only for an action type; each posts to its own address. */
    private static final String ACTION_TYPE_VIEW = "forms/action-type";
    private static final String FORM_PATH = "formPath";
    private static final Map<String, String> ACTION_TYPE_FORM_PATHS = Map.of(CONSENT_WITHDRAWAL, "/consent-withdrawals/new",
            ACTION_ADDITION, "/action-additions/new", ACTION_STOP, "/action-stops/new");
    /**
     * The defender's identity is never written back into a page (only the audited reveal shows it):
     * after an error the officer types it again.
     */
    static final Set<String> IDENTITY_FIELDS = Set.of("defender.fullName", "defender.contact", "defender.organisation",
            "defender.location");

    private final FormPage forms;
    private final CaseFileService caseFileService;
    private final CaseScope cases;

    CaseFormPageController(FormPage forms, CaseFileService caseFileService, CaseScope cases) {
        this.forms = forms;
        this.caseFileService = caseFileService;
        this.cases = cases;
    }

    @GetMapping("/cases/new")
    String intake(@AuthenticationPrincipal Caller caller, Model model) {
        requireCaseWorker(caller);
        Map<String, String> defaults = caller.missions().size() == 1
                ? Map.of("mission", caller.missions().iterator().next()) : Map.of();
        return intakePage(caller, model, FormPage.Form.blank(INTAKE, defaults));
    }

    @PostMapping("/cases/new")
    String fileThreatReport(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> posted,
                            Model model, HttpServletResponse response) {
        requireCaseWorker(caller);
        intakePage(caller, model, null);
        return forms.submit(INTAKE, posted, IDENTITY_FIELDS, ThreatReport.class,
                        report -> caseFileService.fileThreatReport(caller, report))
                .then(CaseFormPageController::caseFile, "forms/intake", model, response);
    }

    @GetMapping("/cases/{reference}/reports/new")
    String furtherReport(@AuthenticationPrincipal Caller caller, @PathVariable String reference, Model model) {
        CaseInMission c = caseOnPage(caller, reference);
        return caseForm(model, c, FormPage.Form.blank(FURTHER_REPORT, Map.of()), "forms/further-report");
    }

    @PostMapping("/cases/{reference}/reports/new")
    String fileFurtherReport(@AuthenticationPrincipal Caller caller, @PathVariable String reference,
                             @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        CaseInMission c = caseOnPage(caller, reference);
        caseForm(model, c, null, "forms/further-report");
        return forms.submit(FURTHER_REPORT, posted, FurtherReport.class, report -> {
                    caseFileService.fileFurtherReport(caller, c.reference(), report);
                    return c.reference();
                })
                .then(CaseFormPageController::caseFile, "forms/further-report", model, response);
    }

    @GetMapping("/situation-changes/new")
    String situationChange(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                           Model model) {
        return blankOnCase(caller, reference, SITUATION_CHANGE, "forms/situation-change", model);
    }

    @PostMapping("/situation-changes/new")
    String reportSituationChange(@AuthenticationPrincipal Caller caller,
                                 @RequestParam(name = "case", required = false) String reference,
                                 @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        return onCase(caller, reference, SITUATION_CHANGE, "forms/situation-change", posted, model, response,
                CaseController.SituationChangeRequest.class,
                (ref, request) -> caseFileService.reportSituationChange(caller, ref, request.change()));
    }

    @GetMapping("/consent-withdrawals/new")
    String consentWithdrawal(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                             Model model) {
        return blankOnCase(caller, reference, CONSENT_WITHDRAWAL, ACTION_TYPE_VIEW, model);
    }

    @PostMapping("/consent-withdrawals/new")
    String withdrawConsent(@AuthenticationPrincipal Caller caller,
                           @RequestParam(name = "case", required = false) String reference,
                           @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        return onCase(caller, reference, CONSENT_WITHDRAWAL, ACTION_TYPE_VIEW, posted, model, response,
                CaseController.ConsentWithdrawalRequest.class,
                (ref, request) -> caseFileService.withdrawConsent(caller, ref, request.actionType()));
    }

    @GetMapping("/action-additions/new")
    String actionAddition(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                          Model model) {
        return blankOnCase(caller, reference, ACTION_ADDITION, ACTION_TYPE_VIEW, model);
    }

    @PostMapping("/action-additions/new")
    String addAction(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                     @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        return onCase(caller, reference, ACTION_ADDITION, ACTION_TYPE_VIEW, posted, model, response,
                CaseController.AddActionRequest.class,
                (ref, request) -> caseFileService.addAction(caller, ref, request.actionType()));
    }

    @GetMapping("/action-stops/new")
    String actionStop(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                      Model model) {
        return blankOnCase(caller, reference, ACTION_STOP, ACTION_TYPE_VIEW, model);
    }

    @PostMapping("/action-stops/new")
    String stopAction(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                      @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        return onCase(caller, reference, ACTION_STOP, ACTION_TYPE_VIEW, posted, model, response,
                CaseController.AddActionRequest.class,
                (ref, request) -> caseFileService.stopAction(caller, ref, request.actionType()));
    }

    @GetMapping("/closures/new")
    String caseClosure(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                       Model model) {
        return blankOnCase(caller, reference, CASE_CLOSURE, "forms/case-closure", model);
    }

    @PostMapping("/closures/new")
    String closeCase(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                     @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
        return onCase(caller, reference, CASE_CLOSURE, "forms/case-closure", posted, model, response,
                CaseController.ClosureRequest.class,
                (ref, request) -> caseFileService.closeNow(caller, ref, request.outcome()));
    }

    /**
     * A form about one case of the caller's missions: the role and the case first (403, 404), then
     * the posted values as {@code type}; {@code action} acts on the case, the case file follows.
     */
    private <T> String onCase(Caller caller, String reference, String formName, String view, MultiValueMap<String, String> posted,
                              Model model, HttpServletResponse response, Class<T> type, BiConsumer<String, T> action) {
        CaseInMission c = caseOnPage(caller, reference);
        caseForm(model, c, null, view);
        model.addAttribute(FORM_PATH, ACTION_TYPE_FORM_PATHS.get(formName));
        return forms.submit(formName, posted, type, request -> {
                    action.accept(c.reference(), request);
                    return c.reference();
                })
                .then(CaseFormPageController::caseFile, view, model, response);
    }

    /** The blank form about one case of the caller's missions (403 for the role, 404 for the case first). */
    private String blankOnCase(Caller caller, String reference, String formName, String view, Model model) {
        model.addAttribute(FORM_PATH, ACTION_TYPE_FORM_PATHS.get(formName));
        return caseForm(model, caseOnPage(caller, reference), FormPage.Form.blank(formName, Map.of()), view);
    }

    /** The case file; its address carries the reference only. */
    static String caseFile(String reference) {
        return "redirect:/cases/" + reference;
    }

    private String intakePage(Caller caller, Model model, FormPage.Form form) {
        model.addAttribute("missions", FormPage.options(caller.missions()));
        model.addAttribute("threatTypes", ThreatType.values());
        model.addAttribute("channels", ReportChannel.values());
        if (form != null) {
            model.addAttribute(FormPage.FORM, form);
        }
        return "forms/intake";
    }

    private static String caseForm(Model model, CaseInMission c, FormPage.Form form, String view) {
        model.addAttribute("caseReference", c.reference());
        model.addAttribute("threatTypes", ThreatType.values());
        model.addAttribute("channels", ReportChannel.values());
        model.addAttribute("situationChanges", SituationChange.values());
        model.addAttribute("actionTypes", List.of(ActionType.values()));
        model.addAttribute("closureOutcomes", ClosureOutcome.values());
        if (form != null) {
            model.addAttribute(FormPage.FORM, form);
        }
        return view;
    }

    /** The role first (403), then the case: of another mission, malformed or missing, it is not found (404). */
    private CaseInMission caseOnPage(Caller caller, String reference) {
        requireCaseWorker(caller);
        if (reference == null) {
            throw new NotFoundException("No case named");
        }
        return FormPage.subject(() -> cases.caseOf(caller, reference));
    }

    private static void requireCaseWorker(Caller caller) {
        if (!caller.hasAnyGroup(Roles.MAY_FILE_REPORTS)) {
            throw new AccessRefusedException("reference", "your role may not change cases");
        }
    }
}
