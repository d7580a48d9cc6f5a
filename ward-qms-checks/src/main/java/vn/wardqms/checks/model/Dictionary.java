package vn.wardqms.checks.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.wardqms.checks.model.ModelFile.Kind;

/**
 * The models loaded so far, as the repository's dictionary holds them after bootstrap: namespaces, data types,
 * classes with their parents and mandatory aspects, properties, associations and named constraints. A model is added
 * only once it compiled without a problem, as the repository would refuse it whole.
 */
public final class Dictionary {

    public record ModelInfo(String name, QName qname, Path file) {
    }

    public record ClassInfo(QName name, String prefixed, Kind kind, QName parent, List<QName> mandatoryAspects,
                            List<QName> ownProperties, List<QName> ownAssociations, String model) {
    }

    public record PropertyInfo(QName name, String prefixed, QName container, QName dataType, boolean multiple, boolean mandatory,
                               boolean mandatoryEnforced, List<ConstraintRule> rules) {
    }

    public record AssociationInfo(QName name, String prefixed, QName source, QName target, boolean child) {
    }

    public record ConstraintInfo(QName name, String prefixed, ConstraintRule rule, String model) {
    }

    final Map<String, String> modelOfUri = new LinkedHashMap<>();
    final Map<String, String> uriOfPrefix = new LinkedHashMap<>();
    final Map<QName, ModelInfo> models = new LinkedHashMap<>();
    final Map<QName, String> dataTypes = new LinkedHashMap<>();
    final Map<QName, ClassInfo> classes = new LinkedHashMap<>();
    final Map<QName, PropertyInfo> properties = new LinkedHashMap<>();
    final Map<QName, AssociationInfo> associations = new LinkedHashMap<>();
    final Map<QName, ConstraintInfo> constraints = new LinkedHashMap<>();

    public Optional<QName> resolve(String prefixed) {
        int colon = prefixed.indexOf(':');
        String prefix = colon < 0 ? "" : prefixed.substring(0, colon);
        String uri = uriOfPrefix.get(prefix);
        return uri == null ? Optional.empty() : Optional.of(new QName(uri, prefixed.substring(colon + 1)));
    }

    public Optional<ClassInfo> classNamed(String prefixed) {
        return resolve(prefixed).map(classes::get);
    }

    public Optional<PropertyInfo> propertyNamed(String prefixed) {
        return resolve(prefixed).map(properties::get);
    }

    public Optional<AssociationInfo> associationNamed(String prefixed) {
        return resolve(prefixed).map(associations::get);
    }

    /** Is {@code name} the class {@code ancestor} or one of its descendants? */
    public boolean isSubClassOf(QName name, QName ancestor) {
        Set<QName> seen = new HashSet<>();
        for (QName at = name; at != null && seen.add(at); ) {
            if (at.equals(ancestor)) {
                return true;
            }
            ClassInfo info = classes.get(at);
            at = info == null ? null : info.parent();
        }
        return false;
    }

    /**
     * Properties a class has through its own definition and its ancestors' (not its mandatory aspects'), over any set
     * of definitions: the dictionary's, or a model's being compiled in front of them.
     */
    static Map<QName, PropertyInfo> inheritedProperties(QName className, Function<QName, ClassInfo> classes,
                                                        Function<QName, PropertyInfo> properties) {
        List<ClassInfo> chain = new ArrayList<>();
        Set<QName> seen = new HashSet<>();
        for (QName at = className; at != null && seen.add(at); ) {
            ClassInfo info = classes.apply(at);
            if (info == null) {
                break;
            }
            chain.add(0, info);
            at = info.parent();
        }
        Map<QName, PropertyInfo> result = new LinkedHashMap<>();
        for (ClassInfo info : chain) {
            info.ownProperties().forEach(p -> result.put(p, properties.apply(p)));
        }
        return result;
    }

    /** Properties and associations a class has, its mandatory aspects' (transitively) included. */
    public Set<QName> fieldsOf(QName className) {
        Set<QName> fields = new HashSet<>();
        Set<QName> seen = new HashSet<>();
        List<QName> todo = new ArrayList<>(List.of(className));
        while (!todo.isEmpty()) {
            QName at = todo.remove(0);
            ClassInfo info = classes.get(at);
            if (info == null || !seen.add(at)) {
                continue;
            }
            fields.addAll(info.ownProperties());
            fields.addAll(info.ownAssociations());
            if (info.parent() != null) {
                todo.add(info.parent());
            }
            todo.addAll(info.mandatoryAspects());
        }
        return fields;
    }
}
