package org.hrdcasework.system.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every deployment, whatever its source (our processes/ at start-up, Camunda Modeler through the
 * engine REST API), is checked before the engine parses it: a deployment is a code-execution
 * surface, so scripts, Java class names, and expressions that could do more than name variables
 * or the models' delegate beans and compare them are refused, with the list of problems in the
 * message (naming the file, element and attribute, never the offending text).
 *
 * <p>The text is checked as the engine reads it: comments dropped, CDATA sections and adjacent
 * text joined, character references resolved, the text of an element taken whole even where child
 * elements or processing instructions split it. Every attribute value and element text holding
 * {@code ${} or {@code #{} must parse as an expression that {@link ExpressionRules} allows. DMN
 * files may hold no such expression at all (their expression language is FEEL); forms none in any
 * string. Models that pass are then held to the house rules ({@link ModelRules}).
 */
public class DeploymentGuard implements Deployer {

    private static final Set<String> ALLOWED_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");
    /** Scripts, the engine's own form definitions (their validators and handlers name Java classes) and connectors. */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "formData", "formField",
            "formProperty", "constraint", "validation", "connector");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "scriptFormat", "resource", "language",
            "expressionLanguage", "typeLanguage", "formHandlerClass");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Predicate<String> isBean;

    /** @param isBean whether a name is a bean of the application (see {@link ExpressionRules#problem}) */
    public DeploymentGuard(Predicate<String> isBean) {
        this.isBean = isBean;
    }

    /** Everything a deployment of these files would be refused for; empty if it would pass. */
    public static List<String> problems(Map<String, byte[]> files, Predicate<String> isBean) {
        List<String> problems = new ArrayList<>();
        files.forEach((name, content) -> problems.addAll(check(name, content, isBean)));
        if (problems.isEmpty()) {
            problems.addAll(ModelRules.check(files));
        }
        return problems;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            // The engine re-parses a stored deployment (after a restart, or when its cache was
            // emptied) with only the resource it needs: it was checked in full when it was made.
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            files.put(resource.getName(), resource.getBytes());
        }
        List<String> problems = problems(files, isBean);
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException("Deployment refused: " + String.join("; ", problems));
        }
    }

    static List<String> check(String name, byte[] content, Predicate<String> isBean) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ALLOWED_SUFFIXES.stream().noneMatch(lower::endsWith)) {
            return List.of(name + ": only BPMN, DMN and form files may be deployed");
        }
        Set<String> problems = new LinkedHashSet<>();
        if (lower.endsWith(".form")) {
            checkForm(name, content, problems);
            return new ArrayList<>(problems);
        }
        boolean dmn = lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml");
        Document document = parse(content);
        if (document == null) {
            return List.of(name + ": not well-formed XML");
        }
        Checker checker = new Checker(name, dmn, isBean, problems);
        checker.walk(document.getDocumentElement());
        if (problems.isEmpty()) {
            // A reader of the document's whole text (DOM text content, as the model API reads it)
            // joins the texts of nested elements: no expression may appear across them either.
            // ${ and #{ evaluate alike; the engine refuses to mix them in one text, the check need not.
            checker.checkText(name + " (document text)", document.getDocumentElement().getTextContent().replace("#{", "${"));
        }
        return new ArrayList<>(problems);
    }

    private record Checker(String file, boolean dmn, Predicate<String> isBean, Set<String> problems) {

        void walk(Element element) {
            String local = localName(element);
            String where = file + " " + local + describe(element);
            if (FORBIDDEN_ELEMENTS.contains(local)) {
                problems.add(where + ": " + (local.contains("script") ? "scripts are not allowed"
                        : "element " + local + " is not allowed (no scripts, connectors or generated forms)"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String attributeName = localName(attribute);
                if (FORBIDDEN_ATTRIBUTES.contains(attributeName) && !isHarmless(attributeName, attribute.getValue())) {
                    problems.add(where + ": attribute " + attribute.getName() + " is not allowed (no Java classes or scripts)");
                }
                checkText(where + " @" + attribute.getName(), attribute.getValue());
            }
            // The engine's parser hands an element the concatenation of all its character data.
            StringBuilder text = new StringBuilder();
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element childElement) {
                    walk(childElement);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(child.getNodeValue());
                }
            }
            checkText(where, text.toString());
        }

        void checkText(String where, String text) {
            if (!ExpressionRules.isExpression(text)) {
                return;
            }
            if (dmn) {
                problems.add(where + ": decisions use FEEL; JUEL expressions are not allowed");
                return;
            }
            String problem = ExpressionRules.problem(text, isBean);
            if (problem != null) {
                problems.add(where + ": " + problem);
            }
        }
    }

    private static void checkForm(String name, byte[] content, Set<String> problems) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (Exception e) {
            problems.add(name + ": not a valid form (JSON)");
            return;
        }
        checkJson(name, "", form, problems);
    }

    /**
     * Forms are rendered in the browser; the engine evaluates nothing in them, but a form must not
     * carry engine expressions either (they would be evaluated if the text ever reached a model).
     * Form-js's own FEEL ({@code =...}) runs in the browser on what the task already shows.
     */
    private static void checkJson(String file, String path, JsonNode node, Set<String> problems) {
        if (node.isTextual() && ExpressionRules.isExpression(node.asText())) {
            problems.add(file + " " + (path.isEmpty() ? "(form)" : path) + ": engine expressions are not allowed in forms");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkJson(file, path + "[" + i + "]", node.get(i), problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (ExpressionRules.isExpression(field.getKey())) {
                    problems.add(file + " " + (path.isEmpty() ? "(form)" : path) + ": engine expressions are not allowed in forms");
                } else {
                    checkJson(file, fieldPath, field.getValue(), problems);
                }
            }
        }
    }

    /** FEEL is DMN's own expression language and cannot reach Java (external functions are off). */
    private static boolean isHarmless(String attribute, String value) {
        return ("expressionLanguage".equals(attribute) || "typeLanguage".equals(attribute))
                && (value.equalsIgnoreCase("feel") || value.startsWith("https://www.omg.org/spec/DMN")
                        || value.startsWith("http://www.omg.org/spec/DMN") || value.startsWith("http://www.w3.org/2001/XMLSchema"));
    }

    private static String localName(Node node) {
        return node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return id == null || id.isEmpty() || ExpressionRules.isExpression(id) || id.length() > 100 ? "" : " '" + id + "'";
    }

    /** Parsed as the engine sees the text: comments dropped, CDATA joined with the text around it. */
    private static Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setCoalescing(true);
            factory.setIgnoringComments(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(content));
            document.normalize();
            return document;
        } catch (Exception e) {
            return null;
        }
    }
}
