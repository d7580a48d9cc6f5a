package vn.wardqms.platform.workflow.standin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module's script behaviours as the repository binds them, read from the shipped context files: each
 * ClassPolicyRegistration or AssociationPolicyRegistration bean (PolicyRegistration: policyName or policyNames, and
 * className, as full QNames) with a ScriptBehaviour whose ClasspathScriptLocation is the script. A class policy's
 * behaviour fires for a node whose type or one of whose aspects is the class or a subclass of it
 * (PolicyComponentImpl.bindClassBehaviour); an association policy's for the parent's class for a child association, the
 * source's for a peer one (bindAssociationBehaviour, for the association type given or every one). When it fires the script runs with the root object {@code behaviour}
 * (org.alfresco.repo.jscript.Behaviour: the policy's method name and its arguments, converted for the script). One
 * bean is one ScriptBehaviour: while its script runs it is disabled on that thread (ScriptBehaviour invoke), whichever
 * of its policies fired.
 */
final class StandInBehaviours {
    static final String CLASS_REGISTRATION = "org.alfresco.repo.policy.registration.ClassPolicyRegistration";
    static final String ASSOCIATION_REGISTRATION = "org.alfresco.repo.policy.registration.AssociationPolicyRegistration";

    /** One policy of one registration bean; {@code behaviour} names the bean (one ScriptBehaviour). */
    record Binding(String behaviour, String policy, String className, boolean association, String associationType, String location,
            String source) {
    }

    /** The {@code behaviour} root object: {@code behaviour.name}, {@code behaviour.args}. */
    public static final class ScriptBehaviourArgs {
        private final String name;
        private final Object[] args;

        ScriptBehaviourArgs(String name, Object[] args) {
            this.name = name;
            this.args = args;
        }

        public String getName() {
            return name;
        }

        public Object[] getArgs() {
            return args.clone();
        }
    }

    private final List<Binding> bindings;

    private StandInBehaviours(List<Binding> bindings) {
        this.bindings = bindings;
    }

    /** The bindings of every context file in {@code contexts} (the module's context/ folder). */
    static StandInBehaviours read(Path contexts) {
        List<Binding> bindings = new ArrayList<>();
        if (!Files.isDirectory(contexts)) {
            return new StandInBehaviours(bindings);
        }
        try (Stream<Path> files = Files.list(contexts)) {
            for (Path context : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                readContext(context, bindings);
            }
            return new StandInBehaviours(bindings);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + contexts + ": " + e.getMessage(), e);
        }
    }

    private static void readContext(Path context, List<Binding> bindings) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(context.toFile());
            NodeList beans = xml.getDocumentElement().getChildNodes();
            for (int i = 0; i < beans.getLength(); i++) {
                if (!(beans.item(i) instanceof Element bean)) {
                    continue;
                }
                String registration = bean.getAttribute("class");
                if (!CLASS_REGISTRATION.equals(registration) && !ASSOCIATION_REGISTRATION.equals(registration)) {
                    continue;
                }
                String location = firstValue(bean, "constructor-arg");
                String source = load(location);
                String className = values(bean, "className").get(0);
                List<String> associationType = values(bean, "associationType");
                List<String> policies = new ArrayList<>(values(bean, "policyName"));
                policies.addAll(values(bean, "policyNames"));
                for (String policy : policies) {
                    bindings.add(new Binding(bean.getAttribute("id"), policy, className, ASSOCIATION_REGISTRATION.equals(registration),
                            associationType.isEmpty() ? null : associationType.get(0), location, source));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the behaviours of " + context + ": " + e.getMessage(), e);
        }
    }

    /** The class behaviours of {@code policy} bound to a class the node has ({@code hasClass}), each once. */
    List<Binding> classBehaviours(String policy, Predicate<String> hasClass) {
        return bindings.stream().filter(b -> !b.association() && b.policy().equals(policy) && hasClass.test(b.className())).toList();
    }

    /**
     * The association behaviours of {@code policy} bound to a class the node has (the parent of a child association,
     * the source of a peer one) and to the association's type, or to every type when the binding names none.
     */
    List<Binding> associationBehaviours(String policy, Predicate<String> hasClass, String fullAssociationType) {
        return bindings.stream().filter(b -> b.association() && b.policy().equals(policy) && hasClass.test(b.className())
                && (b.associationType() == null || b.associationType().equals(fullAssociationType))).toList();
    }

    /** A property's values: its value attribute, or every value element inside it (a list); none if absent. */
    private static List<String> values(Element bean, String name) {
        for (Element property : childElements(bean, "property")) {
            if (name.equals(property.getAttribute("name"))) {
                if (property.hasAttribute("value")) {
                    return List.of(property.getAttribute("value"));
                }
                List<String> values = new ArrayList<>();
                NodeList list = property.getElementsByTagNameNS("*", "value");
                for (int i = 0; i < list.getLength(); i++) {
                    values.add(list.item(i).getTextContent().trim());
                }
                return values;
            }
        }
        return List.of();
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String firstValue(Element parent, String tag) {
        Element e = (Element) parent.getElementsByTagNameNS("*", tag).item(0);
        if (e.hasAttribute("value")) {
            return e.getAttribute("value");
        }
        Element value = (Element) e.getElementsByTagNameNS("*", "value").item(0);
        return (value == null ? e : value).getTextContent().trim();
    }

    /** ClasspathScriptLocation: the script from the class path. */
    private static String load(String location) throws IOException {
        try (InputStream in = StandInBehaviours.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IOException("Unable to load classpath resource: " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
