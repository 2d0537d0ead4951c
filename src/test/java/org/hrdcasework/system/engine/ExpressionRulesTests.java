package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expression tree check on its own, with two bean names: one allowed delegate, one not. */
class ExpressionRulesTests {

    private static final Predicate<String> BEANS = name -> name.equals("jdbcTemplate") || name.equals("logContactDelegate");

    @ParameterizedTest
    @ValueSource(strings = {
            "${answer}", "#{answer}", "${logContactDelegate}", "${answer == 'YES' && !stopped}", "${nextLevel <= 3}",
            "${empty ids ? 'none' : 'some'}", "${not (a or b)}", "${count + 1 > 2 * limit}", "${null}", "${-1}",
            "R3/${start}/P1D", "text only", "\\${escaped.call()}", "#{execution.processBusinessKey}", "${'}'}",
    })
    void allowed(String text) {
        assertThat(ExpressionRules.problem(text, BEANS)).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${answer.length()}", "${answer.bytes}", "${answer['bytes']}", "${ids[0]}", "${currentUser()}",
            "${fn:upper(answer)}", "${jdbcTemplate}", "${a == 'x' ? jdbcTemplate : b}", "${'}'.concat(answer)}",
            "${execution.processInstance}", "${task.processBusinessKey}", "${execution.processBusinessKey.bytes}",
            "${execution.processBusinessKey()}", "${answer", "${'unterminated}", "${a} #{b.c}",
    })
    void refused(String text) {
        assertThat(ExpressionRules.problem(text, BEANS)).as(text).isNotNull();
    }
}
