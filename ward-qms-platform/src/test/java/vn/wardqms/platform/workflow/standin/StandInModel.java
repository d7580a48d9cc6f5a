package vn.wardqms.platform.workflow.standin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

import vn.wardqms.checks.ModelFacts;
import vn.wardqms.checks.ModelFacts.ClassFact;
import vn.wardqms.checks.ModelFacts.ConstraintFact;
import vn.wardqms.checks.ModelFacts.PropertyFact;

/**
 * What the repository's node service and integrity checker enforce on qms properties, read from the shipped
 * qmsModel.xml: a property belongs to the node's type or one of its aspects (setting an aspect's property adds the
 * aspect, as the node service does), values convert to the declared data type, single and multiple values are not
 * mixed, and LIST, REGEX and MINMAX constraints hold. Properties outside the qms namespace are taken as given.
 */
final class StandInModel {
    private final ModelFacts model;
    /** The built-in models' types (contentModel.xml, systemModel.xml from ../shared): where a qms type sits below cm:cmobject. */
    private final List<ModelFacts> builtIn;
    /** Built-in types of models not in ../shared, with their parents (siteModel.xml: st:site, st:sites are cm:folder). */
    private static final Map<String, String> OTHER_BUILT_IN_PARENTS = Map.of("st:site", "cm:folder", "st:sites", "cm:folder");

    StandInModel(ModelFacts model) {
        this.model = model;
        java.nio.file.Path models = vn.wardqms.checks.SharedContracts.dir().resolve("alfresco/model");
        this.builtIn = List.of(ModelFacts.read(models.resolve("contentModel.xml")), ModelFacts.read(models.resolve("systemModel.xml")));
    }

    /** A type's parent, in the module's model or a built-in one; null at the top. */
    private String parentOf(String type) {
        Optional<ClassFact> own = model.classNamed(type);
        if (own.isPresent()) {
            return own.get().parent();
        }
        for (ModelFacts facts : builtIn) {
            Optional<ClassFact> c = facts.classNamed(type);
            if (c.isPresent()) {
                return c.get().parent();
            }
        }
        return OTHER_BUILT_IN_PARENTS.get(type);
    }

    boolean typeHasAspect(String type, String aspect) {
        return typeMandatoryAspects(type).contains(aspect);
    }

    Set<String> typeMandatoryAspects(String type) {
        Set<String> aspects = new LinkedHashSet<>();
        for (String t = type; t != null; t = model.classNamed(t).map(ClassFact::parent).orElse(null)) {
            model.classNamed(t).ifPresent(c -> c.mandatoryAspects().forEach(a -> addWithMandatory(a, aspects)));
        }
        return aspects;
    }

    boolean isSubtype(String type, String of) {
        for (String t = type; t != null; t = parentOf(t)) {
            if (t.equals(of)) {
                return true;
            }
        }
        return false;
    }

    void requireAspect(String aspect) {
        if (aspect.startsWith("qms:") && model.classNamed(aspect).filter(c -> c.kind() == ModelFacts.Kind.ASPECT).isEmpty()) {
            throw new IllegalArgumentException("no such aspect in the content model: " + aspect);
        }
    }

    List<String> mandatoryAspects(String aspect) {
        return model.classNamed(aspect).map(ClassFact::mandatoryAspects).orElse(List.of());
    }

    List<String> propertiesOf(String className) {
        return model.classNamed(className).map(c -> c.properties().stream().map(PropertyFact::name).toList()).orElse(List.of());
    }

    void applyDefaults(String className, Map<String, Object> values) {
        model.classNamed(className).ifPresent(c -> c.properties().stream()
                .filter(p -> p.defaultValue() != null && values.get(p.name()) == null)
                .forEach(p -> values.put(p.name(), convert(p, p.defaultValue()))));
    }

    /**
     * Validates a working copy for {@code node}; returns the converted values to store. A property of an aspect the node
     * lacks adds that aspect to {@code aspectsToAdd} (the node service adds it with the property); aspects already in
     * that list count as the node's.
     */
    QNameMap check(StandInNode node, Map<String, Object> working, java.util.Collection<String> aspectsToAdd) {
        QNameMap result = new QNameMap();
        for (Map.Entry<String, Object> e : working.entrySet()) {
            String name = e.getKey();
            Object value = jsToJava(e.getValue());
            if (!name.startsWith("qms:")) {
                result.put(name, value);
                continue;
            }
            PropertyFact property = model.property(name)
                    .orElseThrow(() -> new IllegalStateException("integrity: no property " + name + " in the content model"));
            ClassFact owner = ownerOf(name);
            boolean applies = isSubtype(node.getTypeShort(), owner.name()) || node.hasAspect(owner.name())
                    || aspectsToAdd.contains(owner.name());
            if (!applies) {
                if (owner.kind() != ModelFacts.Kind.ASPECT) {
                    throw new IllegalStateException("integrity: " + name + " belongs to type " + owner.name()
                            + ", not to " + node.getTypeShort());
                }
                aspectsToAdd.add(owner.name());
            }
            result.put(name, value == null ? null : checkValue(property, value));
        }
        return result;
    }

    void checkAssociation(StandInNode source, StandInNode target, String association) {
        ClassFact owner = model.classes().stream()
                .filter(c -> c.associations().stream().anyMatch(a -> a.name().equals(association))).findFirst()
                .orElseThrow(() -> new IllegalStateException("integrity: no association " + association + " in the content model"));
        if (!isSubtype(source.getTypeShort(), owner.name()) && !source.hasAspect(owner.name())) {
            throw new IllegalStateException("integrity: " + association + " does not apply to " + source.getTypeShort());
        }
        String targetClass = owner.associations().stream().filter(a -> a.name().equals(association)).findFirst().orElseThrow().targetClass();
        if (!isSubtype(target.getTypeShort(), targetClass)) {
            throw new IllegalStateException("integrity: " + association + " must point at a " + targetClass + ", not " + target);
        }
    }

    boolean associationIsMany(String association) {
        return model.associations().stream().filter(a -> a.name().equals(association)).findFirst()
                .map(ModelFacts.AssociationFact::targetMany).orElse(true);
    }

    private Object checkValue(PropertyFact property, Object value) {
        if (property.multiple()) {
            if (!(value instanceof Collection<?> values)) {
                throw new IllegalStateException("integrity: " + property.name() + " takes a list of values");
            }
            List<Object> converted = new ArrayList<>();
            for (Object v : values) {
                converted.add(checkSingle(property, v));
            }
            return converted;
        }
        if (value instanceof Collection<?>) {
            throw new IllegalStateException("integrity: " + property.name() + " takes a single value, not " + value);
        }
        return checkSingle(property, value);
    }

    private Object checkSingle(PropertyFact property, Object value) {
        Object converted = convert(property, value);
        List<ConstraintFact> constraints = new ArrayList<>(property.inlineConstraints());
        property.constraintRefs().forEach(ref -> constraints.add(model.constraintNamed(ref).orElseThrow()));
        for (ConstraintFact c : constraints) {
            switch (c.type()) {
                case "LIST" -> {
                    if (!c.listValues().contains(converted.toString())) {
                        throw new IllegalStateException("integrity: " + property.name() + " = '" + converted + "' is not in " + c.listValues());
                    }
                }
                case "REGEX" -> {
                    if (!Pattern.compile(c.parameter("expression").orElseThrow()).matcher(converted.toString()).matches()) {
                        throw new IllegalStateException("integrity: " + property.name() + " = '" + converted + "' does not match " + c.name());
                    }
                }
                case "MINMAX" -> {
                    double n = ((Number) converted).doubleValue();
                    if (n < Double.parseDouble(c.parameter("minValue").orElseThrow()) || n > Double.parseDouble(c.parameter("maxValue").orElseThrow())) {
                        throw new IllegalStateException("integrity: " + property.name() + " = " + converted + " is out of " + c.name());
                    }
                }
                default -> throw new IllegalStateException("stand-in does not know constraint type " + c.type());
            }
        }
        return converted;
    }

    private Object convert(PropertyFact property, Object value) {
        return switch (property.type()) {
            case "d:text" -> value.toString();
            case "d:int" -> {
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    yield n.intValue();
                }
                if (value instanceof String s && s.matches("-?\\d+")) {
                    yield Integer.parseInt(s);
                }
                throw new IllegalStateException("integrity: " + property.name() + " is a whole number, not " + value);
            }
            case "d:boolean" -> value instanceof Boolean ? value : Boolean.parseBoolean(value.toString());
            case "d:date", "d:datetime" -> {
                if (value instanceof Date) {
                    yield value;
                }
                if (value instanceof String s) {
                    yield Date.from(Instant.parse(s));
                }
                throw new IllegalStateException("integrity: " + property.name() + " is a date, not " + value);
            }
            default -> value;
        };
    }

    private ClassFact ownerOf(String property) {
        return model.classes().stream().filter(c -> c.properties().stream().anyMatch(p -> p.name().equals(property)))
                .findFirst().orElseThrow();
    }

    private void addWithMandatory(String aspect, Set<String> aspects) {
        if (aspects.add(aspect)) {
            mandatoryAspects(aspect).forEach(a -> addWithMandatory(a, aspects));
        }
    }

    /** What the repository's script value converter does with values a script assigns to properties. */
    static Object jsToJava(Object value) {
        if (value == null || value instanceof Undefined) {
            return null;
        }
        if (value instanceof NativeArray array) {
            List<Object> list = new ArrayList<>();
            for (Object item : array) {
                list.add(jsToJava(item));
            }
            return list;
        }
        if (value instanceof Scriptable s && "Date".equals(s.getClassName())) {
            return Context.jsToJava(s, Date.class);
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof org.mozilla.javascript.Wrapper wrapper) {
            return wrapper.unwrap();
        }
        if (value instanceof ScriptableObject) {
            throw new IllegalStateException("a script object cannot be stored as a property value: " + value);
        }
        return value;
    }

    Optional<ClassFact> classNamed(String name) {
        return model.classNamed(name);
    }
}
