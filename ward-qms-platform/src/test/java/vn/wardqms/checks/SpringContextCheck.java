package vn.wardqms.checks;

import static vn.wardqms.checks.LocatedXml.children;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.BeanDefinitionStoreException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.DelegatingEntityResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.beans.factory.xml.XmlBeanDefinitionStoreException;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.w3c.dom.Element;

/**
 * Checks a module's Spring contexts the way the repository will read them, against a module root (a directory or the
 * root of the built JAR): {@code module-context.xml} and everything it imports parse as Spring bean definitions, every
 * classpath resource they name exists in the module, beans (inner beans too) extend only beans the repository defines
 * and name only classes of the module, of Spring or of the repository's known classes below, policy registrations
 * name their policy and class as full QNames, and every model and label bundle the module ships is registered.
 */
public final class SpringContextCheck {

    /** Repository beans a module may name as parent or depends-on, and the ACS context file that defines each. */
    public static final Map<String, String> REPOSITORY_BEANS = Map.of(
            "dictionaryModelBootstrap", "alfresco/core-services-context.xml (abstract DictionaryBootstrap)",
            "dictionaryBootstrap", "alfresco/core-services-context.xml (built-in models)",
            "global-properties", "alfresco/core-services-context.xml (alfresco-global.properties, module defaults included)",
            "workflowDeployer", "alfresco/workflow-context.xml (abstract WorkflowDeployer)",
            "activitiBeanRegistry", "alfresco/activiti-context.xml (beans visible to BPMN expressions)",
            "policyRegistration", "alfresco/policy-context.xml (abstract, policyComponent, init-method register)",
            "scriptBehaviour", "alfresco/script-services-context.xml (abstract, serviceRegistry)");

    /**
     * Repository classes a module may name (ACS 23.1 and later, alfresco-community-repo, repository/src/main/java/...).
     * Spring's own classes are checked on the classpath instead.
     */
    public static final Map<String, String> REPOSITORY_CLASSES = Map.of(
            "org.alfresco.repo.policy.registration.ClassPolicyRegistration",
            "org/alfresco/repo/policy/registration/ClassPolicyRegistration.java (PolicyRegistration: policyName, policyNames, className, behaviour)",
            "org.alfresco.repo.policy.registration.AssociationPolicyRegistration",
            "org/alfresco/repo/policy/registration/AssociationPolicyRegistration.java (PolicyRegistration + associationType)",
            "org.alfresco.repo.jscript.ScriptBehaviour", "org/alfresco/repo/jscript/ScriptBehaviour.java (serviceRegistry, location)",
            "org.alfresco.repo.jscript.ClasspathScriptLocation", "org/alfresco/repo/jscript/ClasspathScriptLocation.java (constructor: classpath location)");

    private static final String CLASS_REGISTRATION = "org.alfresco.repo.policy.registration.ClassPolicyRegistration";
    private static final String ASSOCIATION_REGISTRATION = "org.alfresco.repo.policy.registration.AssociationPolicyRegistration";

    /**
     * Policies a module binds to, as {namespace}localName (the policy interface's method, namespace Policy.NAMESPACE =
     * NamespaceService.ALFRESCO_URI), and the registration each needs: a class policy (extends ClassPolicy) through
     * ClassPolicyRegistration, an association policy (extends AssociationPolicy) through AssociationPolicyRegistration;
     * PolicyComponentImpl keeps the two kinds apart, so a binding of the wrong kind never fires.
     * repository/src/main/java/org/alfresco/repo/node/NodeServicePolicies.java,
     * repository/src/main/java/org/alfresco/repo/content/ContentServicePolicies.java.
     */
    public static final Map<String, String> KNOWN_POLICIES = Map.ofEntries(
            Map.entry("{http://www.alfresco.org}onAddAspect", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}beforeRemoveAspect", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onRemoveAspect", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onCreateNode", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onSetNodeType", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onUpdateProperties", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onUpdateNode", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}beforeDeleteNode", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onMoveNode", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onContentUpdate", CLASS_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onCreateChildAssociation", ASSOCIATION_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onCreateAssociation", ASSOCIATION_REGISTRATION),
            Map.entry("{http://www.alfresco.org}onDeleteAssociation", ASSOCIATION_REGISTRATION));

    private static final Pattern FULL_QNAME = Pattern.compile("^\\{[^{}\\s]+}[A-Za-z_][\\w.-]*$");

    private static final Pattern SPRING_RESOURCE = Pattern.compile("(?:file|class path resource) \\[(.*)]");

    public record Result(List<Problem> problems, List<String> models, List<String> labelBundles, List<Path> contexts) {
    }

    private final Path root;
    private final String moduleId;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> models = new ArrayList<>();
    private final List<String> labelBundles = new ArrayList<>();
    private final Set<String> referencedResources = new LinkedHashSet<>();

    private SpringContextCheck(Path root, String moduleId) {
        this.root = root;
        this.moduleId = moduleId;
    }

    public static Result check(Path root, String moduleId) {
        return new SpringContextCheck(root, moduleId).run();
    }

    private Path moduleDir() {
        return root.resolve("alfresco/module/" + moduleId);
    }

    private Result run() {
        Path entry = moduleDir().resolve("module-context.xml");
        if (!Files.isRegularFile(entry)) {
            problems.add(Problem.inFile(entry, "missing: the repository loads every module through alfresco/module/<id>/module-context.xml"));
            return new Result(problems, models, labelBundles, List.of());
        }
        parseWithSpring(entry);
        List<Path> contexts = walk(entry);
        checkPolicyClasses();
        checkEverythingShippedIsRegistered();
        return new Result(List.copyOf(problems), List.copyOf(models), List.copyOf(labelBundles), contexts);
    }

    /** What the repository does first: read the XML as bean definitions (schema-validated, imports followed). */
    private void parseWithSpring(Path entry) {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(factory);
        reader.setEntityResolver(new DelegatingEntityResolver(XmlBeanDefinitionReader.class.getClassLoader()));
        reader.setResourceLoader(new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                return location.startsWith(CLASSPATH_URL_PREFIX)
                        ? new FileSystemResource(root.resolve(location.substring(CLASSPATH_URL_PREFIX.length())))
                        : super.getResource(location);
            }
        });
        try {
            reader.loadBeanDefinitions(new FileSystemResource(entry));
        } catch (BeanDefinitionStoreException e) {
            // An error in an imported file arrives wrapped in the importing file's error: report the innermost one.
            BeanDefinitionStoreException innermost = e;
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof BeanDefinitionStoreException inner) {
                    innermost = inner;
                }
            }
            Path file = resourcePath(innermost.getResourceDescription(), entry);
            if (innermost instanceof XmlBeanDefinitionStoreException xml) {
                problems.add(new Problem(file, xml.getLineNumber(), "not valid Spring bean XML: " + rootMessage(xml)));
            } else {
                problems.add(Problem.inFile(file, "Spring cannot read the bean definitions: " + rootMessage(innermost)));
            }
        }
    }

    private List<Path> walk(Path entry) {
        List<Path> seen = new ArrayList<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(entry));
        List<LocatedXml> files = new ArrayList<>();
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (seen.contains(file)) {
                continue;
            }
            seen.add(file);
            try {
                LocatedXml xml = LocatedXml.parse(file);
                files.add(xml);
                for (Element imp : children(xml.root(), "import")) {
                    Path target = resolve(file, imp.getAttribute("resource"));
                    if (Files.isRegularFile(target)) {
                        todo.add(target);
                    } else {
                        problems.add(xml.problem(imp, "imports " + imp.getAttribute("resource") + ", which is not in the module"));
                    }
                }
            } catch (LocatedXml.XmlProblem e) {
                problems.add(e.problem());
            }
        }
        Set<String> ownBeans = new LinkedHashSet<>();
        for (LocatedXml xml : files) {
            for (Element bean : children(xml.root(), "bean")) {
                if (bean.hasAttribute("id")) {
                    ownBeans.add(bean.getAttribute("id"));
                }
            }
        }
        for (LocatedXml xml : files) {
            for (Element bean : children(xml.root(), "bean")) {
                checkBean(xml, bean, ownBeans);
            }
        }
        return seen;
    }

    private void checkBean(LocatedXml xml, Element bean, Set<String> ownBeans) {
        String id = bean.getAttribute("id");
        if (id.isEmpty() || !id.startsWith(moduleId + ".")) {
            problems.add(xml.problem(bean, "bean id '" + id + "' is not namespaced: use " + moduleId + ".<name> so it cannot clash with the repository's beans"));
        }
        List<String> references = new ArrayList<>();
        if (bean.hasAttribute("parent")) {
            references.add(bean.getAttribute("parent"));
        }
        if (bean.hasAttribute("depends-on")) {
            references.addAll(Arrays.stream(bean.getAttribute("depends-on").split("[,;\\s]+")).filter(s -> !s.isEmpty()).toList());
        }
        for (String ref : references) {
            if (!ownBeans.contains(ref) && !REPOSITORY_BEANS.containsKey(ref)) {
                problems.add(xml.problem(bean, "bean " + id + " refers to '" + ref + "', which neither this module nor the repository defines"));
            }
        }
        for (Element e : LocatedXml.descendants(bean, "*")) {
            for (String attribute : List.of("ref", "value-ref", "bean")) {
                String ref = e.getAttribute(attribute);
                boolean isReference = !ref.isEmpty() && ("ref".equals(e.getLocalName()) || !"bean".equals(attribute));
                if (isReference && !ownBeans.contains(ref) && !REPOSITORY_BEANS.containsKey(ref)) {
                    problems.add(xml.problem(e, "bean " + id + " refers to '" + ref + "', which neither this module nor the repository defines"));
                }
            }
        }
        checkClass(xml, bean);
        for (Element inner : LocatedXml.descendants(bean, "bean")) {
            if (inner.hasAttribute("parent") && !ownBeans.contains(inner.getAttribute("parent"))
                    && !REPOSITORY_BEANS.containsKey(inner.getAttribute("parent"))) {
                problems.add(xml.problem(inner, "an inner bean of " + id + " extends '" + inner.getAttribute("parent")
                        + "', which neither this module nor the repository defines"));
            }
            checkClass(xml, inner);
        }
        if (CLASS_REGISTRATION.equals(bean.getAttribute("class")) || ASSOCIATION_REGISTRATION.equals(bean.getAttribute("class"))) {
            checkPolicyRegistration(xml, bean, id);
        }
        if ("dictionaryModelBootstrap".equals(bean.getAttribute("parent"))
                && !references.contains("dictionaryBootstrap")) {
            problems.add(xml.problem(bean, "bean " + id + " must depend on dictionaryBootstrap: the built-in models it extends load there"));
        }
        for (Element property : children(bean, "property")) {
            String name = property.getAttribute("name");
            for (Element value : LocatedXml.descendants(property, "value")) {
                checkValue(xml, value, name);
            }
            for (Element prop : LocatedXml.descendants(property, "prop")) {
                if ("location".equals(prop.getAttribute("key"))) {
                    requireResource(xml, prop, prop.getTextContent().trim(), "workflow definition");
                }
            }
        }
    }

    /** The module's own classes must be in the module; the repository provides Spring's and its own known ones. */
    private void checkClass(LocatedXml xml, Element bean) {
        String className = bean.getAttribute("class");
        if (className.isEmpty()) {
            return;
        }
        if (className.startsWith("vn.wardqms.")) {
            Path classFile = root.resolve(className.replace('.', '/') + ".class");
            if (!Files.isRegularFile(classFile)) {
                problems.add(xml.problem(bean, "class " + className + " is not in the module"));
            }
        } else if (className.startsWith("org.springframework.")) {
            try {
                Class.forName(className, false, SpringContextCheck.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                problems.add(xml.problem(bean, "class " + className + " is not a Spring class"));
            }
        } else if (!REPOSITORY_CLASSES.containsKey(className)) {
            problems.add(xml.problem(bean, "class " + className + " is neither the module's, Spring's nor a repository class known to exist"));
        }
    }

    /**
     * QName.createQName(String) reads only {namespace}localName: a prefixed name would bind to nothing. The policy must be
     * known and of the registration's kind; the class must be one the dictionary will have (PolicyComponentImpl refuses
     * a class it does not define): for a class of a model the module registers, one that model declares.
     */
    private void checkPolicyRegistration(LocatedXml xml, Element bean, String id) {
        String registration = bean.getAttribute("class");
        boolean policies = false, className = false;
        for (Element property : children(bean, "property")) {
            String name = property.getAttribute("name");
            if (!name.equals("policyName") && !name.equals("policyNames") && !name.equals("className")) {
                continue;
            }
            List<String> values = property.hasAttribute("value") ? List.of(property.getAttribute("value"))
                    : LocatedXml.descendants(property, "value").stream().map(v -> v.getTextContent().trim()).toList();
            if (values.isEmpty()) {
                problems.add(xml.problem(property, "bean " + id + ": " + name + " has no value"));
            }
            policies |= !name.equals("className");
            className |= name.equals("className");
            for (String value : values) {
                if (!FULL_QNAME.matcher(value).matches()) {
                    problems.add(xml.problem(property, "bean " + id + ": " + name + " '" + value + "' is not a full QName {namespace}localName"));
                } else if (name.equals("className")) {
                    policyClasses.add(new PolicyClass(xml, property, id, value));
                } else if (!KNOWN_POLICIES.containsKey(value)) {
                    problems.add(xml.problem(property, "bean " + id + ": policy " + value + " is not one of " + new java.util.TreeSet<>(KNOWN_POLICIES.keySet())));
                } else if (!KNOWN_POLICIES.get(value).equals(registration)) {
                    problems.add(xml.problem(property, "bean " + id + ": policy " + value + " must be bound with "
                            + KNOWN_POLICIES.get(value).substring(KNOWN_POLICIES.get(value).lastIndexOf('.') + 1)
                            + ", not " + registration.substring(registration.lastIndexOf('.') + 1) + ": bound so it would never fire"));
                }
            }
        }
        if (!policies || !className) {
            problems.add(xml.problem(bean, "bean " + id + ": a policy registration needs " + (policies ? "className" : "policyName or policyNames")));
        }
    }

    private record PolicyClass(LocatedXml xml, Element property, String bean, String qname) {
    }

    private final List<PolicyClass> policyClasses = new ArrayList<>();

    /** After the walk, when every registered model is known: a class of a registered model's namespace must be declared there. */
    private void checkPolicyClasses() {
        List<ModelFacts> registered = new ArrayList<>();
        for (String model : models) {
            Path file = root.resolve(model);
            if (Files.isRegularFile(file)) {
                try {
                    registered.add(ModelFacts.read(file));
                } catch (RuntimeException e) {
                    // the model checks report it
                }
            }
        }
        for (PolicyClass c : policyClasses) {
            String uri = c.qname().substring(1, c.qname().indexOf('}'));
            String local = c.qname().substring(c.qname().indexOf('}') + 1);
            for (ModelFacts model : registered) {
                model.namespaces().forEach((prefix, namespace) -> {
                    if (namespace.equals(uri) && model.classNamed(prefix + ":" + local).isEmpty()) {
                        problems.add(c.xml().problem(c.property(), "bean " + c.bean() + ": class " + c.qname() + " is not declared in "
                                + root.relativize(model.file()) + ": the repository would refuse to bind it"));
                    }
                });
            }
        }
    }

    private void checkValue(LocatedXml xml, Element value, String propertyName) {
        String text = value.getTextContent().trim();
        switch (propertyName) {
            case "models" -> {
                models.add(text);
                requireResource(xml, value, text, "model");
            }
            case "labels" -> {
                labelBundles.add(text);
                requireResource(xml, value, text + ".properties", "English label bundle");
                requireResource(xml, value, text + "_vi.properties", "Vietnamese label bundle");
            }
            default -> {
                if (text.startsWith("alfresco/")) {
                    requireResource(xml, value, text, "resource");
                }
            }
        }
    }

    private void requireResource(LocatedXml xml, Element value, String path, String what) {
        referencedResources.add(path);
        if (!Files.isRegularFile(root.resolve(path))) {
            problems.add(xml.problem(value, what + " " + path + " is not in the module"));
        }
    }

    /** A model or bundle shipped but never registered is dead weight the repository never loads. */
    private void checkEverythingShippedIsRegistered() {
        for (String folder : List.of("model", "messages", "workflow")) {
            Path dir = moduleDir().resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    // Scripts are named by the BPMN that imports them, not by a context (see the workflow checks).
                    boolean shipped = path.endsWith(".xml") || path.endsWith(".properties");
                    if (shipped && !referencedResources.contains(path)) {
                        problems.add(Problem.inFile(file, "shipped but registered by no bean in module-context.xml or its imports"));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(dir, "cannot list: " + e.getMessage()));
            }
        }
        checkEveryBehaviourScriptIsUsed();
    }

    /** A behaviour script is bound by a context, or imported by a bound one (classpath imports at its start). */
    private void checkEveryBehaviourScriptIsUsed() {
        Path dir = moduleDir().resolve("behaviour");
        if (!Files.isDirectory(dir)) {
            return;
        }
        Pattern importDirective = Pattern.compile("<import resource=\"classpath:/?([^\"]+)\">");
        Set<String> used = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(referencedResources.stream().filter(r -> r.endsWith(".js")).toList());
        while (!todo.isEmpty()) {
            String script = todo.pop();
            if (!used.add(script) || !Files.isRegularFile(root.resolve(script))) {
                continue;
            }
            try {
                Matcher m = importDirective.matcher(Files.readString(root.resolve(script)));
                while (m.find()) {
                    todo.add(m.group(1));
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(root.resolve(script), "cannot read: " + e.getMessage()));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".js") && !used.contains(path)) {
                    problems.add(Problem.inFile(file, "shipped but bound by no behaviour in module-context.xml or its imports, nor imported by one"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(dir, "cannot list: " + e.getMessage()));
        }
    }

    private Path resolve(Path from, String location) {
        if (location.startsWith("classpath:")) {
            return root.resolve(location.substring("classpath:".length()).replaceFirst("^/", ""));
        }
        return from.resolveSibling(location);
    }

    private Path resourcePath(String description, Path fallback) {
        if (description != null) {
            Matcher m = SPRING_RESOURCE.matcher(description);
            if (m.find()) {
                return root.getFileSystem().getPath(m.group(1));
            }
        }
        return fallback;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
