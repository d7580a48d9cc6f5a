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
            "org.alfresco.repo.jscript.ScriptBehaviour", "org/alfresco/repo/jscript/ScriptBehaviour.java (serviceRegistry, location)",
            "org.alfresco.repo.jscript.ClasspathScriptLocation", "org/alfresco/repo/jscript/ClasspathScriptLocation.java (constructor: classpath location)");

    /** Policies a module binds to, as {namespace}localName (NodeServicePolicies, namespace NamespaceService.ALFRESCO_URI). */
    public static final Set<String> KNOWN_POLICIES = Set.of("{http://www.alfresco.org}onAddAspect",
            "{http://www.alfresco.org}onCreateNode", "{http://www.alfresco.org}onSetNodeType",
            "{http://www.alfresco.org}onUpdateProperties", "{http://www.alfresco.org}onUpdateNode");

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
        if ("org.alfresco.repo.policy.registration.ClassPolicyRegistration".equals(bean.getAttribute("class"))) {
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

    /** QName.createQName(String) reads only {namespace}localName: a prefixed name would bind to nothing. */
    private void checkPolicyRegistration(LocatedXml xml, Element bean, String id) {
        for (Element property : children(bean, "property")) {
            String name = property.getAttribute("name");
            if (!name.equals("policyName") && !name.equals("className")) {
                continue;
            }
            String value = property.hasAttribute("value") ? property.getAttribute("value")
                    : LocatedXml.descendants(property, "value").stream().map(v -> v.getTextContent().trim()).findFirst().orElse("");
            if (!FULL_QNAME.matcher(value).matches()) {
                problems.add(xml.problem(property, "bean " + id + ": " + name + " '" + value + "' is not a full QName {namespace}localName"));
            } else if (name.equals("policyName") && !KNOWN_POLICIES.contains(value)) {
                problems.add(xml.problem(property, "bean " + id + ": policy " + value + " is not one of " + new java.util.TreeSet<>(KNOWN_POLICIES)));
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
