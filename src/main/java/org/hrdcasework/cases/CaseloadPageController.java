package org.hrdcasework.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hrdcasework.actions.ActionType;
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
 * The caseload page ({@code /cases}): the rows and filters of {@code GET /api/cases}, read by the
 * same {@link CaseloadService} query, a page of {@value #PAGE_SIZE} at a time. The filters are a
 * GET form, so a filtered page can be bookmarked and its page links keep them. A filter the query
 * refuses shows the page again with 400 and a message naming the field, never a JSON problem.
 */
@PageController
class CaseloadPageController {

    static final int PAGE_SIZE = 25;
    static final int LAST_PAGE = CaseloadFilter.MAX_OFFSET / PAGE_SIZE + 1;
    /** The form's fields: each has a message {@code caseload.invalid.<field>} and an element of that id. */
    static final Set<String> FORM_FIELDS = Set.of("q", "stage", "tier", "actionType", "overdue", "assignedToMe", "openedFrom",
            "openedTo");
    /** Fields with a message of their own: the form's, the page number and the API's {@code open}. */
    private static final Set<String> NAMED_FIELDS = Set.of("q", "stage", "tier", "actionType", "overdue", "assignedToMe",
            "openedFrom", "openedTo", PageLinks.PAGE, "open");
    /** The page chooses how many rows and from where: the API's own paging parameters are not the page's. */
    private static final List<String> API_PAGING = List.of("limit", "offset");

    private final CaseloadService caseloadService;

    CaseloadPageController(CaseloadService caseloadService) {
        this.caseloadService = caseloadService;
    }

    @GetMapping("/cases")
    String caseload(@AuthenticationPrincipal Caller caller, @RequestParam MultiValueMap<String, String> parameters, Model model,
                    HttpServletResponse response) {
        model.addAttribute("form", parameters.toSingleValueMap());
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("tiers", List.of(1, 2, 3));
        model.addAttribute("actionTypes", ActionType.values());
        model.addAttribute("severalMissions", caller.missions().size() > 1);
        try {
            int page = PageLinks.pageNumber(parameters, LAST_PAGE);
            Map<String, List<String>> query = new LinkedHashMap<>(parameters);
            query.remove(PageLinks.PAGE);
            for (String paging : API_PAGING) {
                if (query.containsKey(paging)) {
                    throw new InvalidInputException(paging, "is not a filter of this page");
                }
            }
            query.put("limit", List.of(Integer.toString(PAGE_SIZE)));
            query.put("offset", List.of(Integer.toString((page - 1) * PAGE_SIZE)));
            PageOf<CaseloadEntry> cases = caseloadService.caseload(caller, query);
            model.addAttribute("cases", cases.rows());
            model.addAttribute("links", PageLinks.of("/cases", parameters, page, PAGE_SIZE, cases.total()));
        } catch (InvalidInputException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalidField", refused.field());
            model.addAttribute("invalidInForm", FORM_FIELDS.contains(refused.field()));
            model.addAttribute("invalidMessage", NAMED_FIELDS.contains(refused.field()) ? "caseload.invalid." + refused.field() : "caseload.invalid.unknown");
            model.addAttribute("cases", List.of());
        }
        return "cases/caseload";
    }
}
