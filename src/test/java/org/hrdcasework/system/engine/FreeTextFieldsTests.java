package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hrdcasework.system.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class FreeTextFieldsTests {

    @Test
    void aReferenceMatchingItsPatternPasses() {
        assertThatCode(() -> FreeTextFields.requireReference("programmeReference", "PDEU-2026/117")).doesNotThrowAnyException();
        assertThatCode(() -> FreeTextFields.requireReference("duplicateOfReference", "ALPHA-2026-0001")).doesNotThrowAnyException();
        assertThatCode(() -> FreeTextFields.requireReference("reassignTo", "officer.beta")).doesNotThrowAnyException();
        assertThatCode(() -> FreeTextFields.requireReference("reassignTo", "")).doesNotThrowAnyException();
    }

    @Test
    void freeTextInAReferenceIsRefusedNamingTheFieldNotTheValue() {
        assertThatThrownBy(() -> FreeTextFields.requireReference("programmeReference", "Filed with Ms Example"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("programmeReference:")
                .hasMessageNotContaining("Example");
        assertThatThrownBy(() -> FreeTextFields.requireReference("reassignTo", "a".repeat(101)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reassignTo:");
        assertThatThrownBy(() -> FreeTextFields.requireReference("duplicateOfReference", "alpha-2026-0001 (same person)"))
                .isInstanceOf(InvalidInputException.class);
    }
}
