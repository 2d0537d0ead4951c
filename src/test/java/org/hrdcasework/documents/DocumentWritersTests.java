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

    @Test
    void theStyleSheetAsRenderedIsTheOneThePolicyAllows() throws Exception {
        String html = new HtmlDocument("Report", "RESTRICTED").paragraph("text").render();
        String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(HtmlDocument.STYLE_SOURCE).isEqualTo("'sha256-" + hash + "'");
        assertThat(style).contains("border-collapse");
    }

    @Test
    void codesReadAsWords() {
        assertThat(HtmlDocument.label("DEATH_THREAT")).isEqualTo("Death threat");
        assertThat(HtmlDocument.label("medianHours")).isEqualTo("Median hours");
        assertThat(HtmlDocument.label("level1")).isEqualTo("Level 1");
        assertThat(HtmlDocument.label("TIER_1")).isEqualTo("Tier 1");
        assertThat(HtmlDocument.label("DEMARCHE.IN_PROGRESS")).isEqualTo("Demarche · in progress");
        assertThat(HtmlDocument.label("newCases/total")).isEqualTo("New cases · total");
    }
}
