package org.hrdcasework.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The task recorder stores exactly the fields {@link FormFieldCatalog} lists for a form: a field a
 * form gains without a catalog entry would be silently left out of the case's records, and an
 * entry no form has any more is dead. The catalog must name each form's input fields, no more.
 */
class FormFieldCatalogTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button");

    @Test
    void theCatalogNamesEveryInputFieldOfEveryFormAndNothingElse() throws IOException {
        Map<String, Set<String>> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                Set<String> keys = new TreeSet<>();
                collect(form, keys);
                forms.put(form.get("id").asText(), keys);
            }
        }
        Map<String, Set<String>> catalog = new TreeMap<>();
        FormFieldCatalog.FIELDS.forEach((form, fields) -> catalog.put(form, new TreeSet<>(fields)));

        assertThat(forms).as("forms in forms/").hasSizeGreaterThan(40);
        assertThat(catalog).as("FormFieldCatalog against the forms' input fields").isEqualTo(forms);
    }

    private static void collect(JsonNode container, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(component.path("type").asText())) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }
}
