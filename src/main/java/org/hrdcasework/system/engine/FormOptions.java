package org.hrdcasework.system.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The choices a form's select offers from a process variable ({@code valuesKey}), written by the
 * server as JSON {@code [{"label": ..., "value": ...}]}: Tasklist shows them, and the task input
 * guard accepts only their values.
 */
public final class FormOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sets {@code variable} to the options, each a label and a value (a map or a record with {@code label} and {@code value}). */
    public static void set(VariableScope scope, String variable, List<?> options) {
        try {
            scope.setVariable(variable, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Options of " + variable + " cannot be written", e);
        }
    }

    private FormOptions() {
    }
}
