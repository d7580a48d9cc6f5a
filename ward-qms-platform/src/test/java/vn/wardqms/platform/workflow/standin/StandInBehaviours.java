package vn.wardqms.platform.workflow.standin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module's script behaviours as the repository binds them, read from the shipped behaviour-context.xml: each
 * ClassPolicyRegistration bean names a policy and a class as full QNames and a ScriptBehaviour whose
 * ClasspathScriptLocation is the script (PolicyComponentImpl.bindClassBehaviour). When the policy fires for that
 * class, the script runs with the root object {@code behaviour} (org.alfresco.repo.jscript.Behaviour: the policy's
 * method name and its arguments, converted for the script: a NodeRef becomes a node, a QName its string).
 */
final class StandInBehaviours {
    private static final String REGISTRATION = "org.alfresco.repo.policy.registration.ClassPolicyRegistration";

    record Binding(String policy, String className, String location, String source) {
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

    static StandInBehaviours read(Path context) {
        List<Binding> bindings = new ArrayList<>();
        if (!Files.isRegularFile(context)) {
            return new StandInBehaviours(bindings);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(context.toFile());
            NodeList beans = xml.getDocumentElement().getChildNodes();
            for (int i = 0; i < beans.getLength(); i++) {
                if (beans.item(i) instanceof Element bean && REGISTRATION.equals(bean.getAttribute("class"))) {
                    String location = firstValue(bean, "constructor-arg");
                    bindings.add(new Binding(property(bean, "policyName"), property(bean, "className"), location, load(location)));
                }
            }
            return new StandInBehaviours(bindings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the behaviours of " + context + ": " + e.getMessage(), e);
        }
    }

    List<Binding> bound(String policy, String className) {
        return bindings.stream().filter(b -> b.policy().equals(policy) && b.className().equals(className)).toList();
    }

    private static String property(Element bean, String name) {
        NodeList properties = bean.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (name.equals(property.getAttribute("name"))) {
                return property.hasAttribute("value") ? property.getAttribute("value") : firstValue(property, "value");
            }
        }
        throw new IllegalStateException("no property " + name);
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
