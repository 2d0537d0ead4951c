package org.hrdcasework.system.engine;

import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;

/**
 * What an expression in a model may do, decided on the tree that the engine's own expression
 * parser (JUEL, with the features the engine enables) builds from the text: name variables and
 * the allowed delegate beans ({@link ExpressionBeans}), write literals, compare, combine with
 * boolean and arithmetic operators, {@code empty}, {@code not}, parentheses and {@code ?:}. No
 * method call, function, property or index access, except {@code execution.processBusinessKey}.
 */
final class ExpressionRules {

    static final String NOT_ALLOWED = "an expression may only name variables or the models' delegate beans, compare "
            + "them with literals and combine the comparisons (no method calls, functions or property access)";
    static final String MALFORMED = "not a well-formed expression";
    static final String BEAN_NOT_ALLOWED = "an expression names an application bean that models may not use";

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
    private static final Set<Class<?>> ALLOWED_NODES = Set.of(AstComposite.class, AstEval.class, AstText.class,
            AstIdentifier.class, AstBinary.class, AstUnary.class, AstChoice.class, AstNested.class, AstString.class,
            AstNumber.class, AstBoolean.class, AstNull.class);

    private ExpressionRules() {
    }

    /** Text the engine would evaluate: anything holding an immediate or deferred expression. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * Why this text may not stand in a model, or null if it may.
     *
     * @param isBean whether a name is a bean of the application (any such name that is not an
     *               allowed delegate is refused, so that a model cannot even hold a reference to it)
     */
    static String problem(String text, Predicate<String> isBean) {
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (RuntimeException e) {
            return MALFORMED;
        }
        return check(root, isBean);
    }

    private static String check(Node node, Predicate<String> isBean) {
        if (node instanceof AstDot dot && isBusinessKey(dot)) {
            return null;
        }
        if (!ALLOWED_NODES.contains(node.getClass())) {
            return NOT_ALLOWED;
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            return isBean.test(name) && !ExpressionBeans.ALLOWED.contains(name) ? BEAN_NOT_ALLOWED : null;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            String problem = check(node.getChild(i), isBean);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean isBusinessKey(AstDot dot) {
        return dot.getCardinality() == 1 && dot.getChild(0) instanceof AstIdentifier base
                && ExpressionBeans.BUSINESS_KEY_BASE.equals(base.getName())
                && (". " + ExpressionBeans.BUSINESS_KEY_PROPERTY).equals(dot.toString());
    }
}
