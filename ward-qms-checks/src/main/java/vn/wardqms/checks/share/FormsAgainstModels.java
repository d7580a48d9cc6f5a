package vn.wardqms.checks.share;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.w3c.dom.Element;

import vn.wardqms.checks.LocatedXml;
import vn.wardqms.checks.Problem;
import vn.wardqms.checks.model.Dictionary;
import vn.wardqms.checks.model.Dictionary.ClassInfo;
import vn.wardqms.checks.model.ModelFile.Kind;
import vn.wardqms.checks.model.QName;

/**
 * A Share forms config against the content models it is for: what Share would accept but then show wrong or not at
 * all. A section's condition must be a class of the right kind (node-type and task-type a type, a task type a kind of
 * bpm:task, aspect an aspect); every field a form names must be a property or association of the models and, unless
 * shown without force, of the section's class (its ancestors and mandatory aspects included), or one of the pseudo-fields Share's
 * form service adds; every message key (label-id, description-id, help-id, message-id) must be in each bundle given.
 */
public final class FormsAgainstModels {
    /** Fields the repository's form service adds beside the model's properties and associations. */
    public static final Set<String> PSEUDO_FIELDS = Set.of("size", "mimetype", "encoding", "message", "taskOwner", "packageItems",
            "transitions");
    private static final List<String> KEY_ATTRIBUTES = List.of("label-id", "description-id", "help-id", "message-id");
    private static final QName TASK = new QName("http://www.alfresco.org/model/bpm/1.0", "task");

    private FormsAgainstModels() {
    }

    /**
     * @param bundles message bundles (file and contents) every key must be in; none for no key check
     */
    public static List<Problem> check(Path config, Dictionary dictionary, Map<Path, Properties> bundles) {
        LocatedXml xml = LocatedXml.parse(config);
        List<Problem> problems = new ArrayList<>();
        for (Element section : LocatedXml.children(xml.root(), "config")) {
            String evaluator = section.getAttribute("evaluator");
            String condition = section.getAttribute("condition");
            Optional<ClassInfo> forClass = sectionClass(xml, section, evaluator, condition, dictionary, problems);
            for (Element forms : LocatedXml.children(section, "forms")) {
                for (Element field : fields(forms)) {
                    checkField(xml, field, evaluator, condition, forClass, dictionary, problems);
                }
            }
        }
        for (Element e : xml.allElements()) {
            for (String attribute : KEY_ATTRIBUTES) {
                if (!e.hasAttribute(attribute)) {
                    continue;
                }
                String key = e.getAttribute(attribute);
                if (key.isEmpty()) {
                    continue; // an empty key asks Share for no text (e.g. no label)
                }
                for (Map.Entry<Path, Properties> bundle : bundles.entrySet()) {
                    if (!bundle.getValue().containsKey(key)) {
                        problems.add(xml.problem(e, attribute + " '" + key + "' of <" + e.getLocalName() + "> is not in " + bundle.getKey().getFileName()
                                + ": Share would show the key itself"));
                    }
                }
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static Optional<ClassInfo> sectionClass(LocatedXml xml, Element section, String evaluator, String condition,
                                                    Dictionary dictionary, List<Problem> problems) {
        if (!Set.of("node-type", "model-type", "task-type", "aspect").contains(evaluator)) {
            return Optional.empty(); // string-compare and the global section name no class
        }
        Optional<ClassInfo> found = dictionary.classNamed(condition);
        String where = "<config evaluator=\"" + evaluator + "\" condition=\"" + condition + "\">";
        if (found.isEmpty()) {
            problems.add(xml.problem(section, where + ": " + condition + " is not a type or aspect of the models, so Share never shows these forms"));
            return Optional.empty();
        }
        ClassInfo info = found.get();
        if (evaluator.equals("aspect") && info.kind() != Kind.ASPECT) {
            problems.add(xml.problem(section, where + ": " + condition + " is a type; the aspect evaluator matches aspects"));
        } else if (!evaluator.equals("aspect") && info.kind() != Kind.TYPE) {
            problems.add(xml.problem(section, where + ": " + condition + " is an aspect; the " + evaluator + " evaluator matches types"));
        } else if (evaluator.equals("task-type") && !dictionary.isSubClassOf(info.name(), TASK)) {
            problems.add(xml.problem(section, where + ": " + condition + " is not a task type (a kind of bpm:task)"));
        }
        return found;
    }

    /** The field-visibility and appearance fields of every form of a {@code <forms>} element. */
    private static List<Element> fields(Element forms) {
        List<Element> fields = new ArrayList<>();
        for (Element form : LocatedXml.children(forms, "form")) {
            Element visibility = LocatedXml.child(form, "field-visibility");
            if (visibility != null) {
                fields.addAll(LocatedXml.children(visibility, "show"));
                fields.addAll(LocatedXml.children(visibility, "hide"));
            }
            Element appearance = LocatedXml.child(form, "appearance");
            if (appearance != null) {
                fields.addAll(LocatedXml.children(appearance, "field"));
            }
        }
        return fields;
    }

    private static void checkField(LocatedXml xml, Element field, String evaluator, String condition, Optional<ClassInfo> forClass,
                                   Dictionary dictionary, List<Problem> problems) {
        String id = field.getAttribute("id");
        if (id.isEmpty()) {
            return; // the reader reports a field without id
        }
        // Share's form service also takes prop:cm:name and assoc:cm:contains for a property or association.
        String name = id.replaceFirst("^(prop|assoc):", "");
        if (!name.contains(":")) {
            if (!PSEUDO_FIELDS.contains(name)) {
                problems.add(xml.problem(field, "field " + id + " is neither a property or association of the models (they are prefixed) nor a field "
                        + "Share's form service adds (" + String.join(", ", PSEUDO_FIELDS.stream().sorted().toList()) + ")"));
            }
            return;
        }
        Optional<QName> qname = dictionary.resolve(name);
        boolean known = qname.isPresent() && (dictionary.propertyNamed(name).isPresent() || dictionary.associationNamed(name).isPresent());
        if (!known) {
            problems.add(xml.problem(field, "field " + id + " is not a property or association of the models"
                    + (qname.isEmpty() ? " (no loaded model has the prefix " + name.substring(0, name.indexOf(':')) + ")" : "")));
            return;
        }
        boolean forced = "true".equals(field.getAttribute("force"));
        // Only a <show> puts a field on the form; an <appearance><field> styles one shown (or forced) there.
        if (forClass.isPresent() && !forced && "show".equals(field.getLocalName())
                && !dictionary.fieldsOf(forClass.get().name()).contains(qname.get())) {
            problems.add(xml.problem(field, "field " + id + " is not a property or association of " + condition
                    + " (nor of its parents or mandatory aspects): Share shows it only with force=\"true\""));
        }
    }
}
