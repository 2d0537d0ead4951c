package org.hrdcasework.documents;

import java.util.List;

/**
 * RFC 4180 CSV for downloads. Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) are prefixed with an apostrophe.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public String render() {
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
