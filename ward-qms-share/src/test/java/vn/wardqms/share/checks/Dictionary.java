package vn.wardqms.share.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelFacts.ClassFact;
import vn.wardqms.checks.ModelFacts.Kind;
import vn.wardqms.checks.ModelFacts.PropertyFact;

/**
 * The data dictionary a Share form is resolved against: our content and task models plus the built-in models they
 * extend, read from their XML. A class's fields are its own, its parents' and those of its mandatory aspects, as the
 * repository's form service lists them.
 */
public final class Dictionary {
    /** Aspects the repository's node service gives every node, whatever its type declares. */
    private static final List<String> IMPLICIT_ASPECTS = List.of("cm:auditable", "sys:referenceable", "sys:localized");

    private final ModelFacts content;
    private final ModelFacts tasks;
    private final Map<String, ClassFact> classes = new LinkedHashMap<>();
    private final Map<String, ModelFacts> modelOf = new LinkedHashMap<>();

    private Dictionary(ModelFacts content, ModelFacts tasks, List<ModelFacts> builtIn) {
        this.content = content;
        this.tasks = tasks;
        for (ModelFacts m : builtIn) {
            add(m);
        }
        add(content);
        add(tasks);
    }

    public static Dictionary of(Path contentModel, Path taskModel, List<Path> builtInModels) {
        return new Dictionary(ModelFacts.read(contentModel), ModelFacts.read(taskModel),
                builtInModels.stream().map(ModelFacts::read).toList());
    }

    private void add(ModelFacts model) {
        for (ClassFact c : model.classes()) {
            classes.put(c.name(), c);
            modelOf.put(c.name(), model);
        }
    }

    /** The qms content model. */
    public ModelFacts contentModel() {
        return content;
    }

    /** The qmswf task model. */
    public ModelFacts taskModel() {
        return tasks;
    }

    public Optional<ClassFact> classNamed(String name) {
        return Optional.ofNullable(classes.get(name));
    }

    public boolean isType(String name) {
        return classNamed(name).map(c -> c.kind() == Kind.TYPE).orElse(false);
    }

    public boolean isAspect(String name) {
        return classNamed(name).map(c -> c.kind() == Kind.ASPECT).orElse(false);
    }

    /** Every property and association name a node of this class has (parents, mandatory aspects, implicit aspects). */
    public Set<String> fieldsOf(String className) {
        Set<String> fields = new LinkedHashSet<>();
        collect(className, fields, new LinkedHashSet<>());
        if (isType(className)) {
            for (String aspect : IMPLICIT_ASPECTS) {
                collect(aspect, fields, new LinkedHashSet<>());
            }
        }
        return fields;
    }

    private void collect(String className, Set<String> fields, Set<String> seen) {
        ClassFact c = classes.get(className);
        if (c == null || !seen.add(className)) {
            return;
        }
        c.properties().forEach(p -> fields.add(p.name()));
        c.associations().forEach(a -> fields.add(a.name()));
        if (c.parent() != null) {
            collect(c.parent(), fields, seen);
        }
        for (String aspect : c.mandatoryAspects()) {
            collect(aspect, fields, seen);
        }
    }

    /** True when a class is the given one or inherits from it. */
    public boolean isSubClassOf(String className, String ancestor) {
        for (String c = className; c != null; c = classes.containsKey(c) ? classes.get(c).parent() : null) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Any property or association of any class. */
    public boolean hasField(String name) {
        return classes.values().stream().anyMatch(c -> c.properties().stream().anyMatch(p -> p.name().equals(name))
                || c.associations().stream().anyMatch(a -> a.name().equals(name)));
    }

    public Optional<PropertyFact> property(String name) {
        return classes.values().stream().flatMap(c -> c.properties().stream()).filter(p -> p.name().equals(name)).findFirst();
    }

    /** The allowed values of a property's LIST constraint, or empty when it has none. */
    public List<String> listValues(String propertyName) {
        Optional<PropertyFact> property = property(propertyName);
        if (property.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String ref : property.get().constraintRefs()) {
            for (ModelFacts m : List.of(content, tasks)) {
                m.constraintNamed(ref).filter(c -> c.type().equals("LIST")).ifPresent(c -> values.addAll(c.listValues()));
            }
        }
        property.get().inlineConstraints().stream().filter(c -> c.type().equals("LIST")).forEach(c -> values.addAll(c.listValues()));
        return values;
    }

    /** The default of an inherited property as a task type overrides it (bpm:outcomePropertyName), walking up the parents. */
    public Optional<String> overriddenDefault(String className, String property) {
        for (String c = className; c != null && classes.containsKey(c); c = classes.get(c).parent()) {
            String value = classes.get(c).overrides().get(property);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Short form (prefix:name) of a {uri}name QName, using the namespaces of our models. */
    public String shortName(String longName) {
        if (!longName.startsWith("{")) {
            return longName;
        }
        String uri = longName.substring(1, longName.indexOf('}'));
        for (ModelFacts m : List.of(content, tasks)) {
            for (Map.Entry<String, String> ns : m.namespaces().entrySet()) {
                if (ns.getValue().equals(uri)) {
                    return ns.getKey() + ":" + longName.substring(longName.indexOf('}') + 1);
                }
            }
        }
        return longName;
    }
}
