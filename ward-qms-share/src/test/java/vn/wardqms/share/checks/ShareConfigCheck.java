package vn.wardqms.share.checks;

import static vn.wardqms.checks.LocatedXml.children;
import static vn.wardqms.checks.LocatedXml.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;

/**
 * Checks the module's Share configuration — META-INF/share-config-custom.xml and the configurations of the Surf
 * extension module — against Share's config element structure, the content and task models, the processes and what
 * Share provides. Every problem names its file and line. Also collects what the files refer to elsewhere: message
 * keys, evaluator beans, validation handlers and the forms themselves.
 */
public final class ShareConfigCheck {

    /** A place in a shipped file. */
    public record Where(Path file, int line) {
    }

    /** One form as configured: its section, its id and which fields it shows in which modes. */
    public record FormFacts(Where where, String evaluator, String condition, String id, Map<String, Set<String>> shownModes,
                            Set<String> styled, Map<String, String> controls) {
    }

    public record Result(List<Problem> problems, Map<String, List<Where>> messageKeys, Map<String, List<Where>> evaluatorRefs,
                         Map<String, List<Where>> validationHandlers, List<FormFacts> forms, Set<String> iconFiles) {
        public List<FormFacts> formsFor(String evaluator, String condition) {
            return forms.stream().filter(f -> evaluator.equals(f.evaluator()) && condition.equals(f.condition())).toList();
        }
    }

    private static final Set<String> MODES = Set.of("view", "edit", "create");
    private static final Set<String> CONTENT_PSEUDO_FIELDS = Set.of("size", "mimetype", "encoding");
    private static final Set<String> TASK_PSEUDO_FIELDS = Set.of("message", "taskOwner", "packageItems", "transitions");
    private static final Set<String> WORKFLOW_PSEUDO_FIELDS = Set.of("packageItems");
    private static final Pattern MESSAGE_TOKEN = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");
    private static final String TRANSITIONS = "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl";
    /** Where the module's own form controls live (Share serves alfresco/web-extension/site-webscripts from the classpath). */
    private static final String OWN_CONTROLS = "/vn/wardqms/";
    private static final Pattern CONTROL_PARAM = Pattern.compile("field\\.control\\.params\\.(\\w+)");

    /** Share's config element structure: parent>child (or grandparent>parent>child) to the attributes allowed, '*' = required. */
    private static final Map<String, String> STRUCTURE = Map.ofEntries(
            Map.entry("#>alfresco-config", ""),
            Map.entry("#>extension", ""),
            Map.entry("extension>modules", ""),
            Map.entry("modules>module", ""),
            Map.entry("module>id", ""), Map.entry("module>version", ""), Map.entry("module>description", ""),
            Map.entry("module>auto-deploy", ""), Map.entry("module>configurations", ""),
            Map.entry("module>customizations", ""), Map.entry("customizations>customization", ""),
            Map.entry("customization>targetPackageRoot", ""), Map.entry("customization>sourcePackageRoot", ""),
            Map.entry("configurations>config", "evaluator condition replace"),
            Map.entry("alfresco-config>config", "evaluator condition replace"),
            Map.entry("config>forms", ""),
            Map.entry("config>advanced-search", ""),
            Map.entry("config>indicators", ""), Map.entry("config>aspects", ""), Map.entry("config>types", ""),
            Map.entry("config>actions", ""), Map.entry("config>actionGroups", ""),
            Map.entry("advanced-search>forms", ""),
            Map.entry("advanced-search>forms>form", "id label labelId description descriptionId"),
            Map.entry("config>forms>form", "id submission-url"),
            Map.entry("forms>dependencies", ""),
            Map.entry("dependencies>js", "src*"), Map.entry("dependencies>css", "src*"),
            Map.entry("form>field-visibility", ""),
            Map.entry("field-visibility>show", "id* for-mode force"),
            Map.entry("field-visibility>hide", "id* for-mode"),
            Map.entry("form>appearance", ""),
            Map.entry("appearance>set", "id* appearance label label-id template parent"),
            Map.entry("appearance>field", "id* label label-id description description-id help help-id read-only mandatory set"),
            Map.entry("field>control", "template"),
            Map.entry("control>control-param", "name*"),
            Map.entry("field>constraint-handlers", ""),
            Map.entry("constraint-handlers>constraint", "type* validation-handler* event message message-id"),
            Map.entry("indicators>indicator", "id* index icon label"),
            Map.entry("indicator>evaluator", ""), Map.entry("indicator>labelParam", "index*"), Map.entry("indicator>override", ""),
            Map.entry("aspects>visible", ""), Map.entry("aspects>addable", ""), Map.entry("aspects>removeable", ""),
            Map.entry("visible>aspect", "name* label"), Map.entry("addable>aspect", "name* label"),
            Map.entry("removeable>aspect", "name* label"),
            Map.entry("types>type", "name*"), Map.entry("type>subtype", "name* label"),
            Map.entry("actions>action", "id* type* icon label"),
            Map.entry("action>param", "name*"), Map.entry("action>permissions", ""),
            Map.entry("permissions>permission", "allow"), Map.entry("action>evaluator", "negate"),
            Map.entry("action>override", ""),
            Map.entry("actionGroups>actionGroup", "id*"),
            Map.entry("actionGroup>action", "index id* appendEvaluators hide"));

    private final Dictionary dictionary;
    private final Processes processes;
    private final ShareReference share;
    private final Path resources;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, List<Where>> messageKeys = new LinkedHashMap<>();
    private final Map<String, List<Where>> evaluatorRefs = new LinkedHashMap<>();
    private final Map<String, List<Where>> validationHandlers = new LinkedHashMap<>();
    private final List<FormFacts> forms = new ArrayList<>();
    private final Set<String> iconFiles = new LinkedHashSet<>();
    private LocatedXml xml;

    private ShareConfigCheck(Dictionary dictionary, Processes processes, ShareReference share, Path resources) {
        this.dictionary = dictionary;
        this.processes = processes;
        this.share = share;
        this.resources = resources;
    }

    /**
     * @param resources the module's resource root (sources or unpacked JAR), for the icons the config names
     */
    public static Result check(Path config, Path extension, Path resources, Dictionary dictionary, Processes processes,
                               ShareReference share) {
        ShareConfigCheck check = new ShareConfigCheck(dictionary, processes, share, resources);
        check.file(config, "alfresco-config");
        check.file(extension, "extension");
        check.links();
        return new Result(check.problems, check.messageKeys, check.evaluatorRefs, check.validationHandlers, check.forms,
                check.iconFiles);
    }

    private void file(Path file, String rootName) {
        try {
            xml = LocatedXml.parse(file);
        } catch (LocatedXml.XmlProblem e) {
            problems.add(e.problem());
            return;
        }
        Element root = xml.root();
        if (!root.getTagName().equals(rootName)) {
            problems.add(xml.problem(root, "root element must be <" + rootName + ">, not <" + root.getTagName() + ">"));
            return;
        }
        structure(root, "#");
        List<Element> configs = new ArrayList<>();
        if (rootName.equals("extension")) {
            extensionModule(root, configs);
        } else {
            configs.addAll(children(root, "config"));
        }
        // Form ids used by actions are checked once all forms of all files are known.
        for (Element config : configs) {
            config(config);
        }
    }

    // ---- structure ---------------------------------------------------------------------------------------------------

    private void structure(Element e, String parent) {
        String grand = e.getParentNode() instanceof Element p && p.getParentNode() instanceof Element g ? g.getTagName() : "#";
        String spec = STRUCTURE.get(grand + ">" + parent + ">" + e.getTagName());
        if (spec == null) {
            spec = STRUCTURE.get(parent + ">" + e.getTagName());
        }
        if (spec == null) {
            problems.add(xml.problem(e, "<" + e.getTagName() + "> is not part of Share's configuration inside <" + parent + ">"));
            return;
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (String a : spec.split(" ")) {
            if (!a.isEmpty()) {
                allowed.add(a.replace("*", ""));
                if (a.endsWith("*") && !e.hasAttribute(a.replace("*", ""))) {
                    problems.add(xml.problem(e, "<" + e.getTagName() + "> needs the attribute " + a.replace("*", "")));
                }
            }
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = ((Attr) attributes.item(i)).getName();
            if (!allowed.contains(name) && !name.startsWith("xmlns")) {
                problems.add(xml.problem(e, "<" + e.getTagName() + "> has no attribute " + name + " in Share's configuration"));
            }
        }
        for (Element child : elements(e)) {
            structure(child, e.getTagName());
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    // ---- extension module --------------------------------------------------------------------------------------------

    private void extensionModule(Element root, List<Element> configs) {
        List<Element> modules = LocatedXml.descendants(root, "module");
        if (modules.size() != 1) {
            problems.add(xml.problem(root, "the extension must declare exactly one module, not " + modules.size()));
            return;
        }
        Element module = modules.get(0);
        String id = LocatedXml.childText(module, "id");
        if (!"ward-qms-share".equals(id)) {
            problems.add(xml.problem(module, "module id must be ward-qms-share (our namespace), not " + id));
        }
        if (!"true".equals(LocatedXml.childText(module, "auto-deploy"))) {
            problems.add(xml.problem(module, "module must have <auto-deploy>true</auto-deploy>: nothing else deploys it"));
        }
        Element configurations = LocatedXml.child(module, "configurations");
        if (configurations != null) {
            configs.addAll(children(configurations, "config"));
        }
    }

    // ---- config sections ---------------------------------------------------------------------------------------------

    private void config(Element config) {
        String evaluator = config.hasAttribute("evaluator") ? config.getAttribute("evaluator") : null;
        String condition = config.hasAttribute("condition") ? config.getAttribute("condition") : null;
        if ("true".equals(config.getAttribute("replace"))) {
            problems.add(xml.problem(config, "replace=\"true\" would discard Share's own " + condition + " configuration"));
        }
        if (evaluator != null && (condition == null || condition.isBlank())) {
            problems.add(xml.problem(config, "config with evaluator " + evaluator + " needs a condition"));
            return;
        }
        boolean formScope = evaluator == null || isFormScope(config, evaluator, condition);
        for (Element child : elements(config)) {
            switch (child.getTagName()) {
                case "forms" -> {
                    if (!formScope) {
                        problems.add(xml.problem(child, "<forms> is not read in the " + evaluator + "=" + condition + " section"));
                    }
                    forms(child, evaluator, condition);
                }
                case "advanced-search" -> {
                    requireScope(child, condition, "AdvancedSearch");
                    advancedSearch(child);
                }
                case "indicators" -> {
                    requireScope(child, condition, "DocumentLibrary");
                    indicators(child);
                }
                case "aspects" -> {
                    requireScope(child, condition, "DocumentLibrary");
                    aspects(child);
                }
                case "types" -> {
                    requireScope(child, condition, "DocumentLibrary");
                    types(child);
                }
                case "actions" -> {
                    requireScope(child, condition, "DocLibActions");
                    actions(child);
                }
                case "actionGroups" -> {
                    requireScope(child, condition, "DocLibActions");
                    actionGroups(child, config);
                }
                default -> {
                    // reported by structure()
                }
            }
        }
    }

    private boolean isFormScope(Element config, String evaluator, String condition) {
        switch (evaluator) {
            case "node-type", "model-type" -> {
                if (!dictionary.isType(condition)) {
                    problems.add(xml.problem(config, evaluator + " condition " + condition + " is not a type of the content model"));
                }
                return true;
            }
            case "aspect" -> {
                if (!dictionary.isAspect(condition)) {
                    problems.add(xml.problem(config, "aspect condition " + condition + " is not an aspect of the content model"));
                }
                return true;
            }
            case "task-type" -> {
                if (!dictionary.isType(condition) || !dictionary.isSubClassOf(condition, "bpm:task")) {
                    problems.add(xml.problem(config, "task-type condition " + condition + " is not a task type of the task model"));
                }
                return true;
            }
            case "string-compare" -> {
                if (condition.startsWith("activiti$")) {
                    if (processes.forStartFormCondition(condition) == null) {
                        problems.add(xml.problem(config, "start form " + condition + " names no process of the workflow/*.bpmn20.xml files"));
                    }
                    return true;
                }
                if (!ShareReference.STRING_SCOPES.contains(condition)) {
                    problems.add(xml.problem(config, "string-compare condition " + condition + " is not a Share scope this module extends "
                            + ShareReference.STRING_SCOPES));
                }
                return false;
            }
            default -> {
                problems.add(xml.problem(config, "unknown config evaluator " + evaluator
                        + " (Share's: string-compare, node-type, model-type, task-type, aspect)"));
                return false;
            }
        }
    }

    private void requireScope(Element e, String condition, String scope) {
        if (!scope.equals(condition)) {
            problems.add(xml.problem(e, "<" + e.getTagName() + "> is read only in the string-compare=" + scope + " section, not in " + condition));
        }
    }

    // ---- forms -------------------------------------------------------------------------------------------------------

    private void forms(Element formsElement, String evaluator, String condition) {
        for (Element dependency : LocatedXml.descendants(formsElement, "js")) {
            String src = dependency.getAttribute("src");
            if (!Files.isRegularFile(resources.resolve("META-INF" + src))) {
                problems.add(xml.problem(dependency, "dependency " + src + " is not shipped (Share serves /res" + src + " from META-INF" + src + ")"));
            }
        }
        for (Element form : children(formsElement, "form")) {
            form(form, evaluator, condition);
        }
    }

    private Set<String> universe(String evaluator, String condition) {
        Set<String> fields = new LinkedHashSet<>();
        if (evaluator == null) {
            return fields;
        }
        switch (evaluator) {
            case "node-type", "model-type" -> {
                fields.addAll(dictionary.fieldsOf(condition));
                if (dictionary.isSubClassOf(condition, "cm:content")) {
                    fields.addAll(CONTENT_PSEUDO_FIELDS);
                }
            }
            case "aspect" -> fields.addAll(dictionary.fieldsOf(condition));
            case "task-type" -> {
                fields.addAll(dictionary.fieldsOf(condition));
                fields.addAll(TASK_PSEUDO_FIELDS);
            }
            case "string-compare" -> {
                Processes.Process process = processes.forStartFormCondition(condition);
                if (process != null) {
                    fields.addAll(dictionary.fieldsOf(process.startTaskType()));
                    fields.addAll(WORKFLOW_PSEUDO_FIELDS);
                }
            }
            default -> {
            }
        }
        return fields;
    }

    private void form(Element form, String evaluator, String condition) {
        Set<String> universe = universe(evaluator, condition);
        String what = evaluator + "=" + condition + (form.hasAttribute("id") ? " form " + form.getAttribute("id") : " default form");
        Map<String, Set<String>> shown = new LinkedHashMap<>();
        Element visibility = LocatedXml.child(form, "field-visibility");
        if (visibility != null) {
            for (Element show : children(visibility, "show")) {
                String id = show.getAttribute("id");
                boolean force = "true".equals(show.getAttribute("force"));
                checkBoolean(show, "force");
                Set<String> modes = new LinkedHashSet<>(MODES);
                if (show.hasAttribute("for-mode")) {
                    modes.clear();
                    for (String m : show.getAttribute("for-mode").split(",")) {
                        if (!MODES.contains(m.trim())) {
                            problems.add(xml.problem(show, "for-mode " + m + " is not view, edit or create"));
                        }
                        modes.add(m.trim());
                    }
                }
                if (shown.containsKey(id)) {
                    problems.add(xml.problem(show, id + " is shown twice in " + what));
                }
                shown.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(modes);
                resolveField(show, id, force, universe, what);
            }
            for (Element hide : children(visibility, "hide")) {
                String id = hide.getAttribute("id");
                if (!universe.contains(id) && !dictionary.hasField(id)) {
                    problems.add(xml.problem(hide, "hidden field " + id + " is in neither the content nor the task model"));
                }
            }
        }
        Map<String, Element> sets = new LinkedHashMap<>();
        Set<String> usedSets = new LinkedHashSet<>();
        Set<String> styled = new LinkedHashSet<>();
        Map<String, String> controls = new LinkedHashMap<>();
        Element appearance = LocatedXml.child(form, "appearance");
        if (appearance != null) {
            for (Element set : children(appearance, "set")) {
                sets.put(set.getAttribute("id"), set);
                key(set, "label-id");
                if (set.hasAttribute("template") && !ShareReference.SET_TEMPLATES.contains(set.getAttribute("template"))) {
                    problems.add(xml.problem(set, "set template " + set.getAttribute("template") + " is not one of Share's " + ShareReference.SET_TEMPLATES));
                }
            }
            for (Element set : children(appearance, "set")) {
                if (set.hasAttribute("parent")) {
                    if (!sets.containsKey(set.getAttribute("parent"))) {
                        problems.add(xml.problem(set, "set " + set.getAttribute("id") + " has parent " + set.getAttribute("parent") + ", which this form does not declare"));
                    }
                    usedSets.add(set.getAttribute("parent"));
                }
            }
            for (Element field : children(appearance, "field")) {
                String id = field.getAttribute("id");
                styled.add(id);
                if (!shown.containsKey(id)) {
                    problems.add(xml.problem(field, "field " + id + " is styled but not shown in " + what));
                }
                String set = field.getAttribute("set");
                if (!set.isEmpty() && !sets.containsKey(set)) {
                    problems.add(xml.problem(field, "field " + id + " is in set " + set + ", which this form does not declare"));
                }
                usedSets.add(set);
                checkBoolean(field, "read-only");
                checkBoolean(field, "mandatory");
                key(field, "label-id");
                key(field, "help-id");
                key(field, "description-id");
                Element control = LocatedXml.child(field, "control");
                if (control != null) {
                    String template = control.getAttribute("template");
                    controls.put(id, template);
                    control(control, template, id, evaluator, condition);
                }
                for (Element constraint : LocatedXml.descendants(field, "constraint")) {
                    key(constraint, "message-id");
                    validationHandlers.computeIfAbsent(constraint.getAttribute("validation-handler"), k -> new ArrayList<>())
                            .add(new Where(xml.file(), line(constraint)));
                }
            }
            for (Map.Entry<String, Element> set : sets.entrySet()) {
                if (!set.getKey().isEmpty() && !usedSets.contains(set.getKey())) {
                    problems.add(xml.problem(set.getValue(), "set " + set.getKey() + " holds no field in " + what));
                }
            }
        }
        forms.add(new FormFacts(new Where(xml.file(), line(form)), evaluator, condition, form.hasAttribute("id") ? form.getAttribute("id") : "default",
                shown, styled, controls));
    }

    private void resolveField(Element at, String id, boolean force, Set<String> universe, String what) {
        if (id.contains(":")) {
            if (!dictionary.hasField(id)) {
                problems.add(xml.problem(at, "field " + id + " is in neither the content nor the task model (nor cm:, sys:, bpm:)"));
            } else if (!force && !universe.contains(id)) {
                problems.add(xml.problem(at, "field " + id + " is not a property or association of " + what.split(" ")[0].split("=")[1]
                        + " (its parents and mandatory aspects); add force=\"true\" only for an aspect the node may lack"));
            }
        } else if (!universe.contains(id)) {
            problems.add(xml.problem(at, "field " + id + " is not a field Share's form service gives " + what.split(" ")[0]));
        }
    }

    private void control(Element control, String template, String fieldId, String evaluator, String condition) {
        Set<String> params = template.isEmpty() ? null : share.controls().get(template);
        if (template.startsWith(OWN_CONTROLS)) {
            params = ownControlParams(control, template);
        } else if (!template.isEmpty() && params == null) {
            problems.add(xml.problem(control, "control template " + template + " is not one of Share's form controls"));
        }
        for (Element param : children(control, "control-param")) {
            String name = param.getAttribute("name");
            if (params != null && !params.contains(name)) {
                problems.add(xml.problem(param, "control-param " + name + " is not read by " + template + " (it reads " + params + ")"));
            }
            if (name.equals("options")) {
                options(param, fieldId);
            }
        }
        if (TRANSITIONS.equals(template) && "task-type".equals(evaluator)) {
            String outcome = dictionary.overriddenDefault(condition, "bpm:outcomePropertyName").map(dictionary::shortName).orElse(null);
            if (!fieldId.equals(outcome)) {
                problems.add(xml.problem(control, "outcome buttons on " + fieldId + ", but the outcome property of " + condition + " is " + outcome));
            }
        }
    }

    /** The parameters one of the module's own controls reads, or null (reported) when the template is not shipped. */
    private Set<String> ownControlParams(Element control, String template) {
        Path file = resources.resolve("alfresco/web-extension/site-webscripts" + template);
        if (!Files.isRegularFile(file)) {
            problems.add(xml.problem(control, "control template " + template + " is not shipped (" + resources.relativize(file) + ")"));
            return null;
        }
        try {
            Set<String> params = new LinkedHashSet<>();
            String text = Files.readString(file);
            Matcher m = CONTROL_PARAM.matcher(text);
            while (m.find()) {
                params.add(m.group(1));
            }
            // A control that includes one of Share's reads what that one reads too.
            Matcher include = Pattern.compile("<#include \"(/org/alfresco/components/form/controls/[^\"]+)\"").matcher(text);
            while (include.find()) {
                Set<String> included = share.controls().get(include.group(1));
                if (included == null && include.group(1).endsWith(".inc.ftl")) {
                    continue; // a library of macros (common/*.inc.ftl), not a control
                }
                if (included == null) {
                    problems.add(xml.problem(control, template + " includes " + include.group(1) + ", which is not one of Share's form controls"));
                } else {
                    params.addAll(included);
                }
            }
            return params;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void options(Element param, String fieldId) {
        List<String> allowed = dictionary.listValues(fieldId);
        boolean bool = dictionary.property(fieldId).map(p -> p.type().equals("d:boolean")).orElse(false);
        List<String> values = new ArrayList<>();
        for (String option : param.getTextContent().trim().split(",")) {
            String[] valueAndLabel = option.split("\\|", 2);
            values.add(valueAndLabel[0]);
            if (valueAndLabel.length > 1) {
                Matcher m = MESSAGE_TOKEN.matcher(valueAndLabel[1]);
                while (m.find()) {
                    messageKeys.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Where(xml.file(), line(param)));
                }
            }
        }
        List<String> expected = bool ? List.of("true", "false") : allowed;
        if (expected.isEmpty()) {
            problems.add(xml.problem(param, "options on " + fieldId + ", which has no LIST constraint"));
            return;
        }
        for (String v : values) {
            if (!v.isEmpty() && !expected.contains(v)) {
                problems.add(xml.problem(param, "option " + v + " is not an allowed value of " + fieldId + " " + expected));
            }
        }
        for (String v : expected) {
            if (!values.contains(v)) {
                problems.add(xml.problem(param, "allowed value " + v + " of " + fieldId + " is missing from the options"));
            }
        }
    }

    private void checkBoolean(Element e, String attribute) {
        if (e.hasAttribute(attribute) && !Set.of("true", "false").contains(e.getAttribute(attribute))) {
            problems.add(xml.problem(e, attribute + " must be true or false, not " + e.getAttribute(attribute)));
        }
    }

    private void key(Element e, String attribute) {
        String key = e.getAttribute(attribute);
        if (!key.isEmpty()) {
            messageKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(new Where(xml.file(), line(e)));
        }
    }

    // ---- advanced search ---------------------------------------------------------------------------------------------

    private void advancedSearch(Element advancedSearch) {
        for (Element form : LocatedXml.descendants(advancedSearch, "form")) {
            String type = form.getTextContent().trim();
            if (!dictionary.isType(type)) {
                problems.add(xml.problem(form, "search form type " + type + " is not a type of the content model"));
            }
            key(form, "labelId");
            key(form, "descriptionId");
            searchForms.add(new SearchForm(type, form.hasAttribute("id") ? form.getAttribute("id") : "search", new Where(xml.file(), line(form))));
        }
    }

    /** An advanced-search entry: the type and the id of the model-type form it shows. */
    public record SearchForm(String type, String formId, Where where) {
    }

    private final List<SearchForm> searchForms = new ArrayList<>();


    // ---- document library --------------------------------------------------------------------------------------------

    private void indicators(Element indicators) {
        for (Element indicator : children(indicators, "indicator")) {
            if (!indicator.getAttribute("id").startsWith("qms-")) {
                problems.add(xml.problem(indicator, "indicator id " + indicator.getAttribute("id") + " is not in our namespace (qms-)"));
            }
            key(indicator, "label");
            icon(indicator, "META-INF/components/documentlibrary/indicators/" + indicator.getAttribute("icon"));
            evaluators(indicator);
        }
    }

    private void aspects(Element aspects) {
        for (Element aspect : LocatedXml.descendants(aspects, "aspect")) {
            String name = aspect.getAttribute("name");
            if (!dictionary.isAspect(name)) {
                problems.add(xml.problem(aspect, "aspect " + name + " is not an aspect of the content model"));
            }
            messageKeys.computeIfAbsent("aspect." + name.replace(':', '_'), k -> new ArrayList<>()).add(new Where(xml.file(), line(aspect)));
        }
    }

    private void types(Element types) {
        for (Element type : children(types, "type")) {
            String name = type.getAttribute("name");
            if (!dictionary.isType(name)) {
                problems.add(xml.problem(type, "type " + name + " is in no model"));
            }
            for (Element subtype : children(type, "subtype")) {
                String sub = subtype.getAttribute("name");
                if (!dictionary.isType(sub) || !dictionary.isSubClassOf(sub, name)) {
                    problems.add(xml.problem(subtype, sub + " is not a subtype of " + name + " in the content model"));
                }
                messageKeys.computeIfAbsent("type." + sub.replace(':', '_'), k -> new ArrayList<>()).add(new Where(xml.file(), line(subtype)));
            }
        }
    }

    private final Set<String> actionIds = new LinkedHashSet<>();

    private void actions(Element actions) {
        for (Element action : children(actions, "action")) {
            String id = action.getAttribute("id");
            if (!id.startsWith("qms-")) {
                problems.add(xml.problem(action, "action id " + id + " is not in our namespace (qms-)"));
            }
            actionIds.add(id);
            key(action, "label");
            if (action.hasAttribute("icon")) {
                icon(action, "META-INF/components/documentlibrary/actions/" + action.getAttribute("icon") + "-16.png");
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (Element param : children(action, "param")) {
                params.put(param.getAttribute("name"), param.getTextContent().trim());
                if (Set.of("successMessage", "failureMessage").contains(param.getAttribute("name"))) {
                    messageKeys.computeIfAbsent(param.getTextContent().trim(), k -> new ArrayList<>()).add(new Where(xml.file(), line(param)));
                }
                if (param.getAttribute("name").equals("aspect-name") && !dictionary.isAspect(param.getTextContent().trim())) {
                    problems.add(xml.problem(param, "aspect-name " + param.getTextContent().trim() + " is not an aspect of the content model"));
                }
                if (param.getAttribute("name").equals("formId")) {
                    actionForms.add(new Where(xml.file(), line(param)));
                    actionFormIds.add(param.getTextContent().trim());
                }
            }
            String type = action.getAttribute("type");
            if (type.equals("javascript") && !Set.of("onActionFormDialog", "onActionSimpleRepoAction").contains(params.get("function"))) {
                problems.add(xml.problem(action, "javascript action " + id + " calls " + params.get("function")
                        + ", which is not one of the document library's generic handlers this module uses"));
            }
            if (type.equals("pagelink") && !params.getOrDefault("page", "").startsWith("start-workflow?selectedItems={node.nodeRef}")) {
                problems.add(xml.problem(action, "page link " + id + " must open start-workflow with the document selected"));
            }
            for (Element permission : LocatedXml.descendants(action, "permission")) {
                if (!ShareReference.PERMISSIONS.contains(permission.getTextContent().trim())) {
                    problems.add(xml.problem(permission, "permission " + permission.getTextContent().trim() + " is not one the document library checks "
                            + ShareReference.PERMISSIONS));
                }
            }
            evaluators(action);
        }
    }

    private final List<Where> actionForms = new ArrayList<>();
    private final List<String> actionFormIds = new ArrayList<>();

    private void actionGroups(Element groups, Element config) {
        Set<String> declared = new LinkedHashSet<>(actionIds);
        for (Element action : LocatedXml.descendants(config, "action")) {
            if (action.getParentNode() instanceof Element p && p.getTagName().equals("actions")) {
                declared.add(action.getAttribute("id"));
            }
        }
        for (Element group : children(groups, "actionGroup")) {
            if (!ShareReference.ACTION_GROUPS.contains(group.getAttribute("id"))) {
                problems.add(xml.problem(group, "action group " + group.getAttribute("id") + " is not one of Share's " + ShareReference.ACTION_GROUPS));
            }
            for (Element action : children(group, "action")) {
                if (!declared.contains(action.getAttribute("id"))) {
                    problems.add(xml.problem(action, "action " + action.getAttribute("id") + " is not defined in <actions>"));
                }
                evaluators(action);
            }
        }
    }

    private void evaluators(Element owner) {
        for (Element evaluator : children(owner, "evaluator")) {
            evaluatorRefs.computeIfAbsent(evaluator.getTextContent().trim(), k -> new ArrayList<>()).add(new Where(xml.file(), line(evaluator)));
            if (evaluator.hasAttribute("negate")) {
                checkBoolean(evaluator, "negate");
            }
        }
    }

    private void icon(Element at, String path) {
        iconFiles.add(path);
        if (!Files.isRegularFile(resources.resolve(path))) {
            problems.add(xml.problem(at, "icon " + path + " is not shipped"));
        }
    }

    /** After both files: every search entry has its model-type form, every action's form exists as a node form. */
    private void links() {
        for (SearchForm search : searchForms) {
            if (forms.stream().noneMatch(f -> "model-type".equals(f.evaluator()) && search.type().equals(f.condition()) && search.formId().equals(f.id()))) {
                problems.add(new Problem(search.where().file(), search.where().line(), "advanced search on " + search.type()
                        + " shows form " + search.formId() + ", but no model-type form " + search.formId() + " is configured for it"));
            }
        }
        for (int i = 0; i < actionFormIds.size(); i++) {
            String formId = actionFormIds.get(i);
            if (forms.stream().noneMatch(f -> "node-type".equals(f.evaluator()) && formId.equals(f.id()))) {
                Where at = actionForms.get(i);
                problems.add(new Problem(at.file(), at.line(), "action form " + formId + " is configured for no node type"));
            }
        }
    }
}
