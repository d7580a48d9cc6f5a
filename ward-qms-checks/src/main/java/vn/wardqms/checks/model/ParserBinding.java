package vn.wardqms.checks.model;

import static vn.wardqms.checks.LocatedXml.children;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;

/**
 * The repository's model parser as its binding file (m2binding.xml) describes it: which elements and attributes it
 * reads, in which order, and which it requires. The parser is a data binding that reads each element's children in
 * the order the binding lists them, skipping optional ones, so an element out of that order, or one the binding does
 * not name, stops the parse even where the XSD would accept it (and the other way round: the XSD lacks some elements
 * the parser reads). This class interprets the binding file itself, so the rules are the parser's, not our guess.
 */
public final class ParserBinding {
    /** Fields the binding reads as java.lang.Boolean: its deserializer (Boolean.valueOf) reads anything but "true" as false. */
    private static final Set<String> BOOLEAN_FIELDS = Set.of("archive", "includedInSuperTypeQuery", "allowDuplicateChildName",
            "propagateTimestamps");
    /** The tokenisation mode's deserializer accepts only these (any case) and throws on anything else. */
    private static final Set<String> TOKENISATION_MODES = Set.of("true", "false", "both");

    private sealed interface Part permits Attribute, Text, Child, Items {
    }

    /** An attribute of the current element. */
    private record Attribute(String name, String field, boolean optional) implements Part {
    }

    /** The current element's own text. */
    private record Text(String field, boolean optional) implements Part {
    }

    /** A child element: with text only (a value) or with parts of its own (a structure or a mapping). */
    private record Child(String name, String field, boolean optional, List<Part> parts, boolean textOnly) implements Part {
    }

    /** A collection: any number of its item parts, one after another; no item parts means any named mapping. */
    private record Items(List<Part> items) implements Part {
    }

    private final Path bindingFile;
    private final String elementNamespace;
    private final Map<String, Element> mappingsByClass = new LinkedHashMap<>();
    private final Map<String, Child> namedMappings = new LinkedHashMap<>();
    private final Child root;

    private ParserBinding(LocatedXml binding) {
        this.bindingFile = binding.file();
        Element namespace = LocatedXml.child(binding.root(), "namespace");
        this.elementNamespace = namespace == null ? null : namespace.getAttribute("uri");
        for (Element mapping : children(binding.root(), "mapping")) {
            mappingsByClass.put(mapping.getAttribute("class"), mapping);
        }
        for (Element mapping : mappingsByClass.values()) {
            if (mapping.hasAttribute("name")) {
                namedMappings.put(mapping.getAttribute("name"), new Child(mapping.getAttribute("name"), null, false, new ArrayList<>(), false));
            }
        }
        for (Element mapping : mappingsByClass.values()) {
            if (mapping.hasAttribute("name")) {
                namedMappings.get(mapping.getAttribute("name")).parts().addAll(parts(mapping));
            }
        }
        this.root = namedMappings.get("model");
        if (root == null) {
            throw new IllegalStateException(bindingFile + ": no mapping named 'model'");
        }
    }

    /** Reads the binding file (../shared/alfresco/model/m2binding.xml). */
    public static ParserBinding load(Path bindingFile) {
        return new ParserBinding(LocatedXml.parse(bindingFile));
    }

    /**
     * What the parser made of a model: what it would refuse, each at its line, and the lines of the elements it read
     * at a place the binding names them (not merely as any item of an untyped collection).
     */
    public record Reading(List<Problem> problems, Set<Integer> linesRead) {
    }

    public Reading read(LocatedXml model) {
        Reading reading = new Reading(new ArrayList<>(), new HashSet<>());
        Element top = model.root();
        if (!"model".equals(top.getLocalName())) {
            reading.problems().add(model.problem(top, "the parser expects <model> as the root element, not <" + top.getLocalName() + ">"));
            return reading;
        }
        for (Element e : model.allElements()) {
            if (elementNamespace != null && !elementNamespace.equals(e.getNamespaceURI())) {
                reading.problems().add(model.problem(e, "<" + e.getTagName() + "> is not in the namespace " + elementNamespace
                        + ": the parser reads only elements of that namespace"));
                return reading;
            }
        }
        matchElement(model, top, root, reading);
        return reading;
    }

    private List<Part> parts(Element container) {
        List<Part> parts = new ArrayList<>();
        for (Element e : LocatedXml.elements(container)) {
            boolean optional = "optional".equals(e.getAttribute("usage"));
            String field = e.getAttribute("field");
            switch (e.getLocalName()) {
                case "value" -> {
                    String style = e.getAttribute("style");
                    if ("attribute".equals(style)) {
                        parts.add(new Attribute(e.getAttribute("name"), field, optional));
                    } else if ("text".equals(style)) {
                        parts.add(new Text(field, optional));
                    } else {
                        parts.add(new Child(e.getAttribute("name"), field, optional, List.of(), true));
                    }
                }
                case "structure" -> {
                    if (e.hasAttribute("map-as")) {
                        // An unnamed structure mapped as another class inlines that class's parts here.
                        parts.addAll(parts(mappingsByClass.get(e.getAttribute("map-as"))));
                    } else if (e.hasAttribute("name")) {
                        // A named structure of a mapped type reads that mapping's parts inside the element.
                        Element typed = mappingsByClass.get(e.getAttribute("type"));
                        List<Part> inner = parts(e);
                        parts.add(new Child(e.getAttribute("name"), field, optional,
                                inner.isEmpty() && typed != null ? parts(typed) : inner, false));
                    } else {
                        parts.addAll(parts(e));
                    }
                }
                case "collection" -> {
                    List<Part> nested = parts(e);
                    if (!nested.isEmpty()) {
                        parts.add(new Items(nested));
                    } else if (e.hasAttribute("item-type")) {
                        // Items of a mapped class are the elements that mapping names.
                        Element mapping = mappingsByClass.get(e.getAttribute("item-type"));
                        parts.add(new Items(List.of(namedMappings.get(mapping.getAttribute("name")))));
                    } else {
                        parts.add(new Items(List.of()));
                    }
                }
                default -> {
                    // Formats and namespaces configure conversions, not structure.
                }
            }
        }
        return parts;
    }

    private void matchElement(LocatedXml model, Element element, Child expected, Reading reading) {
        for (Part part : expected.parts()) {
            if (part instanceof Attribute attribute) {
                if (!element.hasAttribute(attribute.name())) {
                    if (!attribute.optional()) {
                        reading.problems().add(model.problem(element, "<" + element.getLocalName() + "> needs the attribute '" + attribute.name()
                                + "': the parser requires it"));
                    }
                } else {
                    checkValue(model, element, attribute.field(), element.getAttribute(attribute.name()),
                            "attribute '" + attribute.name() + "' of <" + element.getLocalName() + ">", reading);
                }
            } else if (part instanceof Text text) {
                String value = LocatedXml.ownText(element);
                if (value.isBlank() && !text.optional()) {
                    reading.problems().add(model.problem(element, "<" + element.getLocalName() + "> needs a value: the parser requires its text"));
                } else if (!value.isBlank()) {
                    checkValue(model, element, text.field(), value, "<" + element.getLocalName() + ">", reading);
                }
            }
        }
        List<Element> children = LocatedXml.elements(element);
        int next = matchSequence(model, element, children, 0, expected.parts(), reading);
        if (next < children.size()) {
            Element extra = children.get(next);
            reading.problems().add(model.problem(extra, unexpected(element, extra, expected.parts())));
        }
    }

    /** Matches children from {@code from} against the parts in order; returns the index of the first child not matched. */
    private int matchSequence(LocatedXml model, Element parent, List<Element> children, int from, List<Part> parts, Reading reading) {
        int next = from;
        for (Part part : parts) {
            if (part instanceof Child child) {
                if (next < children.size() && isNamed(children.get(next), child.name())) {
                    reading.linesRead().add(LocatedXml.line(children.get(next)));
                    matchChild(model, children.get(next), child, reading);
                    next++;
                } else if (!child.optional()) {
                    boolean before = next < children.size();
                    reading.problems().add(model.problem(before ? children.get(next) : parent, "<" + parent.getLocalName() + "> needs a <"
                            + child.name() + ">" + (before ? " before <" + children.get(next).getLocalName() + ">" : "")
                            + ": the parser requires it"));
                }
            } else if (part instanceof Items items) {
                while (next < children.size()) {
                    Element candidate = children.get(next);
                    Child item = itemFor(candidate, items);
                    if (item == null) {
                        break;
                    }
                    if (!items.items().isEmpty()) {
                        reading.linesRead().add(LocatedXml.line(candidate));
                    }
                    matchChild(model, candidate, item, reading);
                    next++;
                }
            }
        }
        return next;
    }

    private void matchChild(LocatedXml model, Element element, Child expected, Reading reading) {
        if (expected.textOnly()) {
            List<Element> inner = LocatedXml.elements(element);
            if (!inner.isEmpty()) {
                reading.problems().add(model.problem(inner.get(0), "<" + element.getLocalName() + "> holds a value, not elements: the parser does not read <"
                        + inner.get(0).getLocalName() + "> here"));
                return;
            }
            checkValue(model, element, expected.field(), element.getTextContent(), "<" + element.getLocalName() + ">", reading);
        } else {
            matchElement(model, element, expected, reading);
        }
    }

    private Child itemFor(Element candidate, Items items) {
        if (items.items().isEmpty()) {
            // An untyped collection takes any element the binding maps by name (the XSD says which belong here).
            return namedMappings.get(candidate.getLocalName());
        }
        for (Part item : items.items()) {
            if (item instanceof Child child && isNamed(candidate, child.name())) {
                return child;
            }
        }
        return null;
    }

    private void checkValue(LocatedXml model, Element at, String field, String raw, String element, Reading reading) {
        String value = raw.trim();
        String what = element + within(at);
        if (field == null || value.isEmpty()) {
            return;
        }
        if ((field.matches("is[A-Z].*") || BOOLEAN_FIELDS.contains(field)) && !value.equals("true") && !value.equals("false")) {
            reading.problems().add(model.problem(at, what + " is '" + value + "': the parser reads a Boolean as true only for 'true' and as false for anything else; write true or false"));
        } else if (field.equals("indexTokenisationMode") && !TOKENISATION_MODES.contains(value.toLowerCase())) {
            reading.problems().add(model.problem(at, what + " is '" + value + "': the parser accepts only true, false or both"));
        }
    }

    private String unexpected(Element parent, Element extra, List<Part> parts) {
        List<String> order = new ArrayList<>();
        collectNames(parts, order);
        String name = extra.getLocalName();
        if (order.contains(name)) {
            return "<" + name + "> is out of order in <" + parent.getLocalName() + ">: the parser reads " + String.join(", ", order)
                    + " in that order";
        }
        return "<" + name + "> is not read by the parser in <" + parent.getLocalName() + ">"
                + (order.isEmpty() ? " (it has no child elements)" : ": it reads only " + String.join(", ", order) + ", in that order");
    }

    private void collectNames(List<Part> parts, List<String> names) {
        for (Part part : parts) {
            if (part instanceof Child child) {
                names.add(child.name());
            } else if (part instanceof Items items) {
                if (items.items().isEmpty()) {
                    names.add("association or child-association");
                } else {
                    collectNames(items.items(), names);
                }
            }
        }
    }

    /** " of <association qms:basedOn>": the nearest named element around a value, so the author finds it. */
    private static String within(Element at) {
        for (Node n = at; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("name") && e.getParentNode() != null) {
                return n == at ? "" : " of <" + e.getLocalName() + " " + e.getAttribute("name") + ">";
            }
        }
        return "";
    }

    private static boolean isNamed(Element e, String name) {
        return name.equals(e.getLocalName());
    }
}
