package vn.wardqms.checks.share;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.wardqms.checks.Problem;

/**
 * One Share config file as {@link FormsConfigReader} reads it: its {@code <config>} sections, the forms config in each
 * (what Share would compute from it) and what Share would refuse or misread, located at its line.
 */
public record FormsConfig(Path file, List<Section> sections, List<Problem> problems) {

    /** Every form of every section, in file order. */
    public List<Form> forms() {
        return sections.stream().flatMap(s -> s.forms().stream()).flatMap(f -> f.forms().stream()).toList();
    }

    public boolean failed() {
        return !problems.isEmpty();
    }

    /** A {@code <config>} section; evaluator and condition are null when absent (the global section has neither). */
    public record Section(String evaluator, String condition, boolean replace, int line, List<Forms> forms) {
    }

    /**
     * One {@code <forms>} element of a section. A kind of element Share keeps one of per {@code <forms>} (default
     * controls, constraint handlers, dependencies) holds the last one, as Share does; an absent one is empty.
     *
     * @param defaultControls data type (or {@code association:…} name) to its control
     * @param constraintHandlers constraint type to its handler
     */
    public record Forms(int line, List<Form> forms, Map<String, Control> defaultControls,
                        Map<String, ConstraintHandler> constraintHandlers, List<String> css, List<String> js) {
    }

    /**
     * One {@code <form>} and what Share computes from it.
     *
     * @param id null for the section's default form
     * @param modes the fields Share shows in each mode
     * @param instructions its field-visibility {@code <show>}s and {@code <hide>}s, in document order
     * @param templates the form template per mode ({@code <view-form>}, {@code <edit-form>}, {@code <create-form>})
     * @param sets the declared {@code <appearance><set>}s, in order (the implicit default set is not listed)
     * @param styled the {@code <appearance><field>}s, one per field id, in Share's order
     */
    public record Form(String evaluator, String condition, String id, int line, String submissionUrl,
                       Map<Mode, ModeFields> modes, List<Instruction> instructions, Map<Mode, String> templates, List<FormSet> sets,
                       List<StyledField> styled) {

        /** Fields shown even when the item lacks them ({@code force="true"}), in Share's order. */
        public List<String> forced() {
            return instructions.stream().filter(Instruction::forced).map(Instruction::fieldId).distinct().toList();
        }

        public ModeFields fields(Mode mode) {
            return modes.get(mode);
        }

        public ModeFields view() {
            return fields(Mode.VIEW);
        }

        public ModeFields edit() {
            return fields(Mode.EDIT);
        }

        public ModeFields create() {
            return fields(Mode.CREATE);
        }

        public List<String> styledIds() {
            return styled.stream().map(StyledField::id).toList();
        }

        /** The set ids as paths from their root set, e.g. {@code emailed/emailed-details1}; the default set is {@code ""}. */
        public List<String> setPaths() {
            Map<String, String> parents = sets.stream().filter(s -> s.parent() != null)
                    .collect(Collectors.toMap(FormSet::id, FormSet::parent, (a, b) -> b));
            return sets.stream().map(s -> path(s.id(), parents)).distinct().toList();
        }

        private static String path(String id, Map<String, String> parents) {
            StringBuilder path = new StringBuilder(id.isEmpty() ? "\"\"" : id);
            String at = id;
            // Share allows only parents declared earlier, so this walk ends; the bound guards a file Share refused.
            for (int depth = 0; parents.containsKey(at) && depth < parents.size(); depth++) {
                at = parents.get(at);
                path.insert(0, at + "/");
            }
            return path.toString();
        }
    }

    /**
     * The fields Share shows in one mode. When the config names none for the mode, Share asks the repository's form
     * service for the item's own fields instead and leaves out those hidden in that mode: then {@code fields} is empty
     * and {@link #formServiceDefault()} is true.
     */
    public record ModeFields(List<String> fields, List<String> hiddenFromDefault) {

        public boolean formServiceDefault() {
            return fields.isEmpty();
        }

        /** {@code [a, b]}; Share's default is {@code [*]}, with {@code -x} for each field hidden from it. */
        @Override
        public String toString() {
            if (!formServiceDefault()) {
                return fields.toString();
            }
            return hiddenFromDefault.stream().map(f -> "-" + f).collect(Collectors.joining(", ", "[*" + (hiddenFromDefault.isEmpty() ? "" : ", "), "]"));
        }
    }

    /** A {@code <show>} or {@code <hide>}; modes are those its for-mode names (all when absent or empty). */
    public record Instruction(boolean show, String fieldId, Set<Mode> modes, boolean forced, int line) {
    }

    /** An {@code <appearance><set>}; parent is null for a root set. */
    public record FormSet(String id, String parent, String appearance, String label, String labelId, String template, int line) {
    }

    /** An {@code <appearance><field>}: its attributes other than id, its control (or null) and its constraint handlers. */
    public record StyledField(String id, int line, Map<String, String> attributes, Control control, List<ConstraintHandler> constraints) {
    }

    /** A control: the template (null to keep the data type's default) and its parameters, name to value. */
    public record Control(String template, Map<String, String> params) {
    }

    /** A {@code <constraint>}: the constraint type it handles and how. */
    public record ConstraintHandler(String type, String validationHandler, String message, String messageId, String event, int line) {
    }
}
