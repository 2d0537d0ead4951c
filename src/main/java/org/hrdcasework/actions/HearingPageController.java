package org.hrdcasework.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.ConflictException;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hearing calendar of the caller's missions ({@code /hearings}): every hearing of the trials
 * they observe, from a week ago, soonest first, with its observer and a partner observing with the
 * mission; a postponement known before the day is recorded on it (the trial observation then waits
 * for the new date, no report), and the pseudonymous trial report for partners is a link away.
 */
@PageController
class HearingPageController {

    private static final String VIEW = "hearings/calendar";

    private final Hearings hearings;

    HearingPageController(Hearings hearings) {
        this.hearings = hearings;
    }

    @GetMapping("/hearings")
    String calendar(@AuthenticationPrincipal Caller caller, Model model) {
        return page(caller, model);
    }

    @PostMapping("/hearings/{id}/postponement")
    String postpone(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @RequestParam(required = false) String postponedTo,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Hearings.Hearing next = hearings.postpone(caller, id, new Hearings.Postponement(postponedTo));
            // Flash attributes live in the (JDBC) session: plain strings only.
            redirect.addFlashAttribute("postponedCase", next.caseReference());
            redirect.addFlashAttribute("postponedOn", next.hearingOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            return "redirect:/hearings";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refused(caller, model, id, refused.getMessage());
        } catch (ConflictException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return refused(caller, model, id, refused.getMessage());
        }
    }

    private String refused(Caller caller, Model model, UUID id, String message) {
        model.addAttribute("problem", message);
        model.addAttribute("problemHearing", id);
        return page(caller, model);
    }

    private String page(Caller caller, Model model) {
        List<Hearings.Hearing> calendar = hearings.calendar(caller, null);
        model.addAttribute("hearings", calendar);
        model.addAttribute("severalMissions", caller.missions().size() > 1);
        return VIEW;
    }
}
