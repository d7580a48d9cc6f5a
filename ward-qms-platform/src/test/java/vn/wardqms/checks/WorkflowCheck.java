package vn.wardqms.checks;

import static vn.wardqms.checks.LocatedXml.children;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import vn.wardqms.checks.LabelBundleCheck.ExpectedKey;
import vn.wardqms.checks.ModelFacts.ClassFact;

/**
 * Checks BPMN definitions against what the repository and our rules expect of them: the BPMN 2.0 schema Activiti
 * ships; every start event and user task names a task type of the task model (start tasks extend bpm:startTask);
 * every user task is one our rules know, with the rule listener on create, assignment and complete, and an outcome
 * property wired through bpm:outcomePropertyName whose LIST values are exactly the outcomes the rules accept; every
 * repository script begins with an import that exists in the module; every qmswf_ variable an expression reads is
 * declared or kept by the rules. It also derives the workflow message keys the repository looks up.
 */
public final class WorkflowCheck {
    private static final String BPMN_XSD = "org/activiti/impl/bpmn/parser/BPMN20.xsd";
    private static final Pattern IMPORT = Pattern.compile("^\\s*<import resource=\"classpath:([^\"]+)\">");
    private static final Pattern VARIABLE = Pattern.compile("\\bqmswf_\\w+");

    /** What the rules (Java) say about one user task: its outcome variable and accepted outcomes. */
    public record TaskRule(String outcomeVariable, List<String> outcomes) {
    }

    public record Result(List<Problem> problems, List<ExpectedKey> messageKeys) {
    }

    private WorkflowCheck() {
    }

    /** Validates against the BPMN 2.0 schema shipped in Activiti's BPMN converter. */
    public static List<Problem> validateSchema(Path bpmn) {
        URL xsd = WorkflowCheck.class.getClassLoader().getResource(BPMN_XSD);
        if (xsd == null) {
            return List.of(Problem.inFile(bpmn, BPMN_XSD + " is not on the classpath (activiti-bpmn-converter)"));
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return SchemaValidation.validate(factory.newSchema(xsd), bpmn, "the BPMN 2.0 schema");
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + BPMN_XSD + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param rules the rules' view of each user task, by BPMN task id
     * @param keptVariables qmswf_ variables the rules set themselves
     * @param moduleRoot where classpath imports of scripts are looked up
     */
    public static Result check(List<Path> bpmnFiles, ModelFacts taskModel, Map<String, TaskRule> rules,
                               Set<String> keptVariables, Path moduleRoot) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ExpectedKey> keys = new LinkedHashMap<>();
        List<String> processIds = new ArrayList<>();
        List<LocatedXml> files = new ArrayList<>();
        for (Path file : bpmnFiles) {
            try {
                LocatedXml xml = LocatedXml.parse(file);
                files.add(xml);
                children(xml.root(), "process").forEach(p -> processIds.add(p.getAttribute("id")));
            } catch (LocatedXml.XmlProblem e) {
                problems.add(e.problem());
            }
        }
        for (LocatedXml xml : files) {
            for (Element process : children(xml.root(), "process")) {
                new ProcessCheck(xml, process, taskModel, rules, keptVariables, moduleRoot, processIds, problems, keys).run();
            }
        }
        return new Result(problems, List.copyOf(keys.values()));
    }

    private static final class ProcessCheck {
        private final LocatedXml xml;
        private final Element process;
        private final ModelFacts taskModel;
        private final Map<String, TaskRule> rules;
        private final Set<String> keptVariables;
        private final Path moduleRoot;
        private final List<String> processIds;
        private final List<Problem> problems;
        private final Map<String, ExpectedKey> keys;
        private final String id;

        ProcessCheck(LocatedXml xml, Element process, ModelFacts taskModel, Map<String, TaskRule> rules, Set<String> keptVariables,
                     Path moduleRoot, List<String> processIds, List<Problem> problems, Map<String, ExpectedKey> keys) {
            this.xml = xml;
            this.process = process;
            this.taskModel = taskModel;
            this.rules = rules;
            this.keptVariables = keptVariables;
            this.moduleRoot = moduleRoot;
            this.processIds = processIds;
            this.problems = problems;
            this.keys = keys;
            this.id = process.getAttribute("id");
        }

        void run() {
            key(id + ".workflow.title", process, "process " + id);
            key(id + ".workflow.description", process, "process " + id);
            checkStartListeners();
            for (Element e : LocatedXml.descendants(process, "*")) {
                switch (e.getLocalName()) {
                    case "startEvent" -> startEvent(e);
                    case "userTask" -> userTask(e);
                    case "endEvent" -> key(id + ".node." + e.getAttribute("id") + ".title", e, "end event " + e.getAttribute("id"));
                    case "callActivity" -> callActivity(e);
                    case "field" -> script(e);
                    default -> {
                    }
                }
                expressions(e);
            }
        }

        /** The rules must see a process start before any script changes the document. */
        private void checkStartListeners() {
            Element extensions = LocatedXml.child(process, "extensionElements");
            List<Element> listeners = extensions == null ? List.of() : children(extensions, "executionListener");
            if (listeners.isEmpty() || !"${qmsProcessStart}".equals(listeners.get(0).getAttribute("delegateExpression"))
                    || !"start".equals(listeners.get(0).getAttribute("event"))) {
                problems.add(xml.problem(process, "process " + id + " must run ${qmsProcessStart} first on start"));
            }
        }

        private void startEvent(Element start) {
            String formKey = start.getAttribute("activiti:formKey");
            Optional<ClassFact> type = taskType(start, formKey);
            if (type.isPresent() && !descendsFrom(type.get(), "bpm:startTask")) {
                problems.add(xml.problem(start, "start form " + formKey + " does not extend bpm:startTask"));
            }
            taskKeys(start, formKey);
            key(id + ".node." + start.getAttribute("id") + ".title", start, "start event");
        }

        private void userTask(Element task) {
            String taskId = task.getAttribute("id");
            String formKey = task.getAttribute("activiti:formKey");
            Optional<ClassFact> type = taskType(task, formKey);
            taskKeys(task, formKey);
            key(id + ".task." + taskId + ".description", task, "user task " + taskId);
            key(id + ".node." + taskId + ".title", task, "user task " + taskId);
            TaskRule rule = rules.get(taskId);
            if (rule == null) {
                problems.add(xml.problem(task, "user task " + taskId + " is unknown to the task rules (QmsTask)"));
                return;
            }
            Element extensions = LocatedXml.child(task, "extensionElements");
            for (String event : List.of("create", "assignment", "complete")) {
                boolean attached = extensions != null && children(extensions, "taskListener").stream().anyMatch(l ->
                        event.equals(l.getAttribute("event")) && "${qmsTaskRules}".equals(l.getAttribute("delegateExpression")));
                if (!attached) {
                    problems.add(xml.problem(task, "user task " + taskId + " lacks ${qmsTaskRules} on " + event));
                }
            }
            type.ifPresent(t -> outcome(task, t, rule));
        }

        private void outcome(Element task, ClassFact type, TaskRule rule) {
            String outcomeProperty = inherited(type, "bpm:outcomePropertyName");
            if (rule.outcomeVariable() == null) {
                if (outcomeProperty != null) {
                    problems.add(xml.problem(task, type.name() + " names an outcome the rules do not read"));
                }
                return;
            }
            String expected = rule.outcomeVariable().replaceFirst("_", ":");
            String expectedQName = "{" + taskModel.namespaces().get(expected.substring(0, expected.indexOf(':'))) + "}"
                    + expected.substring(expected.indexOf(':') + 1);
            if (!expectedQName.equals(outcomeProperty) || !descendsFrom(type, "bpm:activitiOutcomeTask")) {
                problems.add(xml.problem(task, type.name() + " must extend bpm:activitiOutcomeTask with bpm:outcomePropertyName "
                        + expectedQName + " (the rules read " + rule.outcomeVariable() + "), not " + outcomeProperty));
                return;
            }
            taskModel.property(expected).ifPresentOrElse(p -> {
                List<String> values = p.constraintRefs().stream().map(taskModel::constraintNamed).flatMap(Optional::stream)
                        .filter(c -> "LIST".equals(c.type())).findFirst().map(ModelFacts.ConstraintFact::listValues).orElse(List.of());
                if (!values.equals(rule.outcomes())) {
                    problems.add(new Problem(taskModel.file(), p.line(), expected + " allows " + values
                            + " but the rules accept " + rule.outcomes()));
                }
            }, () -> problems.add(xml.problem(task, "the task model has no property " + expected)));
        }

        private void callActivity(Element call) {
            key(id + ".node." + call.getAttribute("id") + ".title", call, "call activity " + call.getAttribute("id"));
            if (!processIds.contains(call.getAttribute("calledElement"))) {
                problems.add(xml.problem(call, "calls process '" + call.getAttribute("calledElement") + "', which the module does not deploy"));
            }
        }

        private void script(Element field) {
            if (!"script".equals(field.getAttribute("name"))) {
                return;
            }
            String source = field.getTextContent();
            Matcher m = IMPORT.matcher(source);
            if (!m.find()) {
                problems.add(xml.problem(field, "a repository script here starts with <import resource=\"classpath:...\">: "
                        + "document changes live in one place"));
            } else if (!Files.isRegularFile(moduleRoot.resolve(m.group(1)))) {
                problems.add(xml.problem(field, "imports " + m.group(1) + ", which is not in the module"));
            }
        }

        private void expressions(Element e) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                texts.add(e.getAttributes().item(i).getNodeValue());
            }
            if ("conditionExpression".equals(e.getLocalName())) {
                texts.add(e.getTextContent());
            }
            if ("in".equals(e.getLocalName())) {
                texts.add(e.getAttribute("source"));
            }
            for (String text : texts) {
                if (!text.contains("${") && !"in".equals(e.getLocalName())) {
                    continue;
                }
                Matcher m = VARIABLE.matcher(text);
                while (m.find()) {
                    String variable = m.group();
                    boolean declared = taskModel.property(variable.replaceFirst("_", ":")).isPresent()
                            || taskModel.associations().stream().anyMatch(a -> a.name().equals(variable.replaceFirst("_", ":")));
                    if (!declared && !keptVariables.contains(variable)) {
                        problems.add(xml.problem(e, "reads " + variable + ", which neither the task model declares nor the rules keep"));
                    }
                }
            }
        }

        private Optional<ClassFact> taskType(Element element, String formKey) {
            if (formKey.isEmpty()) {
                problems.add(xml.problem(element, element.getAttribute("id") + " has no activiti:formKey: the repository would use a generic task type"));
                return Optional.empty();
            }
            Optional<ClassFact> type = taskModel.classNamed(formKey).filter(c -> c.kind() == ModelFacts.Kind.TYPE);
            if (type.isEmpty()) {
                problems.add(xml.problem(element, "form key " + formKey + " is not a type of the task model " + taskModel.name()));
            }
            return type;
        }

        private void taskKeys(Element element, String formKey) {
            if (!formKey.isEmpty()) {
                String type = formKey.replace(':', '_');
                key(id + ".task." + type + ".title", element, "task type " + formKey);
                key(id + ".task." + type + ".description", element, "task type " + formKey);
            }
        }

        private boolean descendsFrom(ClassFact type, String ancestor) {
            for (String parent = type.parent(); parent != null; parent = taskModel.classNamed(parent).map(ClassFact::parent).orElse(null)) {
                if (parent.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        }

        /** The default of an overridden property, looking up the task model's own parents. */
        private String inherited(ClassFact type, String property) {
            for (ClassFact t = type; t != null; t = taskModel.classNamed(t.parent()).orElse(null)) {
                if (t.overrides().containsKey(property)) {
                    return t.overrides().get(property);
                }
            }
            return null;
        }

        private void key(String key, Element element, String item) {
            keys.putIfAbsent(key, new ExpectedKey(key, xml.file(), LocatedXml.line(element), item));
        }
    }
}
