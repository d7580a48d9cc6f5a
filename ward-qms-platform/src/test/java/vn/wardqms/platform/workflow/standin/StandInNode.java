package vn.wardqms.platform.workflow.standin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A repository node as a workflow script sees it (the repository's ScriptNode / ActivitiScriptNode), for tests.
 * Only the part of the ScriptNode API that the module's scripts use: {@code properties}, {@code hasAspect},
 * {@code addAspect}, {@code removeAspect}, {@code save}, {@code children}, {@code parent}, {@code name},
 * {@code typeShort}, {@code isSubType}, {@code siteShortName}, {@code childByNamePath}, {@code copy}, {@code assocs},
 * {@code createAssociation}, {@code removeAssociation}, {@code addNode}, {@code removeNode}, {@code exists}, and the
 * security API: {@code hasPermission}, {@code inheritsPermissions},
 * {@code setInheritsPermissions}, {@code setPermission}, {@code removePermission}, {@code getPermissions},
 * {@code getDirectPermissions}, {@code owner}.
 * <p>
 * As in the repository, property changes made through {@code properties} are only kept when {@code save()} is
 * called, and are checked then against the content model (type, aspect, data type, multiplicity, constraints).
 * Read in a script, multi-valued properties are script arrays and dates script Dates (ValueConverter). Changes need
 * the current user's permission: Write for properties, aspects and associations, ChangePermissions for permissions,
 * Read on the source and AddChildren on the destination of a copy (the public services' security interceptors).
 */
public final class StandInNode {
    private final StandInRepository repository;
    private final String nodeRef;
    private String type;
    private String name;
    private StandInNode parent;
    private final Set<String> aspects = new LinkedHashSet<>();
    private final QNameMap stored = new QNameMap();
    private final Map<String, List<StandInNode>> associations = new LinkedHashMap<>();
    private final List<StandInNode> children = new ArrayList<>();
    private final List<StandInSecurity.Entry> entries = new ArrayList<>();
    private boolean inherits = true;
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
            working.replaceAll((name, value) -> RhinoScripts.toScript(value));
        }
        return working;
    }

    public boolean hasAspect(String aspect) {
        return aspects.contains(aspect) || repository.model().typeHasAspect(type, aspect);
    }

    public boolean addAspect(String aspect) {
        repository.requirePermission(this, "Write");
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
        repository.requirePermission(this, "Write");
        boolean removed = aspects.remove(aspect);
        repository.model().propertiesOf(aspect).forEach(stored::remove);
        working = null;
        return removed;
    }

    public void save() {
        if (working == null) {
            return;
        }
        repository.requirePermission(this, "Write");
        store();
    }

    /** Keeps the working copy, checked against the model (the node service itself, below the permission checks). */
    void store() {
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

    /** The short name of the site the node is in (the path element after st:sites), or null. */
    public String getSiteShortName() {
        for (StandInNode n = this; n != null && n.parent != null; n = n.parent) {
            if ("st:sites".equals(n.parent.type)) {
                return n.name;
            }
        }
        return null;
    }

    /** The descendant at a cm:name path such as "Dự thảo" or "A/B", or null. */
    public StandInNode childByNamePath(String path) {
        StandInNode node = this;
        for (String name : path.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            node = node.children.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
            if (node == null) {
                return null;
            }
        }
        return node == this ? null : node;
    }

    /** Target associations: association name (prefixed names work, as in the repository) to a script array of nodes. */
    public Map<String, Object> getAssocs() {
        QNameMap assocs = new QNameMap();
        associations.forEach((name, targets) -> {
            if (!targets.isEmpty()) {
                assocs.put(name, RhinoScripts.toScript(new ArrayList<>(targets)));
            }
        });
        return assocs;
    }

    public void removeAssociation(StandInNode target, String association) {
        repository.requirePermission(this, "Write");
        associations.getOrDefault(association, new ArrayList<>()).remove(target);
    }

    /** The node's type is {@code other} or a subtype of it. */
    public boolean isSubType(String other) {
        return repository.model().isSubtype(type, other);
    }

    // ---- Security API (ScriptNode) -------------------------------------------------------------------

    public boolean hasPermission(String permission) {
        return repository.hasPermission(this, repository.currentUser(), permission);
    }

    public boolean inheritsPermissions() {
        return inherits;
    }

    public void setInheritsPermissions(boolean inherit) {
        repository.requirePermission(this, "ChangePermissions");
        this.inherits = inherit;
    }

    public void setPermission(String permission, String authority) {
        repository.requirePermission(this, "ChangePermissions");
        addEntry(authority, permission);
    }

    public void removePermission(String permission, String authority) {
        repository.requirePermission(this, "ChangePermissions");
        entries.remove(new StandInSecurity.Entry(authority, permission));
    }

    /** "ALLOWED;authority;permission" for every entry that applies, inherited ones included. */
    public Object getPermissions() {
        return RhinoScripts.toScript(StandInSecurity.effectiveEntries(this).stream().distinct()
                .map(e -> "ALLOWED;" + e.authority() + ";" + e.role()).toList());
    }

    /** "ALLOWED;authority;permission" for the entries set on this node itself. */
    public Object getDirectPermissions() {
        return RhinoScripts.toScript(entries.stream().map(e -> "ALLOWED;" + e.authority() + ";" + e.role()).toList());
    }

    /** OwnableService.getOwner: cm:owner if set, else the creator. */
    public String getOwner() {
        return owner();
    }

    public boolean exists() {
        return repository.exists(this);
    }

    /**
     * CopyService.copyAndRename: same type, aspects and properties (not cm:ownable, and the creator is the current
     * user), a new name if the folder has one already; the permissions set on the source and its inheritance flag
     * are copied too (CopyServiceImpl.copyPermissions).
     */
    public StandInNode copy(StandInNode destination) {
        repository.requirePermission(this, "Read");
        repository.requirePermission(destination, "AddChildren");
        StandInNode copy = repository.copyOf(this, destination);
        copy.aspects.addAll(aspects);
        Object creator = copy.stored.get("cm:creator");
        copy.stored.putAll(stored);
        copy.stored.remove("cm:owner");
        copy.stored.put("cm:creator", creator);
        copy.entries.addAll(entries);
        copy.inherits = inherits;
        // Peer associations are copied to the same targets (DefaultCopyBehaviourCallback: COPY_REMOVE_EXISTING,
        // USE_COPIED_OTHERWISE_ORIGINAL_TARGET); their cardinality is checked at commit, by the test.
        associations.forEach((name, targets) -> copy.associations.put(name, new ArrayList<>(targets)));
        repository.created(copy);
        return copy;
    }

    public StandInNode createAssociation(StandInNode target, String association) {
        repository.requirePermission(this, "Write");
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

    /** The owner: cm:owner, else cm:creator (null for nodes made by the system). */
    String owner() {
        Object owner = stored.get("cm:owner");
        if (owner == null) {
            owner = stored.get("cm:creator");
        }
        return owner == null ? null : owner.toString();
    }

    List<StandInSecurity.Entry> directEntries() {
        return List.copyOf(entries);
    }

    void setType(String type) {
        this.type = type;
    }

    void setInherits(boolean inherit) {
        this.inherits = inherit;
    }

    void addEntry(String authority, String role) {
        if (!StandInSecurity.ROLES.containsKey(role)) {
            throw new IllegalArgumentException("unknown permission " + role + ": the QMS uses " + StandInSecurity.ROLES.keySet());
        }
        StandInSecurity.Entry entry = new StandInSecurity.Entry(authority, role);
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
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
