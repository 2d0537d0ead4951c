package org.hrdcasework.actions;

import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/** Reads multi-value form fields (checklists submit JSON arrays; API clients may send lists). */
public final class FormValues {

    private FormValues() {
    }

    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode node && node.isArray()) {
            return node.elements().stream().map(SpinJsonNode::stringValue).toList();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split(","));
        }
        return List.of();
    }
}
