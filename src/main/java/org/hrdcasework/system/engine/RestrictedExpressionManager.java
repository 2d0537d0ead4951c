package org.hrdcasework.system.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.springframework.beans.factory.BeanFactory;

/**
 * The engine's expression language, cut down to what models need, for every model whether or not
 * it passed the {@link DeploymentGuard}: an expression resolves process variables (and the engine's
 * {@code execution}/{@code task}) and the delegate beans of {@link ExpressionBeans#ALLOWED}, and
 * the one property {@code execution.processBusinessKey}. Nothing else: no other bean, no method
 * call (no resolver invokes methods), no property, list, map or array access on any object. The
 * engine's own functions stay ({@code currentUser()} etc., which Tasklist's stored filters use);
 * models may not call them ({@link ExpressionRules}). Camunda's Spring expression manager, which it replaces, resolves every bean of the
 * application and calls any public method on anything.
 */
class RestrictedExpressionManager extends JuelExpressionManager {

    private final BeanFactory beans;

    RestrictedExpressionManager(BeanFactory beans) {
        super(null);
        this.beans = beans;
    }

    @Override
    public Expression createExpression(String expression) {
        ensureInitialized();
        return new QuietExpression(createValueExpression(expression), this, expression);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new AllowedBeanResolver(beans));
        resolver.add(new BusinessKeyResolver());
        return resolver;
    }

    /**
     * An expression whose evaluation errors name the expression and the kind of failure, never the
     * value involved: the expression language's own messages quote it ("Cannot coerce '...' to
     * ..."), and the engine keeps such messages in jobs and incidents and returns them to callers.
     */
    private static final class QuietExpression extends JuelExpression {

        QuietExpression(ValueExpression valueExpression, JuelExpressionManager manager, String text) {
            super(valueExpression, manager, text);
        }

        @Override
        public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
            try {
                return super.getValue(variableScope, contextExecution);
            } catch (ProcessEngineException e) {
                throw quiet(e);
            }
        }

        @Override
        public void setValue(Object value, VariableScope variableScope, BaseDelegateExecution contextExecution) {
            try {
                super.setValue(value, variableScope, contextExecution);
            } catch (ProcessEngineException e) {
                throw quiet(e);
            }
        }

        private ProcessEngineException quiet(ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof PropertyNotFoundException) {
                    return new ProcessEngineException("Cannot evaluate expression " + expressionText
                            + ": it names an unknown variable or property");
                }
                if (cause.getClass().getName().startsWith("org.camunda.bpm.impl.juel")) {
                    return new ProcessEngineException("Cannot evaluate expression " + expressionText
                            + ": a value has the wrong type for it");
                }
            }
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.startsWith("Unknown property used in expression") || message.startsWith("Unknown method used in expression")
                    || message.startsWith("Error while evaluating expression")) {
                return new ProcessEngineException("Cannot evaluate expression " + expressionText);
            }
            return e;
        }
    }

    /** Read-only resolver of single names or of one property of a base; resolves nothing by default. */
    private abstract static class ReadOnlyResolver extends ELResolver {

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (resolves(base, property)) {
                throw new PropertyNotWritableException("read-only");
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (resolves(base, property)) {
                context.setPropertyResolved(true);
            }
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return Object.class;
        }

        abstract boolean resolves(Object base, Object property);
    }

    /** A top-level name that is an allowed delegate bean. */
    private static final class AllowedBeanResolver extends ReadOnlyResolver {

        private final BeanFactory beans;

        AllowedBeanResolver(BeanFactory beans) {
            this.beans = beans;
        }

        @Override
        boolean resolves(Object base, Object property) {
            return base == null && property instanceof String name && ExpressionBeans.ALLOWED.contains(name)
                    && beans.containsBean(name);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (!resolves(base, property)) {
                return null;
            }
            context.setPropertyResolved(true);
            return beans.getBean((String) property);
        }
    }

    /** {@code execution.processBusinessKey}, which call activities hand to the process they call. */
    private static final class BusinessKeyResolver extends ReadOnlyResolver {

        @Override
        boolean resolves(Object base, Object property) {
            return base instanceof DelegateExecution && ExpressionBeans.BUSINESS_KEY_PROPERTY.equals(property);
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (!resolves(base, property)) {
                return null;
            }
            context.setPropertyResolved(true);
            return ((DelegateExecution) base).getProcessBusinessKey();
        }
    }
}
