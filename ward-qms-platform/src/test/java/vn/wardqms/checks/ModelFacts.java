package vn.wardqms.checks;

import static vn.wardqms.checks.LocatedXml.child;
import static vn.wardqms.checks.LocatedXml.childText;
import static vn.wardqms.checks.LocatedXml.children;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

/**
 * What a content model declares (classes, properties, associations, constraints), each with its line, read from the
 * model XML. Used to derive what must exist elsewhere: labels, documentation, forms.
 */
public record ModelFacts(Path file, String name, int line, Map<String, String> namespaces,
                         List<ConstraintFact> constraints, List<ClassFact> classes) {

    public enum Kind {
        TYPE("type"), ASPECT("aspect");

        /** The word the repository uses in label keys. */
        public final String labelWord;

        Kind(String labelWord) {
            this.labelWord = labelWord;
        }
    }

    public record ConstraintFact(String name, String type, int line, Map<String, List<String>> parameters) {
        public List<String> listValues() {
            return parameters.getOrDefault("allowedValues", List.of());
        }

        public Optional<String> parameter(String parameter) {
            List<String> values = parameters.get(parameter);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    public record PropertyFact(String name, String type, int line, boolean mandatory, boolean multiple,
                               String defaultValue, List<String> constraintRefs, List<ConstraintFact> inlineConstraints,
                               String tokenised, boolean facetable) {
    }

    public record AssociationFact(String name, int line, String targetClass, boolean targetMany, boolean targetMandatory, boolean child) {
    }

    /** @param overrides inherited properties given a new default here (property name to default) */
    public record ClassFact(Kind kind, String name, int line, String parent, List<PropertyFact> properties,
                            List<AssociationFact> associations, Map<String, String> overrides, List<String> mandatoryAspects) {
    }

    public static ModelFacts read(Path file) {
        LocatedXml xml = LocatedXml.parse(file);
        Element model = xml.root();
        Map<String, String> namespaces = new LinkedHashMap<>();
        Element ns = child(model, "namespaces");
        if (ns != null) {
            for (Element n : children(ns, "namespace")) {
                namespaces.put(n.getAttribute("prefix"), n.getAttribute("uri"));
            }
        }
        List<ConstraintFact> constraints = new ArrayList<>();
        Element cs = child(model, "constraints");
        if (cs != null) {
            for (Element c : children(cs, "constraint")) {
                constraints.add(constraint(c));
            }
        }
        List<ClassFact> classes = new ArrayList<>();
        classes.addAll(classes(model, "types", "type", Kind.TYPE));
        classes.addAll(classes(model, "aspects", "aspect", Kind.ASPECT));
        return new ModelFacts(file, model.getAttribute("name"), LocatedXml.line(model), namespaces, constraints, classes);
    }

    public Optional<ClassFact> classNamed(String name) {
        return classes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<ConstraintFact> constraintNamed(String name) {
        return constraints.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<PropertyFact> properties() {
        return classes.stream().flatMap(c -> c.properties().stream()).toList();
    }

    public List<AssociationFact> associations() {
        return classes.stream().flatMap(c -> c.associations().stream()).toList();
    }

    public Optional<PropertyFact> property(String name) {
        return properties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static List<ClassFact> classes(Element model, String group, String element, Kind kind) {
        List<ClassFact> result = new ArrayList<>();
        Element container = child(model, group);
        if (container == null) {
            return result;
        }
        for (Element c : children(container, element)) {
            List<PropertyFact> properties = new ArrayList<>();
            Element props = child(c, "properties");
            if (props != null) {
                for (Element p : children(props, "property")) {
                    properties.add(property(p));
                }
            }
            List<AssociationFact> associations = new ArrayList<>();
            Element assocs = child(c, "associations");
            if (assocs != null) {
                for (Element a : LocatedXml.descendants(assocs, "*")) {
                    boolean isChild = "child-association".equals(a.getLocalName());
                    if (isChild || "association".equals(a.getLocalName())) {
                        Element target = child(a, "target");
                        associations.add(new AssociationFact(a.getAttribute("name"), LocatedXml.line(a),
                                target == null ? null : childText(target, "class"),
                                target != null && "true".equals(childText(target, "many")),
                                target != null && LocatedXml.child(target, "mandatory") != null
                                        && "true".equals(childText(target, "mandatory")), isChild));
                    }
                }
            }
            Map<String, String> overrides = new LinkedHashMap<>();
            Element overrideList = child(c, "overrides");
            if (overrideList != null) {
                for (Element o : children(overrideList, "property")) {
                    overrides.put(o.getAttribute("name"), childText(o, "default"));
                }
            }
            List<String> mandatoryAspects = new ArrayList<>();
            Element aspects = child(c, "mandatory-aspects");
            if (aspects != null) {
                for (Element a : children(aspects, "aspect")) {
                    mandatoryAspects.add(a.getTextContent().trim());
                }
            }
            result.add(new ClassFact(kind, c.getAttribute("name"), LocatedXml.line(c), childText(c, "parent"),
                    properties, associations, overrides, mandatoryAspects));
        }
        return result;
    }

    private static PropertyFact property(Element p) {
        List<String> refs = new ArrayList<>();
        List<ConstraintFact> inline = new ArrayList<>();
        Element cs = child(p, "constraints");
        if (cs != null) {
            for (Element c : children(cs, "constraint")) {
                if (c.hasAttribute("ref")) {
                    refs.add(c.getAttribute("ref"));
                } else {
                    inline.add(constraint(c));
                }
            }
        }
        Element index = child(p, "index");
        String tokenised = index == null ? null : childText(index, "tokenised");
        boolean facetable = index != null && "true".equals(childText(index, "facetable"));
        return new PropertyFact(p.getAttribute("name"), childText(p, "type"), LocatedXml.line(p),
                "true".equals(childText(p, "mandatory")), "true".equals(childText(p, "multiple")),
                childText(p, "default"), refs, inline, tokenised, facetable);
    }

    private static ConstraintFact constraint(Element c) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Element param : children(c, "parameter")) {
            List<String> values = new ArrayList<>();
            Element list = child(param, "list");
            if (list != null) {
                children(list, "value").forEach(v -> values.add(v.getTextContent().trim()));
            } else {
                String value = childText(param, "value");
                if (value != null) {
                    values.add(value);
                }
            }
            params.put(param.getAttribute("name"), values);
        }
        return new ConstraintFact(c.getAttribute("name"), c.getAttribute("type"), LocatedXml.line(c), params);
    }
}
