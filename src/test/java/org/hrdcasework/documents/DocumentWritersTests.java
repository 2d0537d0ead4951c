package org.hrdcasework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentWritersTests {

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        String csv = new Csv().row(List.of("type", "count")).row(List.of("a,b", 3)).row(List.of("=HYPERLINK(\"x\")", -2))
                .row(List.of("say \"no\"", "")).render();
        assertThat(csv).isEqualTo("type,count\r\n\"a,b\",3\r\n\"'=HYPERLINK(\"\"x\"\")\",-2\r\n\"say \"\"no\"\"\",\r\n");
    }

    @Test
    void htmlEscapesEveryValueAndPrintsTheClassificationTwice() {
        String html = new HtmlDocument("Pack <1>", "RESTRICTED").heading("Cases & more")
                .table(List.of("Case"), List.of(List.of("<script>alert(1)</script>")), "none")
                .table(List.of("Empty"), List.of(), "No open cases.").render();
        assertThat(html).contains("<title>Pack &lt;1&gt;</title>", "<h2>Cases &amp; more</h2>",
                "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", "<p>No open cases.</p>").doesNotContain("<script>");
        assertThat(html.split("RESTRICTED", -1)).hasSize(3);
    }
}
