package org.hrdcasework.system.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.system.security.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * Tasklist loads {@code app/tasklist/scripts/config.js}: the app serves its own, whose date formats
 * put the day first (and name the month) wherever Tasklist prints a date.
 */
class TasklistDateFormatTests extends ProcessTestSupport {

    private static final Pattern DATE_FORMAT_BLOCK = Pattern.compile("dateFormat:\\s*\\{([^}]*)}");
    private static final Pattern ENTRY = Pattern.compile("(\\w+):\\s*'([^']*)'");

    @Test
    void tasklistIsServedTheDayFirstDateFormats() {
        WebappSession session = WebappSession.login(http, "officer.alpha", "tasklist");
        HttpResponse<String> config = session.send("GET", "/camunda/app/tasklist/scripts/config.js", null);

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        Matcher block = DATE_FORMAT_BLOCK.matcher(config.body());
        assertThat(block.find()).as("a dateFormat setting").isTrue();
        Map<String, String> formats = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(block.group(1));
        while (entry.find()) {
            formats.put(entry.group(1), entry.group(2));
        }
        assertThat(formats).containsKeys("normal", "long", "short", "abbr");
        for (String variant : new String[] {"normal", "long", "short", "abbr"}) {
            String format = formats.get(variant);
            // moment.js: D is the day of the month, MMM/MMMM the month's name; L... are the locale's (US: month first).
            assertThat(format).as(variant).doesNotContain("L").contains("YYYY").containsPattern("MMM");
            assertThat(format.indexOf('D')).as(variant + ": the day before the month").isLessThan(format.indexOf("MMM"));
        }
        assertThat(formats.get("normal")).isEqualTo("D MMMM YYYY, HH:mm");
        assertThat(config.body()).as("Tasklist's keyboard shortcuts kept").contains("shortcuts", "claimTask", "focusForm");
    }
}
