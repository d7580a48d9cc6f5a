package vn.wardqms.share.checks;

import static vn.wardqms.checks.LocatedXml.children;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;

/**
 * Checks the module's Spring context for Share: every bean namespaced, every parent one of Share's evaluator beans or
 * ours, every class Share's or the module's own, every property one its class has, and every value that names the
 * model — types, aspects, properties in accessors, compared list values — real. Also checks that the evaluators the
 * document-library configuration names are defined.
 */
public final class EvaluatorContextCheck {
    private static final String NODE_PROPERTIES = "node.properties.";
    /** The groups provisioning creates (ward-qms-service). */
    private static final Set<String> PROVISIONED_GROUPS = Set.of("GROUP_WARDQMS_STAFF", "GROUP_WARDQMS_SECRETARY",
            "GROUP_WARDQMS_REVIEWERS", "GROUP_WARDQMS_APPROVERS");

    private final Dictionary dictionary;
    private final ShareReference share;
    private final Path resources;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Element> beans = new LinkedHashMap<>();
    private LocatedXml xml;

    private EvaluatorContextCheck(Dictionary dictionary, ShareReference share, Path resources) {
        this.dictionary = dictionary;
        this.share = share;
        this.resources = resources;
    }

    /**
     * @param references evaluator ids the Share configuration names, with where
     * @param resources  the module's resource root, for the bundles the context registers
     */
    public static List<Problem> check(Path context, Map<String, List<ShareConfigCheck.Where>> references, Dictionary dictionary,
                                      ShareReference share, Path resources) {
        EvaluatorContextCheck check = new EvaluatorContextCheck(dictionary, share, resources);
        check.context(context);
        for (Map.Entry<String, List<ShareConfigCheck.Where>> ref : references.entrySet()) {
            if (!check.beans.containsKey(ref.getKey()) && !share.evaluatorBeans().containsKey(ref.getKey())) {
                for (ShareConfigCheck.Where at : ref.getValue()) {
                    check.problems.add(new Problem(at.file(), at.line(), "evaluator " + ref.getKey()
                            + " is defined neither in " + context.getFileName() + " nor by Share"));
                }
            }
        }
        return check.problems;
    }

    private void context(Path context) {
        try {
            xml = LocatedXml.parse(context);
        } catch (LocatedXml.XmlProblem e) {
            problems.add(e.problem());
            return;
        }
        for (Element bean : children(xml.root(), "bean")) {
            String id = bean.getAttribute("id");
            if (!id.startsWith("wardqms.")) {
                problems.add(xml.problem(bean, "bean id " + id + " is not in our namespace (wardqms.)"));
            }
            if (beans.put(id, bean) != null) {
                problems.add(xml.problem(bean, "bean " + id + " is defined twice"));
            }
        }
        for (Element bean : children(xml.root(), "bean")) {
            bean(bean);
        }
    }

    /** The Share (or our) class a bean ends up as, following parents through this context and Share's beans. */
    private String classOf(Element bean) {
        for (int depth = 0; bean != null && depth < 20; depth++) {
            if (bean.hasAttribute("class")) {
                return bean.getAttribute("class");
            }
            String parent = bean.getAttribute("parent");
            if (beans.containsKey(parent)) {
                bean = beans.get(parent);
            } else {
                return share.classOfBean(parent);
            }
        }
        return null;
    }

    private void bean(Element bean) {
        String parent = bean.getAttribute("parent");
        if (!parent.isEmpty() && !beans.containsKey(parent) && !share.evaluatorBeans().containsKey(parent)) {
            problems.add(xml.problem(bean, "parent " + parent + " is neither a bean of this context nor one of Share's evaluator beans"
                    + " (slingshot-documentlibrary-context.xml)"));
            return;
        }
        String className = classOf(bean);
        Set<String> properties = propertiesOf(bean, className);
        if (properties == null) {
            return;
        }
        String accessorProperty = null;
        for (Element property : children(bean, "property")) {
            String name = property.getAttribute("name");
            if (!properties.contains(name)) {
                problems.add(xml.problem(property, className + " has no property " + name));
                continue;
            }
            switch (name) {
                case "types" -> values(property).forEach(v -> {
                    if (!dictionary.isType(v.getTextContent().trim())) {
                        problems.add(xml.problem(v, "type " + v.getTextContent().trim() + " is in no model"));
                    }
                });
                case "aspects" -> values(property).forEach(v -> {
                    if (!dictionary.isAspect(v.getTextContent().trim())) {
                        problems.add(xml.problem(v, "aspect " + v.getTextContent().trim() + " is in no model"));
                    }
                });
                case "groups" -> values(property).forEach(v -> {
                    if (!PROVISIONED_GROUPS.contains(v.getTextContent().trim())) {
                        problems.add(xml.problem(v, "group " + v.getTextContent().trim() + " is not one provisioning creates " + PROVISIONED_GROUPS));
                    }
                });
                case "accessor" -> accessorProperty = accessor(property);
                case "comparator" -> {
                    for (Element comparator : children(property, "bean")) {
                        comparator(comparator, accessorProperty == null ? accessorOf(bean) : accessorProperty);
                    }
                }
                case "evaluators" -> {
                    for (Element ref : LocatedXml.descendants(property, "ref")) {
                        String target = ref.getAttribute("bean");
                        if (!beans.containsKey(target) && !share.evaluatorBeans().containsKey(target)) {
                            problems.add(xml.problem(ref, "evaluator " + target + " is defined neither here nor by Share"));
                        }
                    }
                }
                case "resourceBundles" -> values(property).forEach(v -> {
                    String base = v.getTextContent().trim().replace('.', '/');
                    if (!Files.isRegularFile(resources.resolve(base + ".properties"))) {
                        problems.add(xml.problem(v, "bundle " + v.getTextContent().trim() + " is not shipped (" + base + ".properties)"));
                    }
                });
                default -> {
                }
            }
        }
    }

    private Set<String> propertiesOf(Element at, String className) {
        if (className == null) {
            problems.add(xml.problem(at, "bean " + at.getAttribute("id") + " has no class and no parent that gives one"));
            return null;
        }
        Set<String> known = ShareReference.CLASS_PROPERTIES.get(className);
        if (known != null) {
            return known;
        }
        if (className.startsWith("vn.wardqms.share.")) {
            try {
                Class<?> c = Class.forName(className);
                Set<String> setters = new java.util.LinkedHashSet<>();
                for (var m : c.getMethods()) {
                    if (m.getName().startsWith("set") && m.getParameterCount() == 1) {
                        setters.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
                    }
                }
                return setters;
            } catch (ClassNotFoundException e) {
                problems.add(xml.problem(at, "class " + className + " is not in the module"));
                return null;
            }
        }
        problems.add(xml.problem(at, "class " + className + " is neither one of Share's evaluator classes nor the module's own"));
        return null;
    }

    private String accessorOf(Element bean) {
        for (Element b = bean; b != null; b = beans.get(b.getAttribute("parent"))) {
            for (Element property : children(b, "property")) {
                if (property.getAttribute("name").equals("accessor")) {
                    return property.getAttribute("value").startsWith(NODE_PROPERTIES)
                            ? property.getAttribute("value").substring(NODE_PROPERTIES.length()).split("\\.")[0] : null;
                }
            }
        }
        return null;
    }

    /** The model property an accessor reads, or null when it reads something else of the node's JSON. */
    private String accessor(Element property) {
        String value = property.getAttribute("value");
        if (!value.startsWith(NODE_PROPERTIES)) {
            return null;
        }
        String[] parts = value.substring(NODE_PROPERTIES.length()).split("\\.");
        String qname = parts[0];
        if (dictionary.property(qname).isEmpty()) {
            problems.add(xml.problem(property, "accessor " + value + " reads " + qname + ", which is in no model"));
            return null;
        }
        if (parts.length > 1 && !(parts.length == 2 && parts[1].equals("iso8601")
                && Set.of("d:date", "d:datetime").contains(dictionary.property(qname).get().type()))) {
            problems.add(xml.problem(property, "accessor " + value + ": only a date's .iso8601 may follow the property"));
        }
        return qname;
    }

    private void comparator(Element comparator, String accessorProperty) {
        String className = comparator.getAttribute("class");
        Set<String> properties = propertiesOf(comparator, className);
        if (properties == null) {
            return;
        }
        for (Element property : children(comparator, "property")) {
            String name = property.getAttribute("name");
            if (!properties.contains(name)) {
                problems.add(xml.problem(property, className + " has no property " + name));
            } else if (name.equals("value") && accessorProperty != null) {
                List<String> allowed = dictionary.listValues(accessorProperty);
                if (!allowed.isEmpty() && !allowed.contains(property.getAttribute("value"))) {
                    problems.add(xml.problem(property, property.getAttribute("value") + " is not an allowed value of " + accessorProperty + " " + allowed));
                }
            } else if (name.equals("timeZone")) {
                try {
                    ZoneId.of(property.getAttribute("value"));
                } catch (DateTimeException e) {
                    problems.add(xml.problem(property, "time zone " + property.getAttribute("value") + " is unknown"));
                }
            }
        }
    }

    private static List<Element> values(Element property) {
        return LocatedXml.descendants(property, "value");
    }
}
