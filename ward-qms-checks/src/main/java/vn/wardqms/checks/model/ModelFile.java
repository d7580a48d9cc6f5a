package vn.wardqms.checks.model;

import static vn.wardqms.checks.LocatedXml.attribute;
import static vn.wardqms.checks.LocatedXml.child;
import static vn.wardqms.checks.LocatedXml.childText;
import static vn.wardqms.checks.LocatedXml.children;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import vn.wardqms.checks.LocatedXml;

/**
 * What one content-model file declares, each item with the line it starts on, read from the XML as it is written
 * (names still prefixed). Reading never fails on content: a missing element reads as null and the checks say so.
 */
public record ModelFile(Path file, String name, int line, List<Namespace> imports, List<Namespace> namespaces,
                        List<DataType> dataTypes, List<Constraint> constraints, List<ClassDef> classes) {

    public enum Kind {
        TYPE, ASPECT;

        public String word() {
            return name().toLowerCase();
        }
    }

    public record Namespace(String prefix, String uri, int line) {
    }

    public record DataType(String name, String javaClass, int line) {
    }

    /** A text that names something, and the line it is written on. */
    public record Ref(String name, int line) {
    }

    /** A constraint parameter: a simple value or a list (both, or neither, is the author's mistake). */
    public record Parameter(String name, String value, List<String> list, int line) {
    }

    /** A constraint: named at model level, or inline in a property (name optional), or a reference to another. */
    public record Constraint(String name, String type, String ref, List<Parameter> parameters, int line) {
    }

    public record Property(String name, String type, int typeLine, Boolean mandatory, Boolean mandatoryEnforced,
                           boolean multiple, String defaultValue, int defaultLine, List<Constraint> constraints, int line) {
    }

    public record PropertyOverride(String name, Boolean mandatory, Boolean mandatoryEnforced, String defaultValue,
                                   int defaultLine, List<Constraint> constraints, boolean hasConstraints, int line) {
    }

    public record Association(String name, boolean child, Ref targetClass, String sourceRole, String targetRole, int line) {
    }

    public record ClassDef(Kind kind, String name, Ref parent, List<Property> properties, List<Association> associations,
                           List<PropertyOverride> overrides, List<Ref> mandatoryAspects, int line) {
    }

    public static ModelFile read(LocatedXml xml) {
        Element model = xml.root();
        List<Constraint> constraints = new ArrayList<>();
        Element constraintList = child(model, "constraints");
        if (constraintList != null) {
            children(constraintList, "constraint").forEach(c -> constraints.add(constraint(c)));
        }
        List<ClassDef> classes = new ArrayList<>();
        classes.addAll(classes(model, "types", "type", Kind.TYPE));
        classes.addAll(classes(model, "aspects", "aspect", Kind.ASPECT));
        List<DataType> dataTypes = new ArrayList<>();
        Element dataTypeList = child(model, "data-types");
        if (dataTypeList != null) {
            for (Element d : children(dataTypeList, "data-type")) {
                dataTypes.add(new DataType(attribute(d, "name"), childText(d, "java-class"), LocatedXml.line(d)));
            }
        }
        return new ModelFile(xml.file(), attribute(model, "name"), LocatedXml.line(model), namespaces(model, "imports", "import"),
                namespaces(model, "namespaces", "namespace"), dataTypes, constraints, classes);
    }

    /** Every property of the file, in document order. */
    public List<Property> properties() {
        return classes.stream().flatMap(c -> c.properties().stream()).toList();
    }

    private static List<Namespace> namespaces(Element model, String group, String element) {
        List<Namespace> result = new ArrayList<>();
        Element list = child(model, group);
        if (list != null) {
            for (Element n : children(list, element)) {
                result.add(new Namespace(attribute(n, "prefix"), attribute(n, "uri"), LocatedXml.line(n)));
            }
        }
        return result;
    }

    private static List<ClassDef> classes(Element model, String group, String element, Kind kind) {
        List<ClassDef> result = new ArrayList<>();
        Element list = child(model, group);
        if (list == null) {
            return result;
        }
        for (Element c : children(list, element)) {
            List<Property> properties = new ArrayList<>();
            Element propertyList = child(c, "properties");
            if (propertyList != null) {
                children(propertyList, "property").forEach(p -> properties.add(property(p)));
            }
            List<Association> associations = new ArrayList<>();
            Element associationList = child(c, "associations");
            if (associationList != null) {
                for (Element a : LocatedXml.descendants(associationList, "*")) {
                    boolean isChild = "child-association".equals(a.getLocalName());
                    if ((isChild || "association".equals(a.getLocalName())) && a.getParentNode() == associationList) {
                        Element target = child(a, "target");
                        Element source = child(a, "source");
                        Element targetClass = target == null ? null : child(target, "class");
                        associations.add(new Association(attribute(a, "name"), isChild,
                                targetClass == null ? null : new Ref(targetClass.getTextContent().trim(), LocatedXml.line(targetClass)),
                                source == null ? null : childText(source, "role"), target == null ? null : childText(target, "role"),
                                LocatedXml.line(a)));
                    }
                }
            }
            List<PropertyOverride> overrides = new ArrayList<>();
            Element overrideList = child(c, "overrides");
            if (overrideList != null) {
                children(overrideList, "property").forEach(o -> overrides.add(override(o)));
            }
            List<Ref> aspects = new ArrayList<>();
            Element aspectList = child(c, "mandatory-aspects");
            if (aspectList != null) {
                for (Element a : children(aspectList, "aspect")) {
                    aspects.add(new Ref(a.getTextContent().trim(), LocatedXml.line(a)));
                }
            }
            Element parent = child(c, "parent");
            result.add(new ClassDef(kind, attribute(c, "name"),
                    parent == null || parent.getTextContent().isBlank() ? null : new Ref(parent.getTextContent().trim(), LocatedXml.line(parent)),
                    properties, associations, overrides, aspects, LocatedXml.line(c)));
        }
        return result;
    }

    private static Property property(Element p) {
        Element type = child(p, "type");
        Element mandatory = child(p, "mandatory");
        Element defaultValue = child(p, "default");
        return new Property(attribute(p, "name"), type == null ? null : type.getTextContent().trim(),
                type == null ? LocatedXml.line(p) : LocatedXml.line(type),
                mandatory == null ? null : bool(mandatory.getTextContent()),
                mandatory == null || !mandatory.hasAttribute("enforced") ? null : bool(mandatory.getAttribute("enforced")),
                "true".equals(childText(p, "multiple")),
                defaultValue == null ? null : defaultValue.getTextContent(), defaultValue == null ? 0 : LocatedXml.line(defaultValue),
                inlineConstraints(p), LocatedXml.line(p));
    }

    private static PropertyOverride override(Element o) {
        Element mandatory = child(o, "mandatory");
        Element defaultValue = child(o, "default");
        return new PropertyOverride(attribute(o, "name"),
                mandatory == null || mandatory.getTextContent().isBlank() ? null : bool(mandatory.getTextContent()),
                mandatory == null || !mandatory.hasAttribute("enforced") ? null : bool(mandatory.getAttribute("enforced")),
                defaultValue == null ? null : defaultValue.getTextContent(), defaultValue == null ? 0 : LocatedXml.line(defaultValue),
                inlineConstraints(o), child(o, "constraints") != null, LocatedXml.line(o));
    }

    private static List<Constraint> inlineConstraints(Element owner) {
        List<Constraint> result = new ArrayList<>();
        Element list = child(owner, "constraints");
        if (list != null) {
            children(list, "constraint").forEach(c -> result.add(constraint(c)));
        }
        return result;
    }

    private static Constraint constraint(Element c) {
        List<Parameter> parameters = new ArrayList<>();
        for (Element p : children(c, "parameter")) {
            Element list = child(p, "list");
            List<String> values = null;
            if (list != null) {
                values = new ArrayList<>();
                for (Element v : children(list, "value")) {
                    values.add(v.getTextContent());
                }
            }
            parameters.add(new Parameter(attribute(p, "name"), childText(p, "value"), values, LocatedXml.line(p)));
        }
        return new Constraint(attribute(c, "name"), attribute(c, "type"), attribute(c, "ref"), parameters, LocatedXml.line(c));
    }

    /** The parser reads a Boolean with Boolean.valueOf: anything but "true" (any case) is false. */
    private static Boolean bool(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? null : Boolean.valueOf(trimmed);
    }
}
