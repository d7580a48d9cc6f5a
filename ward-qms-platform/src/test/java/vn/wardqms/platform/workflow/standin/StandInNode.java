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
 * {@code getDirectPermissions}, {@code owner}; for the records behaviours also {@code id}, {@code nodeRef},
 * {@code sourceAssocs}, {@code createNode(name, type, properties)}, {@code createFolder(name)}.
 * <p>
 * Changes go through the node service's order of events (DbNodeServiceImpl): for a property change, the aspects the
 * new properties need are added and the values set, then onUpdateProperties, then onAddAspect for each aspect added;
 * removing an aspect fires beforeRemoveAspect first. Each change is a transaction of its own unless one is running
 * (StandInRepository.transaction): if a behaviour refuses it, nothing of it stays.
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

    /** As NodeService.hasAspect: sys:pendingDelete while a deletion is removing the node (DbNodeServiceImpl). */
    public boolean hasAspect(String aspect) {
        if ("sys:pendingDelete".equals(aspect)) {
            return repository.isPendingDelete(this);
        }
        return aspects.contains(aspect) || repository.model().typeHasAspect(type, aspect);
    }

    /** ScriptNode.size: the content's size (here its length in characters), 0 without content. */
    public long getSize() {
        Object content = stored.get("cm:content");
        return content == null ? 0 : content.toString().length();
    }

    /** ScriptNode.addAspect: NodeService.addAspect without properties (the aspect's defaults). */
    public boolean addAspect(String aspect) {
        addAspect(aspect, Map.of());
        return true;
    }

    /** NodeService.addAspect(node, aspect, properties), as the current user (Write). */
    void addAspect(String aspect, Map<String, Object> properties) {
        repository.transaction(() -> {
            repository.requirePermission(this, "Write");
            repository.model().requireAspect(aspect);
            QNameMap values = new QNameMap(stored);
            values.putAll(properties);
            write(values, List.of(aspect), true);
            return null;
        });
    }

    /**
     * NodeService.removeAspect, as the current user (Write): beforeRemoveAspect while the aspect and its properties are
     * still there, then both go, onUpdateProperties if properties went, onRemoveAspect.
     */
    public boolean removeAspect(String aspect) {
        return repository.transaction(() -> {
            repository.requirePermission(this, "Write");
            if (!aspects.contains(aspect)) {
                return false;
            }
            repository.fireAspectPolicy("beforeRemoveAspect", this, aspect);
            Map<StandInNativeMap.FullQName, Object> before = repository.propertyMap(this);
            aspects.remove(aspect);
            boolean removed = repository.model().propertiesOf(aspect).stream().filter(stored::containsKey).toList().size() > 0;
            repository.model().propertiesOf(aspect).forEach(stored::remove);
            working = null;
            if (removed) {
                touch();
                repository.fireClassPolicy("onUpdateProperties", this, this, new StandInNativeMap(before),
                        new StandInNativeMap(repository.propertyMap(this)));
            }
            repository.fireAspectPolicy("onRemoveAspect", this, aspect);
            return true;
        });
    }

    public void save() {
        if (working == null) {
            return;
        }
        QNameMap values = working;
        repository.transaction(() -> {
            repository.requirePermission(this, "Write");
            write(values, List.of(), true);
            return null;
        });
    }

    /** Keeps the working copy without firing anything (a node being created). */
    void store() {
        if (working != null) {
            write(working, List.of(), false);
        }
    }

    /**
     * The node service's write (DbNodeServiceImpl.addAspectsAndProperties), below the permission checks: the values
     * checked against the model, the aspects requested or needed by the values added (with their mandatory aspects and
     * defaults), cm:name kept as the node's name; then, when {@code fire}, the auditable stamps, onUpdateProperties if a
     * value changed and onAddAspect for each aspect added.
     */
    private void write(QNameMap values, List<String> requestedAspects, boolean fire) {
        java.util.Set<String> needed = new LinkedHashSet<>(requestedAspects);
        QNameMap checked = repository.model().check(this, values, needed);
        Map<StandInNativeMap.FullQName, Object> before = repository.propertyMap(this);
        java.util.Set<String> added = new LinkedHashSet<>();
        for (String aspect : needed) {
            addWithMandatory(aspect, added);
        }
        Object newName = checked.remove("cm:name");
        stored.clear();
        stored.putAll(checked);
        aspects.addAll(added);
        for (String aspect : added) {
            repository.model().applyDefaults(aspect, stored);
        }
        if (newName != null) {
            name = newName.toString();
        }
        working = null;
        repository.saved(this);
        if (!fire) {
            return;
        }
        Map<StandInNativeMap.FullQName, Object> after = repository.propertyMap(this);
        if (!before.equals(after)) {
            touch();
            repository.fireClassPolicy("onUpdateProperties", this, this, new StandInNativeMap(before),
                    new StandInNativeMap(repository.propertyMap(this)));
        }
        for (String aspect : added) {
            repository.fireAspectPolicy("onAddAspect", this, aspect);
        }
    }

    private void addWithMandatory(String aspect, java.util.Set<String> added) {
        if (!hasAspect(aspect) && added.add(aspect)) {
            repository.model().mandatoryAspects(aspect).forEach(a -> addWithMandatory(a, added));
        }
    }

    /** cm:auditable: every change stamps when and who (the fully authenticated user, AuditablePropertiesEntity). */
    void touch() {
        stored.put("cm:modified", new java.util.Date());
        String who = repository.authenticatedUser() != null ? repository.authenticatedUser() : repository.currentUser();
        if (who != null) {
            stored.put("cm:modifier", who);
        }
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

    /** NodeService.removeAssociation as the current user (Write): onDeleteAssociation if there was one. */
    public void removeAssociation(StandInNode target, String association) {
        repository.transaction(() -> {
            repository.requirePermission(this, "Write");
            if (associations.getOrDefault(association, new ArrayList<>()).remove(target)) {
                repository.firePeerAssociationPolicy("onDeleteAssociation", this, target, association);
            }
            return null;
        });
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
        return repository.transaction(() -> copyInTransaction(destination));
    }

    private StandInNode copyInTransaction(StandInNode destination) {
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
        // The copy is made first (its onUpdateProperties from nothing), then its links, each with onCreateAssociation
        // (CopyServiceImpl.copyPendingAssociations, through the node service).
        repository.created(copy);
        associations.forEach((name, targets) -> {
            copy.associations.put(name, new ArrayList<>(targets));
            targets.forEach(target -> repository.firePeerAssociationPolicy("onCreateAssociation", copy, target, name));
        });
        return copy;
    }

    /** ScriptNode.displayPath: the names of the folders above it, from the root, as "/Company Home/…". */
    public String getDisplayPath() {
        StringBuilder path = new StringBuilder();
        for (StandInNode n = parent; n != null; n = n.parent) {
            path.insert(0, "/" + n.name);
        }
        return path.toString();
    }

    /** The node's id, the last part of its reference. */
    public String getId() {
        return nodeRef.substring(nodeRef.lastIndexOf('/') + 1);
    }

    /** Source associations: association name to a script array of the nodes pointing at this one. */
    public Map<String, Object> getSourceAssocs() {
        QNameMap assocs = new QNameMap();
        repository.sourcesOf(this).forEach((name, sources) -> assocs.put(name, RhinoScripts.toScript(sources)));
        return assocs;
    }

    /** ScriptNode.createNode(name, type, properties): a child made as the current user (CreateChildren on this node). */
    public StandInNode createNode(String childName, String childType, Object properties) {
        repository.requirePermission(this, "AddChildren");
        Map<String, Object> values = new LinkedHashMap<>();
        if (properties instanceof org.mozilla.javascript.Scriptable object) {
            for (Object id : object.getIds()) {
                values.put(id.toString(), StandInModel.jsToJava(object.get(id.toString(), object)));
            }
        }
        return repository.create(this, childType, childName, values);
    }

    /** ScriptNode.createFolder(name): a cm:folder made as the current user. */
    public StandInNode createFolder(String folderName) {
        repository.requirePermission(this, "AddChildren");
        return repository.create(this, "cm:folder", folderName, Map.of());
    }

    /** NodeService.createAssociation as the current user (Write), then onCreateAssociation (DbNodeServiceImpl). */
    public StandInNode createAssociation(StandInNode target, String association) {
        return repository.transaction(() -> {
            repository.requirePermission(this, "Write");
            repository.model().checkAssociation(this, target, association);
            List<StandInNode> targets = associations.computeIfAbsent(association, a -> new ArrayList<>());
            if (!repository.model().associationIsMany(association) && !targets.isEmpty()) {
                throw new IllegalStateException("integrity: " + association + " allows one target and " + name + " has one");
            }
            targets.add(target);
            repository.firePeerAssociationPolicy("onCreateAssociation", this, target, association);
            return this;
        });
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

    /** The names of the saved properties. */
    List<String> storedNames() {
        return new ArrayList<>(stored.keySet());
    }

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

    void removeChild(StandInNode child) {
        children.remove(child);
    }

    void setParent(StandInNode parent) {
        this.parent = parent;
    }

    Map<String, List<StandInNode>> associations() {
        return associations;
    }

    /** What a transaction restores if it fails. */
    record State(String type, String name, StandInNode parent, Set<String> aspects, QNameMap stored,
                 Map<String, List<StandInNode>> associations, List<StandInNode> children, List<StandInSecurity.Entry> entries,
                 boolean inherits) {
    }

    State capture() {
        Map<String, List<StandInNode>> assocs = new LinkedHashMap<>();
        associations.forEach((k, v) -> assocs.put(k, new ArrayList<>(v)));
        return new State(type, name, parent, new LinkedHashSet<>(aspects), new QNameMap(stored), assocs, new ArrayList<>(children),
                new ArrayList<>(entries), inherits);
    }

    void restore(State state) {
        type = state.type();
        name = state.name();
        parent = state.parent();
        aspects.clear();
        aspects.addAll(state.aspects());
        stored.clear();
        stored.putAll(state.stored());
        associations.clear();
        associations.putAll(state.associations());
        children.clear();
        children.addAll(state.children());
        entries.clear();
        entries.addAll(state.entries());
        inherits = state.inherits();
        working = null;
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
