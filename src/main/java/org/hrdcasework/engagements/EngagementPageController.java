package org.hrdcasework.engagements;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
 * Planning a senior official's visit or a political dialogue ({@code /engagements/new}) and the
 * year's defenders-diplomats meeting ({@code /annual-meetings/new}): the requests of
 * {@code POST /api/engagements} and {@code POST /api/annual-meetings}.
 */
@PageController
class EngagementPageController {

    static final String ENGAGEMENT = "engagement";
    static final String ANNUAL_MEETING = "annualMeeting";

    private final FormPage forms;
    private final EngagementService engagements;
    private final AnnualMeetingService meetings;

    EngagementPageController(FormPage forms, EngagementService engagements, AnnualMeetingService meetings) {
        this.forms = forms;
        this.engagements = engagements;
        this.meetings = meetings;
    }

    @GetMapping("/engagements/new")
    String engagementForm(@AuthenticationPrincipal Caller caller, Model model) {
        requirePlanner(caller);
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(ENGAGEMENT, oneMission(caller)));
        return engagementPage(caller, model);
    }

    @PostMapping("/engagements/new")
    String plan(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> posted, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        requirePlanner(caller);
        String view = engagementPage(caller, model);
        return forms.submit(ENGAGEMENT, posted, EngagementService.EngagementRequest.class,
                        request -> engagements.plan(caller, request))
                .then(reference -> {
                    FormPage.confirm(redirect, "form.engagement.done", reference);
                    return "redirect:/";
                }, view, model, response);
    }

    @GetMapping("/annual-meetings/new")
    String meetingForm(@AuthenticationPrincipal Caller caller, Model model) {
        requirePlanner(caller);
        model.addAttribute(FormPage.FORM, FormPage.Form.blank(ANNUAL_MEETING, oneMission(caller)));
        return meetingPage(caller, model);
    }

    @PostMapping("/annual-meetings/new")
    String planMeeting(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> posted,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requirePlanner(caller);
        String view = meetingPage(caller, model);
        return forms.submit(ANNUAL_MEETING, posted, AnnualMeetingService.MeetingRequest.class,
                        request -> meetings.plan(caller, request))
                .then(reference -> {
                    FormPage.confirm(redirect, "form.annualMeeting.done", reference);
                    return "redirect:/";
                }, view, model, response);
    }

    private static String engagementPage(Caller caller, Model model) {
        model.addAttribute("missions", FormPage.options(caller.missions()));
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("visitorLevels", VisitorLevel.values());
        return "forms/engagement";
    }

    private static String meetingPage(Caller caller, Model model) {
        model.addAttribute("missions", FormPage.options(caller.missions()));
        return "forms/annual-meeting";
    }

    private static Map<String, String> oneMission(Caller caller) {
        return caller.missions().size() == 1 ? Map.of("mission", caller.missions().iterator().next()) : Map.of();
    }

    private static void requirePlanner(Caller caller) {
        if (!caller.hasAnyGroup(EngagementService.MAY_PLAN)) {
            throw new AccessRefusedException("mission", "only senior officials and supervisors plan visits and meetings");
        }
    }
}
