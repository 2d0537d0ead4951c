package org.hrdcasework.system.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.runtime.ExecutionImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.hrdcasework.CaseworkIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager, evaluated directly (as the engine evaluates a model's
 * expression, whether or not the model passed the deployment guard): variables and the allowed
 * delegate beans only; no method call, property or index access, no other bean.
 */
@CaseworkIntegrationTest
class RestrictedExpressionManagerTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    ProcessEngineConfigurationImpl configuration;
    ExecutionImpl scope;

    @BeforeEach
    void setUp() {
        configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        scope = new ExecutionImpl();
        scope.setVariable("answer", "YES");
        scope.setVariable("level", 2);
        scope.setVariable("ids", List.of("a", "b"));
    }

    @Test
    void theEngineUsesTheRestrictedManager() {
        assertThat(configuration.getExpressionManager()).isInstanceOf(RestrictedExpressionManager.class);
    }

    @Test
    void variablesLiteralsComparisonsAndAllowedDelegatesResolve() {
        assertThat(evaluate("${answer == 'YES' && level > 1}")).isEqualTo(true);
        assertThat(evaluate("${empty answer ? 'none' : answer}")).isEqualTo("YES");
        assertThat(evaluate("${ids}")).isEqualTo(List.of("a", "b"));
        assertThat(evaluate("${verifyReportListener}")).isSameAs(context.getBean("verifyReportListener"));
        // The engine's own functions, which Tasklist's stored filters use; models cannot name them.
        assertThat(evaluate("${currentUser()}")).isNull();
    }

    @Test
    void methodCallsPropertyChainsIndexesAndOtherBeansAreRefusedAtEvaluation() {
        assertThat(context.containsBean("jdbcTemplate")).isTrue();
        for (String refused : new String[] {
                "${answer.length()}",
                "${answer.getClass().forName('java.lang.Runtime')}",
                "${answer.bytes}",
                "${answer['bytes']}",
                "${ids[0]}",
                "${verifyReportListener.toString()}",
                "${verifyReportListener.class}",
                "${jdbcTemplate}",
                "${jdbcTemplate.queryForList('select 1')}",
                "${defenderService}",
        }) {
            assertThatThrownBy(() -> evaluate(refused)).as(refused).isInstanceOf(ProcessEngineException.class);
        }
    }

    @Test
    void evaluationErrorsNameTheExpressionButNotTheValue() {
        scope.setVariable("code", "secret-value");
        assertThatThrownBy(() -> evaluate("${code > 3}")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("${code > 3}").hasMessageNotContaining("secret-value")
                .satisfies(e -> assertThat(e.getCause()).isNull());
        assertThatThrownBy(() -> evaluate("${unknownName}")).hasMessageContaining("unknown variable");
        for (String calendar : new String[] {"dueDate", "duration", "cycle"}) {
            assertThatThrownBy(() -> configuration.getBusinessCalendarManager().getBusinessCalendar(calendar)
                    .resolveDuedate("secret-value", (java.util.Date) null)).as(calendar)
                    .isInstanceOf(ProcessEngineException.class).hasMessageNotContaining("secret-value")
                    .satisfies(e -> assertThat(e.getCause()).isNull());
        }
        assertThat(configuration.getBusinessCalendarManager().getBusinessCalendar("duration")
                .resolveDuedate("PT1H", (java.util.Date) null)).isInTheFuture();
    }

    @Test
    void camundasSpringManagerWouldHaveAllowedThem() {
        // The same expressions under the manager the starter installs: what the restriction removes.
        SpringExpressionManager open = new SpringExpressionManager(context, null);
        assertThat(evaluate(open, "${answer.length()}")).isEqualTo(3);
        assertThat(evaluate(open, "${jdbcTemplate}")).isSameAs(context.getBean("jdbcTemplate"));
    }

    @Test
    void theAllowlistNamesExactlyTheDelegatesOfTheShippedModels() throws Exception {
        Set<String> used = new TreeSet<>();
        Pattern delegate = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z0-9_]+)}\"");
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = delegate.matcher(Files.readString(model));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(new TreeSet<>(ExpressionBeans.ALLOWED)).isEqualTo(used);
        assertThat(ExpressionBeans.ALLOWED).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }

    private Object evaluate(String expression) {
        return evaluate(configuration.getExpressionManager(), expression);
    }

    private Object evaluate(ExpressionManager manager, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(
                commandContext -> manager.createExpression(expression).getValue(scope));
    }
}
