package vn.wardqms.checks.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.wardqms.checks.Problem;
import vn.wardqms.checks.model.Dictionary.AssociationInfo;
import vn.wardqms.checks.model.Dictionary.ClassInfo;
import vn.wardqms.checks.model.Dictionary.ConstraintInfo;
import vn.wardqms.checks.model.Dictionary.PropertyInfo;
import vn.wardqms.checks.model.ModelFile.Association;
import vn.wardqms.checks.model.ModelFile.ClassDef;
import vn.wardqms.checks.model.ModelFile.Constraint;
import vn.wardqms.checks.model.ModelFile.DataType;
import vn.wardqms.checks.model.ModelFile.Kind;
import vn.wardqms.checks.model.ModelFile.Namespace;
import vn.wardqms.checks.model.ModelFile.Property;
import vn.wardqms.checks.model.ModelFile.PropertyOverride;
import vn.wardqms.checks.model.ModelFile.Ref;

/**
 * Compiles one model against the loaded ones with the rules the repository's dictionary applies when it registers a
 * model at start-up (names resolved through the model's own imports and namespaces; definitions, then dependencies,
 * then inheritance, then constraints), plus a few checks of what the repository accepts but then gets wrong (a
 * default value its own constraint refuses, an override the parent cannot take). Unlike the repository, which stops
 * at the first error, it reports every problem it finds, each at its line.
 */
final class ModelCompiler {

    /** What compiling a model gave: its problems and, when there are none, the counts the checker prints. */
    record Result(String modelName, List<Problem> problems, int types, int aspects, int properties) {
    }

    private final Dictionary dictionary;
    private final ModelFile model;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> localPrefixes = new LinkedHashMap<>();
    private final Set<String> definedUris = new HashSet<>();

    private final Map<QName, String> dataTypes = new LinkedHashMap<>();
    private final Map<QName, ClassInfo> classes = new LinkedHashMap<>();
    private final Map<QName, ClassDef> classDefs = new LinkedHashMap<>();
    private final Map<QName, PropertyInfo> properties = new LinkedHashMap<>();
    private final Map<QName, AssociationInfo> associations = new LinkedHashMap<>();
    private final Map<QName, NamedConstraint> constraints = new LinkedHashMap<>();
    private QName modelName;

    /** A named constraint of this model, resolved on first use so refs can point forward (and cycles are found). */
    private static final class NamedConstraint {
        final Constraint definition;
        final String prefixed;
        ConstraintRule rule;
        boolean resolving;
        boolean resolved;

        NamedConstraint(Constraint definition, String prefixed) {
            this.definition = definition;
            this.prefixed = prefixed;
        }
    }

    private ModelCompiler(Dictionary dictionary, ModelFile model) {
        this.dictionary = dictionary;
        this.model = model;
    }

    /** @param load whether a model without problems is added to the dictionary */
    static Result compile(ModelFile model, Dictionary dictionary, boolean load) {
        return new ModelCompiler(dictionary, model).run(load);
    }

    private Result run(boolean load) {
        namespaces();
        definitions();
        dependencies();
        int types = (int) model.classes().stream().filter(c -> c.kind() == Kind.TYPE).count();
        int aspects = (int) model.classes().stream().filter(c -> c.kind() == Kind.ASPECT).count();
        if (load && problems.isEmpty()) {
            register();
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(model.name(), List.copyOf(problems), types, aspects, model.properties().size());
    }

    // Names -----------------------------------------------------------------------------------------------------

    private void namespaces() {
        Set<String> prefixes = new HashSet<>();
        Set<String> ownUris = new HashSet<>();
        model.namespaces().forEach(n -> ownUris.add(n.uri()));
        for (Namespace imported : model.imports()) {
            if (imported.uri() == null || imported.prefix() == null) {
                continue; // the parser check reports the missing attribute
            }
            if (!dictionary.modelOfUri.containsKey(imported.uri())) {
                problem(imported.line(), "import of " + imported.uri() + " (prefix " + imported.prefix()
                        + "): no loaded model defines that namespace; load the model that declares it first");
            } else if (ownUris.contains(imported.uri())) {
                problem(imported.line(), "import of " + imported.uri() + ": the model declares that namespace itself");
            }
            if (!prefixes.add(imported.prefix())) {
                problem(imported.line(), "prefix '" + imported.prefix() + "' is given twice in the model's imports and namespaces");
            }
            localPrefixes.put(imported.prefix(), imported.uri());
        }
        for (Namespace defined : model.namespaces()) {
            if (defined.uri() == null || defined.prefix() == null) {
                continue;
            }
            String owner = dictionary.modelOfUri.get(defined.uri());
            if (owner != null) {
                problem(defined.line(), "namespace " + defined.uri() + " is already defined by the model " + owner);
            } else if (!definedUris.add(defined.uri())) {
                problem(defined.line(), "namespace " + defined.uri() + " is declared twice in the model");
            }
            String taken = dictionary.uriOfPrefix.get(defined.prefix());
            if (taken != null && !taken.equals(defined.uri())) {
                problem(defined.line(), "prefix '" + defined.prefix() + "' is already in use for " + taken + " (model "
                        + dictionary.modelOfUri.get(taken) + "), so it cannot be declared for " + defined.uri());
            }
            if (!prefixes.add(defined.prefix())) {
                problem(defined.line(), "prefix '" + defined.prefix() + "' is given twice in the model's imports and namespaces");
            }
            localPrefixes.put(defined.prefix(), defined.uri());
        }
        if (model.name() != null) {
            modelName = name(model.name(), model.line(), "the model's name");
            if (modelName != null && dictionary.models.containsKey(modelName)) {
                problem(model.line(), "model " + model.name() + " is already loaded from " + dictionary.models.get(modelName).file()
                        + ": a second model of that name would replace it");
            }
        }
    }

    /** Resolves a prefixed name with the model's own imports and namespaces, as the repository does; null if it cannot. */
    private QName name(String prefixed, int line, String what) {
        Resolution resolution = resolve(prefixed);
        if (resolution.problem() != null) {
            problem(line, what + resolution.problem());
        }
        return resolution.name();
    }

    /** Resolves without reporting (the name was reported, if wrong, where it was defined). */
    private QName quietName(String prefixed) {
        return prefixed == null ? null : resolve(prefixed).name();
    }

    /** A resolved name, or why the name does not resolve (to follow the words naming what it is). */
    private record Resolution(QName name, String problem) {
        static Resolution refused(String problem) {
            return new Resolution(null, problem);
        }
    }

    private Resolution resolve(String prefixed) {
        if (prefixed == null || prefixed.isBlank()) {
            return Resolution.refused(" has no name");
        }
        String text = prefixed.trim();
        if (text.startsWith("{")) {
            int end = text.indexOf('}');
            return end < 0 ? Resolution.refused(" '" + text + "' is not a valid name: '{' without '}'")
                    : new Resolution(new QName(text.substring(1, end), text.substring(end + 1)), null);
        }
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? "" : text.substring(0, colon);
        String uri = localPrefixes.get(prefix);
        if (uri == null) {
            return Resolution.refused(" '" + text + "': " + (colon < 0 ? "the name has no prefix, and the model maps none to the empty prefix"
                    : "the prefix '" + prefix + "' is not declared: import its namespace or declare it in <namespaces>"));
        }
        String local = text.substring(colon + 1);
        return local.isEmpty() ? Resolution.refused(" '" + text + "' has no local name") : new Resolution(new QName(uri, local), null);
    }

    private boolean definedHere(QName name, int line, String what, String prefixed) {
        if (!definedUris.contains(name.uri())) {
            problem(line, what + " " + prefixed + " is in the namespace " + name.uri() + ", which this model does not define"
                    + (localPrefixes.containsValue(name.uri()) ? " (it only imports it)" : ""));
            return false;
        }
        return true;
    }

    // Phase 1: definitions ----------------------------------------------------------------------------------------

    private void definitions() {
        for (DataType dataType : model.dataTypes()) {
            QName name = name(dataType.name(), dataType.line(), "data type");
            if (name == null || !definedHere(name, dataType.line(), "data type", dataType.name())) {
                continue;
            }
            if (dataType.javaClass() == null || dataType.javaClass().isBlank()) {
                problem(dataType.line(), "data type " + dataType.name() + " needs a <java-class>");
            }
            if (dataTypes.put(name, dataType.javaClass()) != null) {
                problem(dataType.line(), "data type " + dataType.name() + " is defined twice in the model");
            }
        }
        for (ClassDef def : model.classes()) {
            defineClass(def);
        }
        for (Constraint constraint : model.constraints()) {
            if (constraint.name() == null) {
                problem(constraint.line(), "a constraint at model level needs a name (only a property's own constraints may be anonymous)");
                continue;
            }
            defineConstraint(constraint);
        }
        // A property's own named constraints join the model's constraints, where refs may find them.
        for (ClassDef def : model.classes()) {
            for (Property property : def.properties()) {
                property.constraints().stream().filter(c -> c.name() != null).forEach(this::defineConstraint);
            }
            for (PropertyOverride override : def.overrides()) {
                override.constraints().stream().filter(c -> c.name() != null).forEach(this::defineConstraint);
            }
        }
    }

    private void defineConstraint(Constraint constraint) {
        QName name = name(constraint.name(), constraint.line(), "constraint");
        if (name == null || !definedHere(name, constraint.line(), "constraint", constraint.name())) {
            return;
        }
        if (constraints.containsKey(name) || dictionary.constraints.containsKey(name)) {
            problem(constraint.line(), "constraint " + constraint.name() + " is defined twice");
            return;
        }
        constraints.put(name, new NamedConstraint(constraint, constraint.name()));
    }

    private void defineClass(ClassDef def) {
        String what = def.kind().word();
        QName name = name(def.name(), def.line(), what);
        if (name == null || !definedHere(name, def.line(), what, def.name())) {
            return;
        }
        if (classes.containsKey(name)) {
            problem(def.line(), what + " " + def.name() + ": a type or aspect of that name is already defined in the model");
            return;
        }
        List<QName> own = new ArrayList<>();
        for (Property property : def.properties()) {
            QName propertyName = name(property.name(), property.line(), "property");
            if (propertyName == null) {
                continue;
            }
            PropertyInfo existing = properties.containsKey(propertyName) ? properties.get(propertyName) : dictionary.properties.get(propertyName);
            if (own.contains(propertyName)) {
                problem(property.line(), "property " + property.name() + " is defined twice in " + def.name());
            } else if (existing != null) {
                problem(property.line(), "property " + property.name() + " of " + def.name() + " is already defined by "
                        + describe(existing.container()) + ": a property name can be defined once");
            } else {
                own.add(propertyName);
                QName type = property.type() == null ? null : name(property.type(), property.typeLine(), "data type of property " + property.name());
                properties.put(propertyName, new PropertyInfo(propertyName, property.name(), name, type, property.multiple(),
                        Boolean.TRUE.equals(property.mandatory()), property.mandatoryEnforced() == null || property.mandatoryEnforced(), List.of()));
            }
        }
        List<QName> ownAssociations = new ArrayList<>();
        for (Association association : def.associations()) {
            QName associationName = name(association.name(), association.line(), "association");
            if (associationName == null || !definedHere(associationName, association.line(), "association", association.name())) {
                continue;
            }
            AssociationInfo existing = associations.containsKey(associationName) ? associations.get(associationName)
                    : dictionary.associations.get(associationName);
            if (ownAssociations.contains(associationName)) {
                problem(association.line(), "association " + association.name() + " is defined twice in " + def.name());
            } else if (existing != null) {
                problem(association.line(), "association " + association.name() + " of " + def.name() + " is already defined by "
                        + describe(existing.source()) + ": an association name can be defined once");
            } else {
                ownAssociations.add(associationName);
                QName target = association.targetClass() == null ? null
                        : name(association.targetClass().name(), association.targetClass().line(), "target class of " + association.name());
                associations.put(associationName, new AssociationInfo(associationName, association.name(), name, target, association.child()));
            }
            if (association.sourceRole() != null) {
                name(association.sourceRole(), association.line(), "source role of " + association.name());
            }
            if (association.targetRole() != null) {
                name(association.targetRole(), association.line(), "target role of " + association.name());
            }
        }
        Set<QName> overridden = new HashSet<>();
        for (PropertyOverride override : def.overrides()) {
            QName overrideName = name(override.name(), override.line(), "property override");
            if (overrideName == null) {
                continue;
            }
            if (own.contains(overrideName)) {
                problem(override.line(), def.name() + " both defines and overrides " + override.name());
            } else if (!overridden.add(overrideName)) {
                problem(override.line(), def.name() + " overrides " + override.name() + " twice");
            }
        }
        List<QName> aspects = new ArrayList<>();
        for (Ref aspect : def.mandatoryAspects()) {
            QName aspectName = name(aspect.name(), aspect.line(), "mandatory aspect of " + def.name());
            if (aspectName != null && !aspects.contains(aspectName)) {
                aspects.add(aspectName);
            }
        }
        QName parent = def.parent() == null ? null : name(def.parent().name(), def.parent().line(), "parent of " + def.name());
        classes.put(name, new ClassInfo(name, def.name(), def.kind(), parent, aspects, own, ownAssociations, model.name()));
        classDefs.put(name, def);
    }

    // Phase 2: dependencies ---------------------------------------------------------------------------------------

    private void dependencies() {
        for (Map.Entry<QName, ClassDef> entry : classDefs.entrySet()) {
            ClassDef def = entry.getValue();
            ClassInfo info = classes.get(entry.getKey());
            classDependencies(def, info);
        }
        for (NamedConstraint constraint : constraints.values()) {
            resolve(constraint);
        }
        for (Map.Entry<QName, ClassDef> entry : classDefs.entrySet()) {
            ClassDef def = entry.getValue();
            for (Property property : def.properties()) {
                propertyDependencies(def, property);
            }
            for (PropertyOverride override : def.overrides()) {
                overrideDependencies(def, classes.get(entry.getKey()), override);
            }
        }
    }

    private void classDependencies(ClassDef def, ClassInfo info) {
        String what = def.kind().word();
        if (info.parent() != null) {
            ClassInfo parent = classInfo(info.parent());
            if (parent == null) {
                problem(def.parent().line(), "the parent " + def.parent().name() + " of " + what + " " + def.name()
                        + " is not a type or aspect of this model or a loaded one");
            } else if (parent.kind() != def.kind()) {
                problem(def.parent().line(), "the parent " + def.parent().name() + " of " + what + " " + def.name() + " is "
                        + (parent.kind() == Kind.TYPE ? "a type" : "an aspect") + ": a " + what + " extends a " + what);
            } else if (cyclic(info.name())) {
                problem(def.parent().line(), what + " " + def.name() + " is its own ancestor through " + def.parent().name());
            }
        }
        for (Ref ref : def.mandatoryAspects()) {
            QName aspect = quietName(ref.name());
            if (aspect == null) {
                continue; // reported where the name was read
            }
            ClassInfo found = classInfo(aspect);
            if (found == null) {
                problem(ref.line(), "the mandatory aspect " + ref.name() + " of " + def.name() + " is not an aspect of this model or a loaded one");
            } else if (found.kind() == Kind.TYPE) {
                problem(ref.line(), "the mandatory aspect " + ref.name() + " of " + def.name() + " is a type, not an aspect");
            }
        }
        for (Association association : def.associations()) {
            if (association.targetClass() == null) {
                continue; // the parser check reports the missing <target><class>
            }
            QName target = quietName(association.targetClass().name());
            if (target != null && classInfo(target) == null) {
                problem(association.targetClass().line(), "the target class " + association.targetClass().name() + " of association "
                        + association.name() + " is not a type or aspect of this model or a loaded one");
            }
        }
    }

    private boolean cyclic(QName start) {
        Set<QName> seen = new HashSet<>();
        for (QName at = start; at != null; ) {
            if (!seen.add(at)) {
                return true;
            }
            ClassInfo info = classInfo(at);
            at = info == null ? null : info.parent();
            if (start.equals(at)) {
                return true;
            }
        }
        return false;
    }

    private void propertyDependencies(ClassDef def, Property property) {
        QName name = quietName(property.name());
        PropertyInfo info = name == null ? null : properties.get(name);
        if (info == null || !info.container().equals(quietName(def.name()))) {
            return;
        }
        if (property.type() == null) {
            return; // the parser check reports the missing <type>
        }
        if (info.dataType() != null && !dataTypes.containsKey(info.dataType()) && !dictionary.dataTypes.containsKey(info.dataType())) {
            problem(property.typeLine(), "property " + property.name() + " has the unknown data type " + property.type());
            return;
        }
        if (info.dataType() != null && info.dataType().equals(new QName("http://www.alfresco.org/model/dictionary/1.0", "content"))
                && property.multiple()) {
            problem(property.line(), "property " + property.name() + " is d:content and multiple: a content property holds one value");
        }
        List<ConstraintRule> rules = constraintsOf(property.constraints(), property.name());
        properties.put(name, new PropertyInfo(info.name(), info.prefixed(), info.container(), info.dataType(), info.multiple(),
                info.mandatory(), info.mandatoryEnforced(), rules));
        if (property.defaultValue() != null && info.dataType() != null) {
            checkDefault(property.defaultValue(), property.defaultLine(), property.name(), info.dataType(), rules, property.constraints());
        }
    }

    private void overrideDependencies(ClassDef def, ClassInfo owner, PropertyOverride override) {
        QName name = quietName(override.name());
        if (name == null || owner == null || owner.ownProperties().contains(name)) {
            return;
        }
        PropertyInfo overridden = properties.containsKey(name) ? properties.get(name) : dictionary.properties.get(name);
        if (overridden == null) {
            problem(override.line(), def.name() + " overrides " + override.name() + ", which is not a property of this model or a loaded one");
            return;
        }
        PropertyInfo inherited = owner.parent() == null ? null : inheritedProperties(owner.parent()).get(name);
        if (inherited == null) {
            problem(override.line(), def.name() + " overrides " + override.name() + ", which its parent "
                    + (def.parent() == null ? "(it has none)" : def.parent().name()) + " does not have: the repository would ignore the override");
            return;
        }
        if (override.mandatory() != null && inherited.mandatory()) {
            if (!override.mandatory()) {
                problem(override.line(), def.name() + " makes " + override.name() + " optional: an override cannot relax a mandatory property");
            } else if (override.mandatoryEnforced() != null && !override.mandatoryEnforced() && inherited.mandatoryEnforced()) {
                problem(override.line(), def.name() + " stops enforcing " + override.name() + ": an override cannot relax an enforced mandatory property");
            }
        }
        List<ConstraintRule> rules = override.hasConstraints() ? constraintsOf(override.constraints(), override.name()) : inherited.rules();
        if (override.defaultValue() != null && inherited.dataType() != null) {
            checkDefault(override.defaultValue(), override.defaultLine(), override.name() + " (overridden in " + def.name() + ")",
                    inherited.dataType(), rules, override.hasConstraints() ? override.constraints() : List.of());
        }
    }

    private Map<QName, PropertyInfo> inheritedProperties(QName className) {
        return Dictionary.inheritedProperties(className, this::classInfo,
                p -> properties.containsKey(p) ? properties.get(p) : dictionary.properties.get(p));
    }

    // Phase 4: constraints ----------------------------------------------------------------------------------------

    private List<ConstraintRule> constraintsOf(List<Constraint> list, String propertyName) {
        List<ConstraintRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Constraint constraint : list) {
            if (constraint.name() != null) {
                if (!seen.add(constraint.name())) {
                    problem(constraint.line(), "constraint " + constraint.name() + " is given twice on " + propertyName);
                }
                NamedConstraint named = constraints.get(quietName(constraint.name()));
                if (named != null) {
                    if (resolve(named) != null) {
                        rules.add(named.rule);
                    }
                }
                continue;
            }
            ConstraintRule rule = resolve(constraint, constraint.ref() != null ? "ref " + constraint.ref() + " on " + propertyName
                    : "(unnamed) on " + propertyName);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private ConstraintRule resolve(NamedConstraint named) {
        if (named.resolved) {
            return named.rule;
        }
        if (named.resolving) {
            problem(named.definition.line(), "constraint " + named.prefixed + " refers back to itself through its refs");
            named.resolved = true;
            return null;
        }
        named.resolving = true;
        named.rule = resolve(named.definition, named.prefixed);
        named.resolving = false;
        named.resolved = true;
        return named.rule;
    }

    private ConstraintRule resolve(Constraint constraint, String name) {
        if (constraint.ref() != null && constraint.type() != null) {
            problem(constraint.line(), "constraint " + name + " has both a type and a ref: give one");
            return null;
        }
        if (constraint.ref() == null && constraint.type() == null) {
            problem(constraint.line(), "constraint " + name + " has neither a type nor a ref");
            return null;
        }
        if (constraint.ref() != null) {
            QName ref = name(constraint.ref(), constraint.line(), "constraint ref");
            if (ref == null) {
                return null;
            }
            NamedConstraint local = constraints.get(ref);
            if (local != null) {
                return resolve(local);
            }
            ConstraintInfo loaded = dictionary.constraints.get(ref);
            if (loaded == null) {
                problem(constraint.line(), "constraint ref " + constraint.ref() + " does not resolve: no constraint of that name in this model or a loaded one");
                return null;
            }
            return loaded.rule();
        }
        return ConstraintTypes.build(constraint, name, this::problem);
    }

    private void checkDefault(String value, int line, String propertyName, QName dataType, List<ConstraintRule> rules, List<Constraint> own) {
        if (value.contains("${")) {
            return; // a placeholder the repository fills from its global properties when it reads the default
        }
        String type = dataType.localName();
        String reason = switch (type) {
            case "int" -> parses(() -> Integer.parseInt(value.trim()), "a whole number (d:int)");
            case "long" -> parses(() -> Long.parseLong(value.trim()), "a whole number (d:long)");
            case "float", "double" -> parses(() -> Double.parseDouble(value.trim()), "a number (d:" + type + ")");
            case "boolean" -> value.trim().equals("true") || value.trim().equals("false") ? null
                    : "the repository reads anything but 'true' as false for a d:boolean";
            case "date", "datetime" -> isIsoDate(value.trim()) ? null : "not an ISO 8601 date (d:" + type + ")";
            default -> null;
        };
        if (reason != null) {
            problem(line, "the default value '" + value + "' of " + propertyName + ": " + reason);
            return;
        }
        for (ConstraintRule rule : rules) {
            rule.refuses(value).ifPresent(why -> problem(line, "the default value of " + propertyName + " breaks its own constraint: " + why));
        }
    }

    private static String parses(Runnable parse, String expected) {
        try {
            parse.run();
            return null;
        } catch (NumberFormatException e) {
            return "not " + expected;
        }
    }

    private static boolean isIsoDate(String value) {
        for (java.util.function.Consumer<String> parse : List.<java.util.function.Consumer<String>>of(LocalDate::parse,
                LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                parse.accept(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    // Registration ------------------------------------------------------------------------------------------------

    private void register() {
        for (Namespace n : model.namespaces()) {
            dictionary.modelOfUri.put(n.uri(), model.name());
            dictionary.uriOfPrefix.put(n.prefix(), n.uri());
        }
        if (modelName != null) {
            dictionary.models.put(modelName, new Dictionary.ModelInfo(model.name(), modelName, model.file()));
        }
        dictionary.dataTypes.putAll(dataTypes);
        dictionary.classes.putAll(classes);
        dictionary.properties.putAll(properties);
        dictionary.associations.putAll(associations);
        for (Map.Entry<QName, NamedConstraint> c : constraints.entrySet()) {
            dictionary.constraints.put(c.getKey(), new ConstraintInfo(c.getKey(), c.getValue().prefixed, c.getValue().rule, model.name()));
        }
    }

    // Helpers -----------------------------------------------------------------------------------------------------

    private ClassInfo classInfo(QName name) {
        return classes.containsKey(name) ? classes.get(name) : dictionary.classes.get(name);
    }

    private String describe(QName className) {
        ClassInfo info = classInfo(className);
        return info == null ? className.toString() : info.prefixed() + " of the model " + info.model();
    }

    private void problem(int line, String message) {
        problems.add(new Problem(model.file(), line, message));
    }
}
