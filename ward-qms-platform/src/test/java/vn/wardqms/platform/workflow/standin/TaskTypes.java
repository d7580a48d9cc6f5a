package vn.wardqms.platform.workflow.standin;

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

/**
 * Task types as the repository's workflow code sees them: the "full" type of a form key is the type with its parents
 * and mandatory aspects (dictionaryService.getAnonymousType), read from the repository's own bpmModel.xml and the
 * module's task model. Gives each property's default (overrides included) and what is mandatory.
 */
public final class TaskTypes {
    /** A property or association of a full task type; {@code defaultValue} null when it has none. */
    public record Member(String name, boolean association, boolean mandatory, String defaultValue) {
    }

    private final List<ModelFacts> models;

    public TaskTypes(Path bpmModel, Path taskModel) {
        this.models = List.of(ModelFacts.read(bpmModel), ModelFacts.read(taskModel));
    }

    public boolean knows(String type) {
        return classNamed(type).isPresent();
    }

    /** Members of the full type, most specific definition and override first. */
    public List<Member> members(String type) {
        Map<String, Member> members = new LinkedHashMap<>();
        Map<String, String> overrides = new LinkedHashMap<>();
        Set<String> aspects = new LinkedHashSet<>();
        for (Optional<ClassFact> c = classNamed(type); c.isPresent(); c = c.get().parent() == null ? Optional.empty() : classNamed(c.get().parent())) {
            collect(c.get(), members, overrides);
            aspects.addAll(c.get().mandatoryAspects());
        }
        List<String> pending = new ArrayList<>(aspects);
        for (int i = 0; i < pending.size(); i++) {
            classNamed(pending.get(i)).ifPresent(a -> {
                collect(a, members, overrides);
                a.mandatoryAspects().stream().filter(m -> !pending.contains(m)).forEach(pending::add);
            });
        }
        List<Member> result = new ArrayList<>();
        for (Member m : members.values()) {
            result.add(overrides.containsKey(m.name()) ? new Member(m.name(), m.association(), m.mandatory(), overrides.get(m.name())) : m);
        }
        return result;
    }

    private static void collect(ClassFact c, Map<String, Member> members, Map<String, String> overrides) {
        c.overrides().forEach(overrides::putIfAbsent);
        c.properties().forEach(p -> members.putIfAbsent(p.name(), new Member(p.name(), false, p.mandatory(), p.defaultValue())));
        c.associations().forEach(a -> members.putIfAbsent(a.name(), new Member(a.name(), true, a.targetMandatory(), null)));
    }

    private Optional<ClassFact> classNamed(String name) {
        return models.stream().map(m -> m.classNamed(name)).flatMap(Optional::stream).findFirst();
    }
}
