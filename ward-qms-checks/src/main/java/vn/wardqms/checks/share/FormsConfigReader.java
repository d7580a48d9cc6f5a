package vn.wardqms.checks.share;

import static java.util.Collections.unmodifiableMap;
import static vn.wardqms.checks.LocatedXml.attribute;
import static vn.wardqms.checks.LocatedXml.children;
import static vn.wardqms.checks.LocatedXml.elements;
import static vn.wardqms.checks.LocatedXml.line;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.share.FormsConfig.ConstraintHandler;
import vn.wardqms.checks.share.FormsConfig.Control;
import vn.wardqms.checks.share.FormsConfig.Form;
import vn.wardqms.checks.share.FormsConfig.FormSet;
import vn.wardqms.checks.share.FormsConfig.Instruction;
import vn.wardqms.checks.share.FormsConfig.Forms;
import vn.wardqms.checks.share.FormsConfig.ModeFields;
import vn.wardqms.checks.share.FormsConfig.Section;
import vn.wardqms.checks.share.FormsConfig.StyledField;

/**
 * Our reading of a Share config file's forms config, written from the rules of Share's config service (Surf's
 * XMLConfigService: {@code <plug-ins>}, {@code <config evaluator condition replace>}) and of Share's forms readers
 * (web-framework-commons, org.alfresco.web.config.forms: the {@code <forms>}, {@code <form>}, default-controls,
 * constraint-handlers and dependencies readers, the field-visibility rules) and of how Share's form UI (FormUIGet,
 * form.lib.ftl) uses what they read. None of Alfresco's code is used.
 *
 * <p>For each form it computes what Share would: the fields shown per mode, the sets, the styled fields. It reports,
 * each at its line, what Share would refuse (an exception while reading makes Share's config service skip the whole
 * file) and what Share would read differently from what the author evidently meant (an element or attribute Share does
 * not read, a value it takes as something else, a second declaration that silently replaces the first).
 */
public final class FormsConfigReader {
    /** Surf's own evaluators (BaseConfigService) and the four that Share's form-config.xml declares for forms. */
    public static final Set<String> SHARE_EVALUATORS = Set.of("string-compare", "object-type", "node-type", "model-type", "task-type", "aspect");

    private static final String SKIPS_FILE = "Share's config service would skip this whole file";
    private static final Map<String, Mode> FORM_TEMPLATES = Map.of("view-form", Mode.VIEW, "edit-form", Mode.EDIT, "create-form", Mode.CREATE);

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> evaluators = new HashSet<>(SHARE_EVALUATORS);
    private LocatedXml xml;

    private FormsConfigReader(Path file) {
        this.file = file;
    }

    /** Reads one config file: a {@code <alfresco-config>} file or a Surf extension module ({@code <extension>}). */
    public static FormsConfig read(Path file) {
        return new FormsConfigReader(file).read();
    }

    private FormsConfig read() {
        try {
            xml = LocatedXml.parse(file);
        } catch (LocatedXml.XmlProblem e) {
            // Surf parses the file with an XML reader first: a malformed file is skipped whole.
            return new FormsConfig(file, List.of(), List.of(e.problem()));
        }
        Element root = xml.root();
        // An extension module's config sits in each module's <configurations>, read like a config file's root (ExtensibilityContainer).
        List<Element> fragments = "extension".equals(root.getLocalName())
                ? children(root, "modules").stream().flatMap(m -> children(m, "module").stream())
                        .flatMap(m -> children(m, "configurations").stream()).toList()
                : List.of(root);
        // Evaluators a file declares serve all its sections, wherever the <plug-ins> stands.
        fragments.forEach(this::plugIns);
        List<Section> sections = new ArrayList<>();
        for (Element fragment : fragments) {
            for (Element child : elements(fragment)) {
                switch (child.getLocalName()) {
                    case "plug-ins" -> {
                        // read above, before the sections
                    }
                    case "config" -> sections.add(section(child));
                    // XMLConfigService.parseFragment reads only <plug-ins> and <config> under the root.
                    default -> ignoredChild(child, fragment, "<plug-ins>, <config>");
                }
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new FormsConfig(file, List.copyOf(sections), List.copyOf(problems));
    }

    // ---- Surf: plug-ins and config sections --------------------------------------------------------------------------

    private void plugIns(Element fragment) {
        List<Element> plugIns = children(fragment, "plug-ins");
        // Surf asks the root for its <plug-ins> element, so it finds the first and never looks at another.
        plugIns.stream().skip(1).forEach(p -> problem(p, "a second <plug-ins>: Surf reads only the first (line " + line(plugIns.get(0)) + "), so this one is ignored"));
        if (plugIns.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Element part : elements(plugIns.get(0))) {
            String name = part.getLocalName();
            if (!name.equals("evaluators") && !name.equals("element-readers")) {
                // XMLConfigService reads only <evaluators> and <element-readers> in <plug-ins>.
                ignoredChild(part, plugIns.get(0), "<evaluators>, <element-readers>");
                continue;
            }
            if (!seen.add(name)) {
                // Again Surf takes only the first of each.
                problem(part, "a second <" + name + "> in <plug-ins>: Surf reads only the first, so this one is ignored");
                continue;
            }
            for (Element plugIn : elements(part)) {
                String idAttribute = name.equals("evaluators") ? "id" : "element-name";
                String id = attribute(plugIn, idAttribute);
                // XMLConfigService refuses an evaluator or element reader without a name or a class.
                if (id == null || id.isEmpty()) {
                    problem(plugIn, describe(plugIn) + " has no " + idAttribute + ": " + SKIPS_FILE);
                } else if (name.equals("evaluators")) {
                    evaluators.add(id);
                }
                String className = attribute(plugIn, "class");
                if (className == null || className.isEmpty()) {
                    problem(plugIn, describe(plugIn) + " has no class: " + SKIPS_FILE);
                }
            }
        }
    }

    private Section section(Element config) {
        // XMLConfigService reads evaluator, condition and replace, nothing else, from <config>.
        onlyAttributes(config, "evaluator", "condition", "replace");
        String evaluator = attribute(config, "evaluator");
        String condition = attribute(config, "condition");
        String replace = attribute(config, "replace");
        // Surf takes replace as true ignoring case; the project forbids it.
        boolean replaces = replace != null && replace.equalsIgnoreCase("true");
        String where = describe(config);
        if (replaces) {
            problem(config, where + " has replace=\"" + replace + "\": Share would throw away its own configuration of this section "
                    + "instead of merging ours into it (the project forbids replace)");
        }
        // ConfigSectionImpl refuses an evaluator or condition that is present but empty.
        if ("".equals(evaluator)) {
            problem(config, where + " has an empty evaluator: " + SKIPS_FILE);
        }
        if ("".equals(condition)) {
            problem(config, where + " has an empty condition: " + SKIPS_FILE);
        }
        if (evaluator == null && condition != null) {
            // A section that is not global but names no evaluator makes every lookup throw (BaseConfigService.processSection).
            problem(config, where + " has a condition but no evaluator: every config lookup in Share would fail (no evaluator named null)");
        } else if (evaluator != null && !evaluator.isEmpty() && condition == null) {
            // Every evaluator compares the condition with the item: without one the section never applies, or its lookup fails.
            problem(config, where + " has an evaluator but no condition: the section would never apply, or make Share's lookups with it fail");
        }
        if (evaluator != null && !evaluator.isEmpty() && !evaluators.contains(evaluator)) {
            // BaseConfigService.processSection throws for an evaluator it does not know, on every lookup.
            problem(config, where + ": evaluator " + evaluator + " is neither Surf's nor Share's (" + String.join(", ", sorted(SHARE_EVALUATORS))
                    + ") nor declared in this file's <plug-ins>: every config lookup in Share would fail");
        }
        List<Forms> forms = new ArrayList<>();
        for (Element child : elements(config)) {
            // Each child is read by the reader registered for its name; Share's form-config.xml registers FormsElementReader for <forms>.
            if (child.getLocalName().equals("forms")) {
                forms.add(forms(child, evaluator, condition));
            }
        }
        return new Section(evaluator, condition, replaces, line(config), List.copyOf(forms));
    }

    // ---- Share: <forms> ------------------------------------------------------------------------------------------------

    private Forms forms(Element formsElement, String evaluator, String condition) {
        List<Form> forms = new ArrayList<>();
        Map<String, Element> formsById = new LinkedHashMap<>();
        Element defaultForm = null;
        Map<String, Element> singles = new LinkedHashMap<>();
        Map<String, Control> defaultControls = Map.of();
        Map<String, ConstraintHandler> constraintHandlers = Map.of();
        List<String> css = List.of();
        List<String> js = List.of();
        for (Element child : elements(formsElement)) {
            String name = child.getLocalName();
            if (Set.of("default-controls", "constraint-handlers", "dependencies").contains(name)) {
                Element earlier = singles.put(name, child);
                if (earlier != null) {
                    // FormsConfigElement keeps one of each per <forms>: reading a second one sets it over the first.
                    problem(child, "a second <" + name + "> in this <forms>: Share keeps only the last, so the one at line "
                            + line(earlier) + " is lost (put both in one)");
                }
            }
            switch (name) {
                case "form" -> {
                    Form form = form(child, evaluator, condition);
                    forms.add(form);
                    if (form.id() == null) {
                        // FormsConfigElement has one default form per <forms>: a second one is set over the first.
                        if (defaultForm != null) {
                            problem(child, "a second default <form> (no id) in this <forms>: Share keeps only the last, so the one at line "
                                    + line(defaultForm) + " is lost");
                        }
                        defaultForm = child;
                    } else {
                        // Forms are kept by id in a map: a second form with the id replaces the first.
                        Element earlier = formsById.put(form.id(), child);
                        if (earlier != null) {
                            problem(child, "a second <form id=\"" + form.id() + "\"> in this <forms>: Share keeps only the last, so the one at line "
                                    + line(earlier) + " is lost");
                        }
                        if (form.id().isEmpty()) {
                            // FormUIGet looks a form up by id only for a non-empty id, else it takes the default form.
                            problem(child, "<form id=\"\"> is never used: Share asks for a form by id only when the id is not empty");
                        }
                    }
                }
                case "default-controls" -> defaultControls = defaultControls(child);
                case "constraint-handlers" -> constraintHandlers = constraintHandlers(child);
                case "dependencies" -> {
                    css = dependencies(child, "css");
                    js = dependencies(child, "js");
                    // DependenciesElementReader reads only <css> and <js>.
                    elements(child).stream().filter(e -> !Set.of("css", "js").contains(e.getLocalName()))
                            .forEach(e -> ignoredChild(e, child, "<css>, <js>"));
                }
                // FormsElementReader reads only these four kinds of child.
                default -> ignoredChild(child, formsElement, "<form>, <default-controls>, <constraint-handlers>, <dependencies>");
            }
        }
        return new Forms(line(formsElement), List.copyOf(forms), unmodifiableMap(defaultControls), unmodifiableMap(constraintHandlers), css, js);
    }

    private Map<String, Control> defaultControls(Element defaultControls) {
        Map<String, Control> controls = new LinkedHashMap<>();
        Map<String, Element> declared = new LinkedHashMap<>();
        for (Element type : elements(defaultControls)) {
            if (!type.getLocalName().equals("type")) {
                // DefaultControlsElementReader takes every child as a <type>, whatever its name.
                problem(type, "<" + type.getLocalName() + "> in <default-controls>: Share reads every child there as a <type>, so this is taken as one");
            }
            onlyAttributes(type, "name", "template");
            String name = attribute(type, "name");
            String template = attribute(type, "template");
            if (name == null) {
                // The control is filed under the type's name: without one it serves no data type.
                problem(type, describe(type) + " has no name: Share files its control under no data type");
            }
            if (template == null) {
                // Default controls combine by replacing a type's whole control, so a template-less one leaves the type with none.
                problem(type, describe(type) + " has no template: Share replaces the whole default control of " + name
                        + " with this one, so fields of that type would get no control");
            }
            Element earlier = declared.put(name, type);
            if (earlier != null) {
                // Controls are kept by type name in a map: the later replaces the earlier.
                problem(type, describe(type) + " is declared twice in this <default-controls>: Share keeps only the last, so the one at line "
                        + line(earlier) + " is lost");
            }
            controls.put(name, new Control(template, unmodifiableMap(params(type))));
        }
        return controls;
    }

    private Map<String, ConstraintHandler> constraintHandlers(Element constraintHandlers) {
        Map<String, ConstraintHandler> handlers = new LinkedHashMap<>();
        Map<String, Element> declared = new LinkedHashMap<>();
        for (Element constraint : elements(constraintHandlers)) {
            if (!constraint.getLocalName().equals("constraint")) {
                // ConstraintHandlersElementReader takes every child as a <constraint>, whatever its name.
                problem(constraint, "<" + constraint.getLocalName() + "> in <constraint-handlers>: Share reads every child there as a <constraint>, "
                        + "so this is taken as one");
            }
            onlyAttributes(constraint, "type", "validation-handler", "message", "message-id", "event");
            String type = attribute(constraint, "type");
            if (type == null || type.isEmpty()) {
                // A handler is filed under its type (an absent one becomes ""), and no constraint of a model has that type.
                problem(constraint, describe(constraint) + " has no type: Share files it under the empty type, which no constraint has");
            }
            if (attribute(constraint, "validation-handler") == null) {
                // FormUIGet gives the form the handler configured here, and form.lib.ftl writes it out: a missing one fails the form.
                problem(constraint, describe(constraint) + " has no validation-handler: Share's form page writes the constraint's handler "
                        + "and would fail to render without one");
            }
            String key = type == null ? "" : type;
            Element earlier = declared.put(key, constraint);
            if (earlier != null) {
                // Handlers are kept by type: the later replaces the earlier.
                problem(constraint, describe(constraint) + " is declared twice here: Share keeps only the last, so the one at line "
                        + line(earlier) + " is lost");
            }
            handlers.put(key, new ConstraintHandler(key, attribute(constraint, "validation-handler"), attribute(constraint, "message"),
                    attribute(constraint, "message-id"), attribute(constraint, "event"), line(constraint)));
        }
        return handlers;
    }

    private List<String> dependencies(Element dependencies, String kind) {
        List<String> sources = new ArrayList<>();
        for (Element dependency : children(dependencies, kind)) {
            // DependenciesElementReader takes the src attribute of each <css>/<js> and ignores any other.
            onlyAttributes(dependency, "src");
            String src = attribute(dependency, "src");
            if (src == null) {
                problem(dependency, "<" + kind + "> has no src: Share adds no file for it");
            } else {
                sources.add(src);
            }
        }
        return List.copyOf(sources);
    }

    // ---- Share: <form> -------------------------------------------------------------------------------------------------

    private Form form(Element form, String evaluator, String condition) {
        // FormElementReader reads only id and submission-url from <form>.
        onlyAttributes(form, "id", "submission-url");
        String id = attribute(form, "id");
        Map<Mode, String> templates = new EnumMap<>(Mode.class);
        List<Instruction> instructions = new ArrayList<>();
        Map<String, FormSet> sets = new LinkedHashMap<>();
        Map<String, StyledField> styled = new LinkedHashMap<>();
        List<Element> setElements = new ArrayList<>();
        List<Element> fieldElements = new ArrayList<>();
        for (Element child : elements(form)) {
            String name = child.getLocalName();
            switch (name) {
                case "view-form", "edit-form", "create-form" -> template(child, FORM_TEMPLATES.get(name), templates);
                case "field-visibility" -> visibility(child, instructions);
                case "appearance" -> {
                    for (Element part : elements(child)) {
                        switch (part.getLocalName()) {
                            case "set" -> setElements.add(part);
                            case "field" -> fieldElements.add(part);
                            // FormElementReader reads only appearance/set and appearance/field.
                            default -> ignoredChild(part, child, "<set>, <field>");
                        }
                    }
                }
                // FormElementReader reads only these children of <form>.
                default -> ignoredChild(child, form, "<view-form>, <edit-form>, <create-form>, <field-visibility>, <appearance>");
            }
        }
        // Share reads all the sets of a form before its fields, each in document order.
        setElements.forEach(set -> set(set, sets));
        fieldElements.forEach(field -> field(field, styled));
        Map<Mode, ModeFields> modes = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            modes.put(mode, visibleIn(mode, instructions));
        }
        return new Form(evaluator, condition, id, line(form), attribute(form, "submission-url"), unmodifiableMap(modes), List.copyOf(instructions),
                unmodifiableMap(templates), List.copyOf(sets.values()), List.copyOf(styled.values()));
    }

    private void template(Element element, Mode mode, Map<Mode, String> templates) {
        onlyAttributes(element, "template");
        String template = attribute(element, "template");
        if (template == null) {
            // Only the template attribute is read: without it the element changes nothing.
            problem(element, "<" + element.getLocalName() + "> has no template: Share reads nothing else from it, so it changes nothing");
            return;
        }
        if (templates.containsKey(mode)) {
            // One template per mode: the later is set over the earlier.
            problem(element, "a second <" + element.getLocalName() + "> in this form: Share keeps only the last template");
        }
        templates.put(mode, template);
    }

    private void visibility(Element visibility, List<Instruction> instructions) {
        for (Element instruction : elements(visibility)) {
            String kind = instruction.getLocalName();
            if (!kind.equals("show") && !kind.equals("hide")) {
                // FormElementReader reads only field-visibility/show and field-visibility/hide.
                ignoredChild(instruction, visibility, "<show>, <hide>");
                continue;
            }
            // Share reads id, for-mode and force from both <show> and <hide>.
            onlyAttributes(instruction, "id", "for-mode", "force");
            String id = attribute(instruction, "id");
            if (id == null) {
                // Share keeps an instruction for no field; rendering the form then makes a field with no id, which it refuses.
                problem(instruction, "<" + kind + "> has no id: Share would fail to render this form (an instruction for no field)");
            } else if (id.isBlank()) {
                problem(instruction, "<" + kind + " id=\"" + id + "\"> names no field");
            }
            Set<Mode> modes = modes(instruction);
            String force = attribute(instruction, "force");
            // Share parses force as a Java boolean: only "true" (any case) is true.
            if (force != null && !force.equalsIgnoreCase("true") && !force.equalsIgnoreCase("false")) {
                problem(instruction, describe(instruction) + " has force=\"" + force + "\", which Share reads as false: it takes only \"true\"");
            }
            if (id != null) {
                instructions.add(new Instruction(kind.equals("show"), id, modes, "true".equalsIgnoreCase(force), line(instruction)));
            }
        }
    }

    /** The modes of a for-mode: none given (or empty) means all; Share drops each entry that names no mode. */
    private Set<Mode> modes(Element instruction) {
        String forMode = attribute(instruction, "for-mode");
        if (forMode == null || forMode.isEmpty()) {
            return EnumSet.allOf(Mode.class);
        }
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        List<String> unknown = new ArrayList<>();
        // Share splits the value at commas, skipping empty pieces, and trims each entry.
        for (String entry : forMode.split(",")) {
            if (!entry.isEmpty()) {
                Mode.parse(entry).ifPresentOrElse(modes::add, () -> unknown.add(entry.trim()));
            }
        }
        for (String entry : unknown) {
            problem(instruction, describe(instruction) + ": for-mode entry \"" + entry + "\" is not view, edit or create; Share ignores it, "
                    + "so this <" + instruction.getLocalName() + "> applies " + (modes.isEmpty() ? "in no mode" : "only in " + words(modes)));
        }
        return modes;
    }

    /**
     * Share's field-visibility rule: with no show, the form service's fields minus the hidden ones; from the first show on,
     * the fields shown, in order, less those hidden later. A mode left with no field falls back to the form service's
     * fields too (FormUIGet asks for named fields only when there are some), still minus any field hidden in that mode.
     */
    private static ModeFields visibleIn(Mode mode, List<Instruction> instructions) {
        List<String> hidden = instructions.stream().filter(i -> !i.show() && i.modes().contains(mode)).map(Instruction::fieldId).distinct().toList();
        int firstShow = 0;
        while (firstShow < instructions.size() && !instructions.get(firstShow).show()) {
            firstShow++;
        }
        Set<String> shown = new LinkedHashSet<>();
        for (Instruction instruction : instructions.subList(firstShow, instructions.size())) {
            if (instruction.modes().contains(mode)) {
                if (instruction.show()) {
                    shown.add(instruction.fieldId());
                } else {
                    shown.remove(instruction.fieldId());
                }
            }
        }
        return shown.isEmpty() ? new ModeFields(List.of(), hidden) : new ModeFields(List.copyOf(shown), List.of());
    }

    private void set(Element set, Map<String, FormSet> sets) {
        // FormElementReader reads these six attributes of a <set>.
        onlyAttributes(set, "id", "parent", "appearance", "label", "label-id", "template");
        String id = attribute(set, "id");
        String parent = attribute(set, "parent");
        if (id == null) {
            // Share compares a set's id with the default set's, and fails on a missing one.
            problem(set, "<set> has no id: " + SKIPS_FILE);
        }
        if (parent != null && !sets.containsKey(parent)) {
            // FormConfigElement refuses a parent not declared before the set in the same form (so sets cannot form a cycle).
            problem(set, describe(set) + " has parent " + parent + ", which is not declared before it in this form: " + SKIPS_FILE);
        } else if ("".equals(id) && parent != null) {
            // The default set ("") must be a root set.
            problem(set, "the default set (id \"\") cannot have a parent: " + SKIPS_FILE);
        }
        if (id == null) {
            return;
        }
        if (sets.containsKey(id)) {
            // Sets are kept by id in a map: the later declaration replaces the earlier one's attributes.
            problem(set, describe(set) + " is declared twice in this form: Share keeps only the last, so what the one at line "
                    + sets.get(id).line() + " says is lost");
        }
        sets.put(id, new FormSet(id, parent, attribute(set, "appearance"), attribute(set, "label"), attribute(set, "label-id"),
                attribute(set, "template"), line(set)));
    }

    private void field(Element field, Map<String, StyledField> styled) {
        String id = attribute(field, "id");
        if (id == null) {
            // FormElementReader refuses a <field> without id ("missing mandatory id attribute").
            problem(field, "<field> has no id: " + SKIPS_FILE);
            return;
        }
        if (id.isBlank()) {
            problem(field, "<field id=\"" + id + "\"> names no field");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap all = field.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attr = (Attr) all.item(i);
            if (!attr.getName().equals("id") && !isNamespaceDeclaration(attr)) {
                attributes.put(attr.getName(), attr.getValue());
            }
        }
        for (String flag : List.of("read-only", "mandatory")) {
            String value = attributes.get(flag);
            // FormField takes these as true only for "true" (any case).
            if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problem(field, describe(field) + " has " + flag + "=\"" + value + "\", which Share reads as false: it takes only \"true\"");
            }
        }
        Control control = null;
        List<ConstraintHandler> constraints = new ArrayList<>();
        for (Element child : elements(field)) {
            switch (child.getLocalName()) {
                case "control" -> {
                    if (control != null) {
                        // FormElementReader reads only the first <control> of a field.
                        problem(child, "a second <control> in " + describe(field) + ": Share reads only the first");
                    } else {
                        // Share reads only the template of a <control> (none keeps the data type's default control).
                        onlyAttributes(child, "template");
                        control = new Control(attribute(child, "template"), unmodifiableMap(params(child)));
                    }
                }
                case "constraint-handlers" -> constraints.addAll(constraintHandlers(child).values());
                // FormElementReader reads only field/control and field/constraint-handlers.
                default -> ignoredChild(child, field, "<control>, <constraint-handlers>");
            }
        }
        StyledField earlier = styled.get(id);
        if (earlier != null) {
            // Fields are kept by id in a map: the later <field> replaces the whole earlier one, control and constraints included.
            problem(field, describe(field) + " is styled twice in this form: Share keeps only the last, so what the one at line "
                    + earlier.line() + " says is lost");
        }
        styled.put(id, new StyledField(id, line(field), unmodifiableMap(attributes), control, List.copyOf(constraints)));
    }

    /** The control-params of a control or a default-controls type: name to trimmed value. */
    private Map<String, String> params(Element control) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : elements(control)) {
            if (!param.getLocalName().equals("control-param")) {
                // Share reads only <control-param> children of a control.
                ignoredChild(param, control, "<control-param>");
                continue;
            }
            onlyAttributes(param, "name");
            String name = attribute(param, "name");
            if (name == null || name.isEmpty()) {
                // Controls read their parameters by name: one without a name reaches no control.
                problem(param, "<control-param> has no name: no control can read it");
                continue;
            }
            params.put(name, trimmedText(param));
        }
        return params;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private void problem(Node at, String message) {
        problems.add(xml.problem(at, message));
    }

    private void ignoredChild(Element child, Element parent, String read) {
        problem(child, "<" + child.getLocalName() + "> in <" + parent.getLocalName() + "> is not read by Share (it reads only " + read
                + " there): what it says is ignored");
    }

    /** Reports every attribute Share does not read from this element: the author meant something Share ignores. */
    private void onlyAttributes(Element element, String... read) {
        Set<String> known = Set.of(read);
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attr = (Attr) all.item(i);
            if (!known.contains(attr.getName()) && !isNamespaceDeclaration(attr) && attr.getNamespaceURI() == null) {
                problem(element, describe(element) + " has attribute " + attr.getName() + ", which Share does not read (it reads only "
                        + String.join(", ", read) + "): ignored");
            }
        }
    }

    private static boolean isNamespaceDeclaration(Attr attr) {
        return attr.getName().equals("xmlns") || attr.getName().startsWith("xmlns:");
    }

    /** The element's own text, trimmed and with inner whitespace runs made single spaces, as Share reads a value. */
    private static String trimmedText(Element element) {
        return LocatedXml.ownText(element).trim().replaceAll("\\s+", " ");
    }

    /** The element as an author would find it: its name and identifying attribute. */
    private static String describe(Element element) {
        StringBuilder text = new StringBuilder("<").append(element.getLocalName());
        for (String name : List.of("evaluator", "condition", "id", "name", "element-name", "type")) {
            if (element.hasAttribute(name)) {
                text.append(' ').append(name).append("=\"").append(element.getAttribute(name)).append('"');
            }
        }
        return text.append('>').toString();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private static String words(Set<Mode> modes) {
        return modes.stream().map(Mode::word).collect(Collectors.joining(", "));
    }
}
