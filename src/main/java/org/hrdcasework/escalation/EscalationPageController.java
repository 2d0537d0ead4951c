package org.hrdcasework.escalation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.hrdcasework.cases.CaseloadService;
import org.hrdcasework.system.security.Caller;
import org.hrdcasework.system.web.InvalidInputException;
import org.hrdcasework.system.web.PageController;
import org.hrdcasework.system.web.PageLinks;
import org.hrdcasework.system.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' page ({@code /escalations}): the deadline overview per tier ({@code GET /api/deadlines})
 * over the escalation board ({@code GET /api/escalations}), most overdue first, a page of
 * {@value #PAGE_SIZE} at a time, each row linking to its case and to its "Handle escalation" task in
 * Tasklist. Both services refuse callers who are not supervisors, senior officials or headquarters:
 * they get the 403 page.
 */
@PageController
class EscalationPageController {

    static final int PAGE_SIZE = 25;
    static final int LAST_PAGE = 1_000_000 / PAGE_SIZE + 1;

    private final CaseloadService caseloadService;
    private final EscalationService escalationService;

    EscalationPageController(CaseloadService caseloadService, EscalationService escalationService) {
        this.caseloadService = caseloadService;
        this.escalationService = escalationService;
    }

    @GetMapping("/escalations")
    String board(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> parameters, Model model,
                 HttpServletResponse response) {
        model.addAttribute("overview", caseloadService.deadlines(caller));
        model.addAttribute("severalMissions", caller.missions().size() > 1);
        try {
            for (String name : parameters.keySet()) {
                if (!PageLinks.PAGE.equals(name)) {
                    throw new InvalidInputException(printable(name), "is not a parameter of this page");
                }
            }
            int page = PageLinks.pageNumber(parameters, LAST_PAGE);
            PageOf<EscalationView> board = escalationService.openEscalations(caller, null, null, PAGE_SIZE,
                    (page - 1) * PAGE_SIZE);
            model.addAttribute("escalations", board.rows());
            model.addAttribute("links", PageLinks.of("/escalations", parameters, page, PAGE_SIZE, board.total()));
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalidField", refused.field());
            model.addAttribute("escalations", List.of());
        }
        return "escalation/board";
    }

    /** A parameter's name as the page names it: never echoed in full, nor with control characters. */
    private static String printable(String name) {
        String cleaned = name.codePoints().filter(c -> c >= 0x20 && c != 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "..." : cleaned;
    }
}
