package org.hrdcasework.cases;

import org.hrdcasework.system.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The case file page ({@code /cases/{reference}}): a static page that reads {@code /api/cases}
 * with the browser's login and offers the audited identity reveal. Linked from every form.
 */
@PageController
class CasePageController {

    @GetMapping("/cases/{reference}")
    String casePage() {
        return "forward:/case.html";
    }
}
