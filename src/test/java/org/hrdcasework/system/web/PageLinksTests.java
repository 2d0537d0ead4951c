package org.hrdcasework.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page links keep the filters as a GET form sends them, change only the page, and count pages right. */
class PageLinksTests {

    @Test
    void theLinksKeepTheFiltersEncodedAndChangeOnlyThePage() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("q", List.of("A&B=C #1"));
        query.put("stage", List.of(""));
        query.put("page", List.of("2"));
        query.put("tier", List.of("1"));

        PageLinks links = PageLinks.of("/cases", query, 2, 25, 76);

        assertThat(links.pages()).isEqualTo(4);
        assertThat(links.previous()).isEqualTo("/cases?q=A%26B%3DC+%231&tier=1");
        assertThat(links.next()).isEqualTo("/cases?q=A%26B%3DC+%231&tier=1&page=3");
    }

    @Test
    void theFirstAndLastPagesHaveNoLinkBeyondThem() {
        assertThat(PageLinks.of("/escalations", Map.of(), 1, 25, 0)).isEqualTo(new PageLinks(1, 1, 0, null, null));
        assertThat(PageLinks.of("/escalations", Map.of(), 1, 25, 25)).isEqualTo(new PageLinks(1, 1, 25, null, null));
        assertThat(PageLinks.of("/escalations", Map.of(), 1, 25, 26).next()).isEqualTo("/escalations?page=2");
        assertThat(PageLinks.of("/escalations", Map.of(), 2, 25, 26)).isEqualTo(new PageLinks(2, 2, 26, "/escalations", null));
        // Past the last page (the list shrank since the link was made): back to the last one.
        assertThat(PageLinks.of("/escalations", Map.of(), 9, 25, 26).previous()).isEqualTo("/escalations?page=2");
    }

    @Test
    void thePageNumberIsAWholeNumberInRangeOrRefusedByName() {
        assertThat(PageLinks.pageNumber(Map.of(), 10)).isEqualTo(1);
        assertThat(PageLinks.pageNumber(Map.of("page", List.of("")), 10)).isEqualTo(1);
        assertThat(PageLinks.pageNumber(Map.of("page", List.of("10")), 10)).isEqualTo(10);
        for (String bad : List.of("0", "11", "-1", "1.5", "abc", "99999999")) {
            assertThatThrownBy(() -> PageLinks.pageNumber(Map.of("page", List.of(bad)), 10)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("page"));
        }
        assertThatThrownBy(() -> PageLinks.pageNumber(Map.of("page", List.of("1", "2")), 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("once");
    }
}
