package vn.wardqms.platform.workflow.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A repository node as a workflow script sees it (the repository's ScriptNode / ActivitiScriptNode), for tests.
 * Only the part of the ScriptNode API that workflow/qms-document.js uses: {@code properties}, {@code hasAspect},
 * {@code addAspect}, {@code removeAspect}, {@code save}, {@code children}, {@code parent}, {@code name},
 * {@code copy}, {@code createAssociation}, {@code addNode}, {@code removeNode}, {@code exists}.
 * <p>
 * As in the repository, property changes made through {@code properties} are only kept when {@code save()} is
 * called, and are checked then against the content model (type, aspect, data type, multiplicity, constraints).
 */
public final class StandInNode {
    private final StandInRepository repository;
    private final String nodeRef;
    private final String type;
    private String name;
    private StandInNode parent;
    private final Set<String> aspects = new LinkedHashSet<>();
    private final QNameMap stored = new QNameMap();
    private final Map<String, List<StandInNode>> associations = new LinkedHashMap<>();
    private final List<StandInNode> children = new ArrayList<>();
    private QNameMap working;

    StandInNode(StandInRepository repository, String nodeRef, String type, String name, StandInNode parent) {
        this.repository = repository;
        this.nodeRef = nodeRef;
        this.type = type;
        this.name = name;
        this.parent = parent;
    }

    // ---- ScriptNode API used by the scripts ------------------------------------------------------------

    /** Working copy of the properties; changes are kept by {@link #save()}. */
    public Map<String, Object> getProperties() {
        if (working == null) {
            working = new QNameMap(stored);
        }
        return working;
    }

    public boolean hasAspect(String aspect) {
        return aspects.contains(aspect) || repository.model().typeHasAspect(type, aspect);
    }

    public boolean addAspect(String aspect) {
        repository.model().requireAspect(aspect);
        if (!hasAspect(aspect)) {
            aspects.add(aspect);
            repository.model().applyDefaults(aspect, stored);
            for (String mandatory : repository.model().mandatoryAspects(aspect)) {
                addAspect(mandatory);
            }
            working = null;
        }
        return true;
    }

    public boolean removeAspect(String aspect) {
        boolean removed = aspects.remove(aspect);
        repository.model().propertiesOf(aspect).forEach(stored::remove);
        working = null;
        return removed;
    }

    public void save() {
        if (working == null) {
            return;
        }
        QNameMap checked = repository.model().check(this, working);
        stored.clear();
        stored.putAll(checked);
        working = null;
        repository.saved(this);
    }

    public StandInNode[] getChildren() {
        return children.toArray(new StandInNode[0]);
    }

    public StandInNode getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public String getNodeRef() {
        return nodeRef;
    }

    public String getTypeShort() {
        return type;
    }

    public boolean exists() {
        return repository.exists(this);
    }

    /** CopyService.copyAndRename: same type, aspects and properties, a new name if the folder has one already. */
    public StandInNode copy(StandInNode destination) {
        StandInNode copy = repository.copyOf(this, destination);
        copy.aspects.addAll(aspects);
        copy.stored.putAll(stored);
        return copy;
    }

    public StandInNode createAssociation(StandInNode target, String association) {
        repository.model().checkAssociation(this, target, association);
        List<StandInNode> targets = associations.computeIfAbsent(association, a -> new ArrayList<>());
        if (!repository.model().associationIsMany(association) && !targets.isEmpty()) {
            throw new IllegalStateException("integrity: " + association + " allows one target and " + name + " has one");
        }
        targets.add(target);
        return this;
    }

    /** Package API (bpm:package): add or remove an item. */
    public void addNode(StandInNode node) {
        requirePackage();
        children.add(node);
    }

    public void removeNode(StandInNode node) {
        requirePackage();
        children.remove(node);
    }

    // ---- Test side: what the repository holds -------------------------------------------------------------

    /** The saved value of a property (not the script's unsaved working copy). */
    public Object property(String qname) {
        return stored.get(qname);
    }

    public Set<String> aspects() {
        Set<String> all = new LinkedHashSet<>(repository.model().typeMandatoryAspects(type));
        all.addAll(aspects);
        return all;
    }

    public List<StandInNode> targets(String association) {
        return associations.getOrDefault(association, List.of());
    }

    void setProperty(String qname, Object value) {
        stored.put(qname, value);
    }

    void addChild(StandInNode child) {
        children.add(child);
    }

    void discardWorkingCopy() {
        working = null;
    }

    private void requirePackage() {
        if (!"bpm:package".equals(type)) {
            throw new IllegalStateException(name + " is not a workflow package");
        }
    }

    @Override
    public String toString() {
        return type + " " + name + " (" + nodeRef + ")";
    }
}
