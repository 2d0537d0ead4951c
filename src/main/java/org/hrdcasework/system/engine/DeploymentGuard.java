package org.hrdcasework.system.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.BadUserRequestException;
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
 * surface, so scripts, Java class names and expressions that call methods are refused, with the
 * list of problems in the message. Expressions may name variables and beans, compare them with
 * literals and combine comparisons; they may not navigate properties or call methods. Models that
 * pass are then held to the house rules ({@link ModelRules}).
 */
public class DeploymentGuard implements Deployer {

    private static final Set<String> ALLOWED_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "scriptFormat", "resource", "language",
            "expressionLanguage", "typeLanguage");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** Identifiers, string and integer literals, comparisons and boolean operators only. */
    private static final Pattern SAFE_EXPRESSION = Pattern.compile(
            "\\s*(!?\\s*[A-Za-z_][A-Za-z0-9_]*|'[^'()]*'|-?[0-9]+|==|!=|<=|>=|<|>|&&|\\|\\||!|\\s|\\b(and|or|not|eq|ne|lt|gt|le|ge|empty|true|false|null)\\b)*\\s*");
    private static final String BUSINESS_KEY_EXPRESSION = "execution.processBusinessKey";

    /** Everything a deployment of these files would be refused for; empty if it would pass. */
    public static List<String> problems(Map<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        files.forEach((name, content) -> problems.addAll(check(name, content)));
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
        List<String> problems = problems(files);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException("Deployment refused: " + String.join("; ", problems));
        }
    }

    static List<String> check(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ALLOWED_SUFFIXES.stream().noneMatch(lower::endsWith)) {
            return List.of(name + ": only BPMN, DMN and form files may be deployed");
        }
        if (lower.endsWith(".form")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        Document document = parse(name, content, problems);
        if (document != null) {
            walk(name, document.getDocumentElement(), problems);
        }
        return problems;
    }

    private static void walk(String file, Element element, List<String> problems) {
        String local = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        String where = file + " " + local + describe(element);
        if (FORBIDDEN_ELEMENTS.contains(local)) {
            problems.add(where + ": scripts are not allowed");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (FORBIDDEN_ATTRIBUTES.contains(attributeName) && !isHarmless(attributeName, attribute.getValue())) {
                problems.add(where + ": attribute " + attribute.getName() + " is not allowed (no Java classes or scripts)");
            }
            checkExpressions(where + " @" + attributeName, attribute.getValue(), problems);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                walk(file, childElement, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpressions(where, child.getNodeValue(), problems);
            }
        }
    }

    /** FEEL is DMN's own expression language and cannot reach Java. */
    private static boolean isHarmless(String attribute, String value) {
        return ("expressionLanguage".equals(attribute) || "typeLanguage".equals(attribute))
                && (value.equalsIgnoreCase("feel") || value.startsWith("https://www.omg.org/spec/DMN")
                        || value.startsWith("http://www.omg.org/spec/DMN") || value.startsWith("http://www.w3.org/2001/XMLSchema"));
    }

    private static void checkExpressions(String where, String text, List<String> problems) {
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return;
        }
        var matcher = EXPRESSION.matcher(text);
        while (matcher.find()) {
            String body = matcher.group(1).trim();
            if (!body.equals(BUSINESS_KEY_EXPRESSION) && !SAFE_EXPRESSION.matcher(body).matches()) {
                problems.add(where + ": expression ${" + body + "} may only name variables or beans and compare "
                        + "them with literals (no method calls or property access)");
            }
        }
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return id == null || id.isEmpty() ? "" : " '" + id + "'";
    }

    private static Document parse(String name, byte[] content, List<String> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            problems.add(name + ": not well-formed XML");
            return null;
        }
    }
}
