package vn.wardqms.checks.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import vn.wardqms.checks.Problem;
import vn.wardqms.checks.model.Dictionary;
import vn.wardqms.checks.model.Dictionary.ClassInfo;
import vn.wardqms.checks.model.ModelFile.Kind;
import vn.wardqms.checks.model.QName;
import vn.wardqms.checks.share.FormsConfig.Form;
import vn.wardqms.checks.share.FormsConfig.FormSet;
import vn.wardqms.checks.share.FormsConfig.Forms;
import vn.wardqms.checks.share.FormsConfig.Instruction;
import vn.wardqms.checks.share.FormsConfig.Section;
import vn.wardqms.checks.share.FormsConfig.StyledField;

/**
 * A Share forms config against the content models it is for: what Share would accept but then show wrong or not at
 * all. A section's condition must be a class of the right kind (node-type and task-type a type, a task type a kind of
 * bpm:task, aspect an aspect); every field a form names must be a property or association of the models (or one of
 * the pseudo-fields Share's form service adds) and, when shown without force, of the section's class (its ancestors
 * and mandatory aspects included); every message key Share reads (label-id, description-id, help-id, message-id)
 * must be in each bundle given. It works on what {@link FormsConfigReader} read, so it sees what Share sees.
 */
public final class FormsAgainstModels {
    /** Fields the repository's form service adds beside the model's properties and associations. */
    public static final Set<String> PSEUDO_FIELDS = Set.of("size", "mimetype", "encoding", "message", "taskOwner", "packageItems",
            "transitions");
    /** The evaluators whose condition names a type or aspect. */
    private static final Set<String> CLASS_EVALUATORS = Set.of("node-type", "model-type", "task-type", "aspect");
    private static final QName TASK = new QName("http://www.alfresco.org/model/bpm/1.0", "task");

    private FormsAgainstModels() {
    }

    /**
     * @param config the file as {@link FormsConfigReader} read it
     * @param bundles message bundles (file and contents) every key must be in; none for no key check
     */
    public static List<Problem> check(FormsConfig config, Dictionary dictionary, Map<Path, Properties> bundles) {
        Checking checking = new Checking(config.file(), dictionary, bundles, new ArrayList<>());
        for (Section section : config.sections()) {
            Optional<ClassInfo> forClass = checking.sectionClass(section);
            for (Forms forms : section.forms()) {
                forms.constraintHandlers().values().forEach(handler -> checking.key("message-id", handler.messageId(), "<constraint>", handler.line()));
                for (Form form : forms.forms()) {
                    checking.form(form, section, forClass);
                }
            }
        }
        checking.problems().sort((a, b) -> Integer.compare(a.line(), b.line()));
        return checking.problems();
    }

    /** One file's check in progress. */
    private record Checking(Path file, Dictionary dictionary, Map<Path, Properties> bundles, List<Problem> problems) {

        Optional<ClassInfo> sectionClass(Section section) {
            String evaluator = section.evaluator();
            String condition = section.condition();
            if (evaluator == null || condition == null || !CLASS_EVALUATORS.contains(evaluator)) {
                return Optional.empty(); // string-compare and the global section name no class
            }
            Optional<ClassInfo> found = dictionary.classNamed(condition);
            String where = "<config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\">";
            if (found.isEmpty()) {
                problem(section.line(), where + ": " + condition + " is not a type or aspect of the models, so Share never shows these forms");
                return Optional.empty();
            }
            ClassInfo info = found.get();
            if (evaluator.equals("aspect") && info.kind() != Kind.ASPECT) {
                problem(section.line(), where + ": " + condition + " is a type; the aspect evaluator matches aspects");
            } else if (!evaluator.equals("aspect") && info.kind() != Kind.TYPE) {
                problem(section.line(), where + ": " + condition + " is an aspect; the " + evaluator + " evaluator matches types");
            } else if (evaluator.equals("task-type") && !dictionary.isSubClassOf(info.name(), TASK)) {
                problem(section.line(), where + ": " + condition + " is not a task type (a kind of bpm:task)");
            }
            return found;
        }

        void form(Form form, Section section, Optional<ClassInfo> forClass) {
            for (Instruction instruction : form.instructions()) {
                // Only a <show> puts a field on the form; a <hide> or an <appearance><field> names one shown (or forced) there.
                boolean mustBelong = instruction.show() && !instruction.forced();
                field(instruction.fieldId(), instruction.line(), mustBelong ? forClass : Optional.empty(), section.condition());
            }
            for (StyledField styled : form.styled()) {
                field(styled.id(), styled.line(), Optional.empty(), section.condition());
                for (String attribute : List.of("label-id", "description-id", "help-id")) {
                    key(attribute, styled.attributes().get(attribute), "<field>", styled.line());
                }
                styled.constraints().forEach(handler -> key("message-id", handler.messageId(), "<constraint>", handler.line()));
            }
            for (FormSet set : form.sets()) {
                key("label-id", set.labelId(), "<set>", set.line());
            }
        }

        private void field(String id, int line, Optional<ClassInfo> mustBelongTo, String condition) {
            if (id.isBlank()) {
                return; // the reader reports a field that names none
            }
            // Share's form service also takes prop:cm:name and assoc:cm:contains for a property or association.
            String name = id.replaceFirst("^(prop|assoc):", "");
            if (!name.contains(":")) {
                if (!PSEUDO_FIELDS.contains(name)) {
                    problem(line, "field " + id + " is neither a property or association of the models (they are prefixed) nor a field "
                            + "Share's form service adds (" + String.join(", ", PSEUDO_FIELDS.stream().sorted().toList()) + ")");
                }
                return;
            }
            Optional<QName> qname = dictionary.resolve(name);
            boolean known = qname.isPresent() && (dictionary.propertyNamed(name).isPresent() || dictionary.associationNamed(name).isPresent());
            if (!known) {
                problem(line, "field " + id + " is not a property or association of the models"
                        + (qname.isEmpty() ? " (no loaded model has the prefix " + name.substring(0, name.indexOf(':')) + ")" : ""));
            } else if (mustBelongTo.isPresent() && !dictionary.fieldsOf(mustBelongTo.get().name()).contains(qname.get())) {
                problem(line, "field " + id + " is not a property or association of " + condition
                        + " (nor of its parents or mandatory aspects): Share shows it only with force=\"true\"");
            }
        }

        void key(String attribute, String key, String element, int line) {
            if (key == null || key.isEmpty()) {
                return; // no key, or an empty one that asks Share for no text (e.g. no label)
            }
            for (Map.Entry<Path, Properties> bundle : bundles.entrySet()) {
                if (!bundle.getValue().containsKey(key)) {
                    problem(line, attribute + " '" + key + "' of " + element + " is not in " + bundle.getKey().getFileName()
                            + ": Share would show the key itself");
                }
            }
        }

        private void problem(int line, String message) {
            problems.add(new Problem(file, line, message));
        }
    }
}
