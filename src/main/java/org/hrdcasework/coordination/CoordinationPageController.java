package org.hrdcasework.coordination;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.hrdcasework.cases.CaseInMission;
import org.hrdcasework.cases.CaseScope;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.FormPage;
import org.hrdcasework.system.web.NotFoundException;
import org.hrdcasework.system.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing a case with partner missions ({@code /shares/new?case=}) and referring it to the UN
 * ({@code /un-referrals/new?case=}): the requests of {@code POST /api/cases/{ref}/shares} and
 * {@code .../un-referrals}.
 */
@PageController
class CoordinationPageController {

    static final String SHARE = "share";
    static final String UN_REFERRAL = "unReferral";

    private final FormPage forms;
    private final CaseSharingService sharing;
    private final UnReferralService referrals;
    private final CaseScope cases;
    private final MessageSource messages;

    CoordinationPageController(FormPage forms, CaseSharingService sharing, UnReferralService referrals, CaseScope cases,
                               MessageSource messages) {
        this.forms = forms;
        this.sharing = sharing;
        this.referrals = referrals;
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/shares/new")
    String shareForm(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                     Model model) {
        CaseInMission c = caseOnPage(caller, reference, CaseSharingService.MAY_REQUEST, "share cases with partners");
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(SHARE, Map.of()));
        return sharePage(caller, c, model);
    }

    @PostMapping("/shares/new")
    String share(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                 @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        CaseInMission c = caseOnPage(caller, reference, CaseSharingService.MAY_REQUEST, "share cases with partners");
        String view = sharePage(caller, c, model);
        return forms.submit(SHARE, posted, CoordinationController.ShareRequest.class,
                        request -> sharing.request(caller, c.reference(), request.partners()))
                .then(started -> {
                    FormPage.confirm(redirect, "form.share.done", started.reference());
                    return "redirect:/cases/" + c.reference();
                }, view, model, response);
    }

    @GetMapping("/un-referrals/new")
    String referralForm(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                        Model model) {
        CaseInMission c = caseOnPage(caller, reference, UnReferralService.MAY_REQUEST, "refer cases to the UN");
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(UN_REFERRAL, Map.of()));
        return referralPage(c, model);
    }

    @PostMapping("/un-referrals/new")
    String refer(@AuthenticationPrincipal Caller caller, @RequestParam(name = "case", required = false) String reference,
                 @RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        CaseInMission c = caseOnPage(caller, reference, UnReferralService.MAY_REQUEST, "refer cases to the UN");
        String view = referralPage(c, model);
        return forms.submit(UN_REFERRAL, posted, CoordinationController.UnReferralRequest.class,
                        request -> referrals.request(caller, c.reference(), request.forum(), request.mandate(),
                                request.nhriEngaged()))
                .then(started -> {
                    FormPage.confirm(redirect, "form.unReferral.done", started.reference());
                    return "redirect:/cases/" + c.reference();
                }, view, model, response);
    }

    private String sharePage(Caller caller, CaseInMission c, Model model) {
        model.addAttribute("caseReference", c.reference());
        // The case's own mission's active partners: the only ones the service accepts.
        model.addAttribute("partners", sharing.partnersOf(caller).stream()
                .filter(p -> p.missionId().equals(c.missionId()))
                .map(p -> new FormPage.Option(p.id().toString(), p.name()))
                .toList());
        return "forms/share";
    }

    private String referralPage(CaseInMission c, Model model) {
        model.addAttribute("caseReference", c.reference());
        model.addAttribute("forums", UnForum.values());
        model.addAttribute("mandates", UnMandate.values());
        model.addAttribute("yesNo", List.of(
                new FormPage.Option("true", messages.getMessage("form.yes", null, LocaleContextHolder.getLocale())),
                new FormPage.Option("false", messages.getMessage("form.no", null, LocaleContextHolder.getLocale()))));
        return "forms/un-referral";
    }

    private CaseInMission caseOnPage(Caller caller, String reference, List<String> roles, String what) {
        CoordinationAccess.requireRole(caller, roles, "reference", what);
        if (reference == null) {
            throw new NotFoundException("No case named");
        }
        return FormPage.subject(() -> cases.caseOf(caller, reference));
    }
}
