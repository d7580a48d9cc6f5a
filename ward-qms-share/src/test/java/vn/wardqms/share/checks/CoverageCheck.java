package vn.wardqms.share.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelFacts.ClassFact;
import vn.wardqms.checks.Problem;
import vn.wardqms.share.checks.ShareConfigCheck.FormFacts;

/**
 * Every class of the content model and every task type of the task model has its forms, read from the model files so a
 * class added later is named (at its line in the model) until it gets them: a type its node form (view, edit) and its
 * model-type form (create, or the advanced search for a type nobody creates in Share); an aspect its aspect form; a task
 * type its task form, with the outcome buttons of its outcome property, the document package and the due date; a process
 * its start form with a mandatory document package.
 */
public final class CoverageCheck {
    private static final String TRANSITIONS = "/org/alfresco/components/form/controls/workflow/activiti-transitions.ftl";
    private static final String PACKAGE = "/org/alfresco/components/form/controls/workflow/mandatory-packageitems.ftl";

    private CoverageCheck() {
    }

    public static List<Problem> check(ShareConfigCheck.Result config, Dictionary dictionary, Processes processes) {
        List<Problem> problems = new ArrayList<>();
        ModelFacts content = dictionary.contentModel();
        for (ClassFact c : content.classes()) {
            if (c.kind() == ModelFacts.Kind.TYPE) {
                require(problems, content, c, config.formsFor("node-type", c.name()), "node-type form (view and edit)", true);
                require(problems, content, c, config.formsFor("model-type", c.name()), "model-type form (create or search)", false);
            } else {
                require(problems, content, c, config.formsFor("aspect", c.name()), "aspect form", true);
            }
        }
        ModelFacts tasks = dictionary.taskModel();
        for (ClassFact c : tasks.classes()) {
            if (c.kind() != ModelFacts.Kind.TYPE) {
                continue;
            }
            List<FormFacts> forms = config.formsFor("task-type", c.name());
            FormFacts form = forms.stream().filter(f -> f.id().equals("default")).findFirst().orElse(null);
            if (form == null) {
                problems.add(new Problem(tasks.file(), c.line(), "task type " + c.name() + " has no task form (task-type, default form)"));
                continue;
            }
            boolean start = dictionary.isSubClassOf(c.name(), "bpm:startTask");
            String outcome = dictionary.overriddenDefault(c.name(), "bpm:outcomePropertyName").map(dictionary::shortName).orElse(null);
            if (outcome != null && !start) {
                if (!shownIn(form, outcome, "edit") || !TRANSITIONS.equals(form.controls().get(outcome))) {
                    problems.add(new Problem(form.where().file(), form.where().line(), "task form of " + c.name()
                            + " must show its outcome " + outcome + " as outcome buttons (activiti-transitions.ftl)"));
                }
            } else if (!start && !shownIn(form, "transitions", "edit")) {
                problems.add(new Problem(form.where().file(), form.where().line(), "task form of " + c.name() + " has no outcome: show transitions"));
            }
            for (String field : start ? List.of("packageItems", "bpm:workflowDueDate") : List.of("packageItems", "bpm:dueDate", "bpm:comment")) {
                if (!shownIn(form, field, "edit")) {
                    problems.add(new Problem(form.where().file(), form.where().line(), "task form of " + c.name() + " does not show " + field));
                }
            }
        }
        for (Processes.Process process : processes.byId().values()) {
            List<FormFacts> forms = config.formsFor("string-compare", "activiti$" + process.id());
            if (forms.isEmpty()) {
                problems.add(new Problem(process.file(), process.line(), "process " + process.id() + " has no start form (string-compare activiti$" + process.id() + ")"));
                continue;
            }
            FormFacts form = forms.get(0);
            if (!PACKAGE.equals(form.controls().get("packageItems"))) {
                problems.add(new Problem(form.where().file(), form.where().line(), "start form of " + process.id()
                        + " must require the document package (mandatory-packageitems.ftl)"));
            }
            Set<String> startFields = dictionary.fieldsOf(process.startTaskType());
            for (String field : startFields) {
                if (field.startsWith("qmswf:") && !form.shownModes().containsKey(field)) {
                    problems.add(new Problem(form.where().file(), form.where().line(), "start form of " + process.id() + " does not ask for " + field
                            + " (declared by " + process.startTaskType() + ")"));
                }
            }
        }
        return problems;
    }

    private static void require(List<Problem> problems, ModelFacts model, ClassFact c, List<FormFacts> forms, String what, boolean viewAndEdit) {
        if (forms.isEmpty()) {
            problems.add(new Problem(model.file(), c.line(), c.name() + " has no " + what));
            return;
        }
        if (viewAndEdit) {
            FormFacts form = forms.stream().filter(f -> f.id().equals("default")).findFirst().orElse(null);
            if (form == null || form.shownModes().values().stream().noneMatch(m -> m.contains("view"))) {
                problems.add(new Problem(model.file(), c.line(), c.name() + " has no default " + what + " showing fields in view mode"));
            }
        }
    }

    private static boolean shownIn(FormFacts form, String field, String mode) {
        Set<String> modes = form.shownModes().get(field);
        return modes != null && modes.contains(mode);
    }

}
