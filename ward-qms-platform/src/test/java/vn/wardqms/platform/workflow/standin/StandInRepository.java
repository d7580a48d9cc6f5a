package vn.wardqms.platform.workflow.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.wardqms.checks.ModelFacts;

/**
 * The part of the repository a workflow script reaches, for tests: nodes (documents, people, packages) checked
 * against the shipped content model, groups and permissions (StandInSecurity), the current user, and the root
 * objects a script gets ({@code people}, {@code groups}). Changes a script makes are checked against the current
 * user's permissions, as the repository's public services do; what a test sets up is not.
 * The process engine's bean map holds it as {@code services}, where the repository's script listeners find their
 * ServiceRegistry.
 */
public final class StandInRepository {
    private final StandInModel model;
    private final Map<String, StandInNode> nodes = new LinkedHashMap<>();
    private final Map<String, StandInNode> people = new LinkedHashMap<>();
    private final StandInNode companyHome;
    private final RhinoScripts scripts = new RhinoScripts();
    private final StandInSecurity security = new StandInSecurity();
    private final StandInBehaviours behaviours;
    private final Map<String, String> namespaces;
    private final StandInNode sites;
    private String currentUser;
    private String authenticatedUser;
    private int saves;
    /** The state before the running transaction, to put back if it fails; null outside a transaction. */
    private Map<StandInNode, StandInNode.State> transactionStart;
    private Map<String, StandInNode> nodesAtStart;
    /** Behaviours (registration beans) whose script is running: disabled meanwhile, as ScriptBehaviour does. */
    private final java.util.Set<String> runningBehaviours = new java.util.HashSet<>();

    /** The repository whose script runs on this thread (for the test doubles a script reaches through Java). */
    static final ThreadLocal<StandInRepository> SCRIPTING = new ThreadLocal<>();

    /** The namespaces of the built-in models the QMS scripts meet (NamespaceService), by prefix. */
    private static final Map<String, String> BUILT_IN = Map.of("cm", "http://www.alfresco.org/model/content/1.0",
            "sys", "http://www.alfresco.org/model/system/1.0", "st", "http://www.alfresco.org/model/site/1.0",
            "bpm", "http://www.alfresco.org/model/bpm/1.0");
    private static final String POLICY_NAMESPACE = "{http://www.alfresco.org}";
    private static final String CONTAINS = "{http://www.alfresco.org/model/content/1.0}contains";
    /** The nodes a running deletion is removing (DbNodeServiceImpl's pending-delete set: sys:pendingDelete). */
    private final java.util.Set<StandInNode> pendingDelete = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** @param contentModel the module's qmsModel.xml; its behaviours are read from the contexts in ../context/ */
    public StandInRepository(Path contentModel) {
        ModelFacts facts = ModelFacts.read(contentModel);
        this.model = new StandInModel(facts);
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN);
        all.putAll(facts.namespaces());
        this.namespaces = all;
        this.behaviours = StandInBehaviours.read(contentModel.getParent().getParent().resolve("context"));
        // The bean integrity-context.xml makes at start-up from the global properties (the module's defaults here).
        new vn.wardqms.platform.integrity.ChangeAuthority(moduleProperties(contentModel.getParent().getParent().resolve("alfresco-global.properties")));
        this.companyHome = node("cm:folder", "Company Home", null);
        this.sites = node("st:sites", "Sites", companyHome);
        companyHome.addChild(sites);
    }

    private static java.util.Properties moduleProperties(Path file) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    // ---- Building the repository a test needs ---------------------------------------------------------

    /**
     * A test's starting point that only a QMS process could have brought about (a document already in force, an issue
     * with its code): the work runs as a change of the module's workflow scripts (ChangeAuthority.enterProcess).
     */
    public <T> T asTheProcessesLeftIt(java.util.function.Supplier<T> work) {
        vn.wardqms.platform.integrity.ChangeAuthority.enterProcess();
        try {
            return work.get();
        } finally {
            vn.wardqms.platform.integrity.ChangeAuthority.leaveProcess();
        }
    }

    public StandInNode folder(String name) {
        StandInNode folder = node("cm:folder", name, companyHome);
        companyHome.addChild(folder);
        return folder;
    }

    /** A site (st:site under Company Home/Sites) with its document library container. */
    public StandInNode site(String shortName) {
        StandInNode site = node("st:site", shortName, sites);
        sites.addChild(site);
        StandInNode library = node("cm:folder", "documentLibrary", site);
        site.addChild(library);
        return library;
    }

    /** A folder inside another. */
    public StandInNode folder(StandInNode parent, String name) {
        StandInNode folder = node("cm:folder", name, parent);
        parent.addChild(folder);
        return folder;
    }

    /**
     * A node as the node service creates it (DbNodeServiceImpl.createNode), as the current user: type and aspect
     * defaults, then the given properties, then onAddAspect for each mandatory aspect (the module's behaviours run).
     */
    public StandInNode create(StandInNode parent, String type, String name, Map<String, Object> properties) {
        return transaction(() -> {
            StandInNode node = node(type, name, parent);
            for (String aspect : model.typeMandatoryAspects(type)) {
                model.applyDefaults(aspect, new PropertySink(node));
            }
            for (String t = type; t != null; t = model.classNamed(t).map(ModelFacts.ClassFact::parent).orElse(null)) {
                model.applyDefaults(t, new PropertySink(node));
            }
            node.getProperties().putAll(properties);
            node.store();
            parent.addChild(node);
            created(node);
            return node;
        });
    }

    /**
     * The specialise-type action of a folder rule (NodeService.setType, DbNodeServiceImpl): the new type, the defaults
     * of the aspects it adds, then onAddAspect for each added aspect. No onCreateNode: the node already exists.
     */
    public void specialise(StandInNode node, String type) {
        transaction(() -> {
            java.util.Set<String> before = node.aspects();
            node.setType(type);
            java.util.List<String> added = model.typeMandatoryAspects(type).stream().filter(a -> !before.contains(a)).toList();
            for (String aspect : added) {
                model.applyDefaults(aspect, new PropertySink(node));
            }
            for (String aspect : added) {
                fireAspectPolicy("onAddAspect", node, aspect);
            }
            return null;
        });
    }

    /**
     * A new node (createNode, CopyService), in DbNodeServiceImpl.createNode's order: onAddAspect for each of its aspects,
     * onCreateChildAssociation of its parent (a new node), onUpdateProperties from no properties to its own.
     */
    void created(StandInNode node) {
        for (String aspect : node.aspects()) {
            fireAspectPolicy("onAddAspect", node, aspect);
        }
        if (node.getParent() != null) {
            fireAssociationPolicy("onCreateChildAssociation", node.getParent(), CONTAINS, new StandInChildAssociation(node.getParent(), node), true);
        }
        fireClassPolicy("onUpdateProperties", node, node, new StandInNativeMap(Map.of()), new StandInNativeMap(propertyMap(node)));
    }

    // ---- Policies and behaviours ----------------------------------------------------------------------

    /** {uri}local for a prefixed name (cm:name), or null if the prefix is not known here. */
    String fullName(String prefixed) {
        int colon = prefixed.indexOf(':');
        String uri = colon < 0 ? null : namespaces.get(prefixed.substring(0, colon));
        return uri == null ? null : "{" + uri + "}" + prefixed.substring(colon + 1);
    }

    /** The prefixed name for {uri}local, or null. */
    String prefixedName(String fullName) {
        for (Map.Entry<String, String> ns : namespaces.entrySet()) {
            if (fullName.startsWith("{" + ns.getValue() + "}")) {
                return ns.getKey() + ":" + fullName.substring(ns.getValue().length() + 2);
            }
        }
        return null;
    }

    /** The node's properties as the node service gives them to onUpdateProperties: by QName, cm:name included. */
    Map<StandInNativeMap.FullQName, Object> propertyMap(StandInNode node) {
        Map<StandInNativeMap.FullQName, Object> map = new LinkedHashMap<>();
        map.put(qname("cm:name"), node.getName());
        for (String key : node.storedNames()) {
            StandInNativeMap.FullQName q = qname(key);
            if (q != null && !"cm:name".equals(key)) {
                map.put(q, node.property(key));
            }
        }
        return map;
    }

    private StandInNativeMap.FullQName qname(String prefixed) {
        String full = fullName(prefixed);
        if (full == null) {
            return null;
        }
        return new StandInNativeMap.FullQName(full.substring(1, full.indexOf('}')), full.substring(full.indexOf('}') + 1));
    }

    /** Whether the node's type or one of its aspects is {@code fullClassName} or a subclass of it. */
    private boolean hasClass(StandInNode node, String fullClassName) {
        String prefixed = prefixedName(fullClassName);
        return prefixed != null && (model.isSubtype(node.getTypeShort(), prefixed) || node.aspects().contains(prefixed));
    }

    /** A class policy for a node: the behaviours bound to its type, a supertype or one of its aspects, each once. */
    void fireClassPolicy(String policy, StandInNode node, Object... args) {
        for (StandInBehaviours.Binding binding : behaviours.classBehaviours(POLICY_NAMESPACE + policy, c -> hasClass(node, c))) {
            runBehaviour(binding, policy, args);
        }
    }

    /** onAddAspect, beforeRemoveAspect, onRemoveAspect: the behaviours bound to that aspect. Arguments: the node, the aspect. */
    void fireAspectPolicy(String policy, StandInNode node, String aspect) {
        String full = fullName(aspect);
        if (full == null) {
            return;
        }
        for (StandInBehaviours.Binding binding : behaviours.classBehaviours(POLICY_NAMESPACE + policy, full::equals)) {
            runBehaviour(binding, policy, new Object[] {node, full});
        }
    }

    /**
     * An association policy: the behaviours bound to a class of {@code node} (a child association's parent, a peer
     * association's source) and to the association's type (full QName) or to every type.
     */
    void fireAssociationPolicy(String policy, StandInNode node, String fullAssociationType, Object... args) {
        for (StandInBehaviours.Binding binding : behaviours.associationBehaviours(POLICY_NAMESPACE + policy, c -> hasClass(node, c),
                fullAssociationType)) {
            runBehaviour(binding, policy, args);
        }
    }

    /** onCreateAssociation / onDeleteAssociation of a peer association (DbNodeServiceImpl), bound to the source's classes. */
    void firePeerAssociationPolicy(String policy, StandInNode source, StandInNode target, String association) {
        String full = fullName(association);
        fireAssociationPolicy(policy, source, full, new StandInAssociation(source, target, full));
    }

    /** ScriptBehaviour's invocation: disabled while its own script runs, the script as a secure classpath script. */
    private void runBehaviour(StandInBehaviours.Binding binding, String method, Object[] args) {
        if (!runningBehaviours.add(binding.behaviour())) {
            return;
        }
        try {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("behaviour", new StandInBehaviours.ScriptBehaviourArgs(method, args));
            model.put("people", peopleRootObject());
            model.put("groups", groupsRootObject());
            model.put("siteService", siteServiceRootObject());
            scripts.run(binding.source(), model, this, true);
        } finally {
            runningBehaviours.remove(binding.behaviour());
        }
    }

    public static StandInRepository scripting() {
        return SCRIPTING.get();
    }

    // ---- Transactions and the node service's other operations ------------------------------------------

    /**
     * A transaction (RetryingTransactionHelper): if the work fails, every node is put back as it was, nodes made are
     * gone and nodes deleted are back. Inside a running transaction the work joins it.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        if (transactionStart != null) {
            return work.get();
        }
        transactionStart = new java.util.IdentityHashMap<>();
        nodesAtStart = new LinkedHashMap<>(nodes);
        nodes.values().forEach(n -> transactionStart.put(n, n.capture()));
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            nodes.clear();
            nodes.putAll(nodesAtStart);
            transactionStart.forEach(StandInNode::restore);
            throw e;
        } finally {
            transactionStart = null;
            nodesAtStart = null;
        }
    }

    /** A request by {@code userName} (signed in: the fully authenticated user, and the user permissions apply to), in its own transaction. */
    public <T> T as(String userName, java.util.function.Supplier<T> work) {
        String beforeCurrent = currentUser, beforeAuthenticated = authenticatedUser;
        currentUser = userName;
        authenticatedUser = userName;
        try {
            return transaction(work);
        } finally {
            currentUser = beforeCurrent;
            authenticatedUser = beforeAuthenticated;
        }
    }

    /** AuthenticationUtil.getFullyAuthenticatedUser: who signed in, whatever runAs is in force. */
    public String authenticatedUser() {
        return authenticatedUser;
    }

    /** NodeService.addProperties as the current user (Write): the values given, the others kept. */
    public void updateProperties(StandInNode node, Map<String, Object> properties) {
        transaction(() -> {
            node.getProperties().putAll(properties);
            node.save();
            return null;
        });
    }

    /** NodeService.addAspect with properties, as the current user (Write). */
    public void addAspect(StandInNode node, String aspect, Map<String, Object> properties) {
        node.addAspect(aspect, properties);
    }

    /**
     * Content written as the current user (ContentService writer, Write): cm:content changes, so onUpdateProperties,
     * then onContentUpdate (ContentServiceImpl), newContent when the node had none.
     */
    public void writeContent(StandInNode node, String content) {
        transaction(() -> {
            requirePermission(node, "Write");
            boolean newContent = node.property("cm:content") == null;
            node.getProperties().put("cm:content", content);
            node.save();
            fireClassPolicy("onContentUpdate", node, node, newContent);
            return null;
        });
    }

    /**
     * NodeService.deleteNode as the current user (DeleteNode on the node), in DbNodeServiceImpl.deleteNode's order: the
     * node and every node below it are pending deletion (sys:pendingDelete); beforeDeleteNode for each, children first
     * (NodeHierarchyWalker); then, node by node, its peer associations go, each with onDeleteAssociation, and the node.
     */
    public void delete(StandInNode node) {
        transaction(() -> {
            requirePermission(node, "Delete");
            List<StandInNode> hierarchy = new ArrayList<>();
            collectLeafFirst(node, hierarchy);
            pendingDelete.addAll(hierarchy);
            try {
                for (StandInNode n : hierarchy) {
                    fireClassPolicy("beforeDeleteNode", n, n);
                }
                for (StandInNode n : hierarchy) {
                    for (Map.Entry<String, List<StandInNode>> link : Map.copyOf(n.associations()).entrySet()) {
                        for (StandInNode target : List.copyOf(link.getValue())) {
                            n.associations().get(link.getKey()).remove(target);
                            firePeerAssociationPolicy("onDeleteAssociation", n, target, link.getKey());
                        }
                    }
                    for (Map.Entry<String, List<StandInNode>> link : sourcesOf(n).entrySet()) {
                        for (StandInNode source : link.getValue()) {
                            source.associations().get(link.getKey()).remove(n);
                            firePeerAssociationPolicy("onDeleteAssociation", source, n, link.getKey());
                        }
                    }
                }
                if (node.getParent() != null) {
                    node.getParent().removeChild(node);
                }
                for (StandInNode n : hierarchy) {
                    nodes.remove(n.getNodeRef());
                }
            } finally {
                pendingDelete.removeAll(hierarchy);
            }
            return null;
        });
    }

    boolean isPendingDelete(StandInNode node) {
        return pendingDelete.contains(node);
    }

    private static void collectLeafFirst(StandInNode node, List<StandInNode> into) {
        for (StandInNode child : node.getChildren()) {
            collectLeafFirst(child, into);
        }
        into.add(node);
    }

    /**
     * NodeService.moveNode as the current user (DeleteNode on the node, CreateChildren on the new parent), within the
     * store: onCreateChildAssociation of the new parent (not a new node), then onMoveNode of the node.
     */
    public void move(StandInNode node, StandInNode newParent) {
        transaction(() -> {
            requirePermission(node, "Delete");
            requirePermission(newParent, "AddChildren");
            StandInNode oldParent = node.getParent();
            oldParent.removeChild(node);
            newParent.addChild(node);
            node.setParent(newParent);
            fireAssociationPolicy("onCreateChildAssociation", newParent, CONTAINS, new StandInChildAssociation(newParent, node), false);
            fireClassPolicy("onMoveNode", node, new StandInChildAssociation(oldParent, node), new StandInChildAssociation(newParent, node));
            return null;
        });
    }

    /** The nodes with a peer association to {@code target}, by association name. */
    Map<String, List<StandInNode>> sourcesOf(StandInNode target) {
        Map<String, List<StandInNode>> sources = new LinkedHashMap<>();
        for (StandInNode n : nodes.values()) {
            n.associations().forEach((name, targets) -> {
                if (targets.contains(target)) {
                    sources.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
                }
            });
        }
        return sources;
    }

    public StandInNode person(String userName, String firstName, String lastName, String jobTitle) {
        StandInNode person = node("cm:person", userName, null);
        person.setProperty("cm:userName", userName);
        person.setProperty("cm:firstName", firstName);
        person.setProperty("cm:lastName", lastName);
        person.setProperty("cm:jobtitle", jobTitle);
        people.put(userName, person);
        return person;
    }

    /** A workflow package holding the given items (WorkflowPackageImpl.createPackage + addNode). */
    public StandInNode workflowPackage(StandInNode... items) {
        StandInNode pkg = node("bpm:package", "pkg_" + UUID.randomUUID(), null);
        Arrays.stream(items).forEach(pkg::addNode);
        return pkg;
    }

    /** A person association with many targets, as the repository stores it in a process variable. */
    public StandInNodeList people(String... userNames) {
        StandInNodeList list = new StandInNodeList();
        for (String userName : userNames) {
            list.add(personNode(userName));
        }
        return list;
    }

    public StandInNode personNode(String userName) {
        StandInNode person = people.get(userName);
        if (person == null) {
            throw new IllegalArgumentException("no person " + userName);
        }
        return person;
    }

    /** A group (authority name GROUP_...) with users and groups as members; adds members to an existing group. */
    public void group(String name, String... members) {
        security.addGroup(name, members);
    }

    /** Sets a permission as an administrator would (PermissionService.setPermission, ALLOWED). */
    public void grant(StandInNode node, String authority, String role) {
        node.addEntry(authority, role);
    }

    /** Sets whether a node inherits its parent's permissions, as an administrator would. */
    public void inheritPermissions(StandInNode node, boolean inherit) {
        node.setInherits(inherit);
    }

    /** Whether {@code user} has {@code permission} (Read, Write, AddChildren, ChangePermissions, ...) on the node. */
    public boolean hasPermission(StandInNode node, String user, String permission) {
        return security.hasPermission(node, user, permission);
    }

    /** The fully authenticated user, as AuthenticationUtil holds it in the repository. */
    public void authenticate(String userName) {
        this.currentUser = userName;
        this.authenticatedUser = userName;
    }

    /** AuthenticationUtil.runAs: the work runs as {@code userName}, then the user before is back. */
    public <T> T runAs(String userName, java.util.function.Supplier<T> work) {
        String before = currentUser;
        currentUser = userName;
        try {
            return work.get();
        } finally {
            currentUser = before;
        }
    }

    public String currentUser() {
        return currentUser;
    }

    public int saves() {
        return saves;
    }

    public List<StandInNode> nodesOfType(String type) {
        return new ArrayList<>(nodes.values().stream().filter(n -> n.getTypeShort().equals(type)).toList());
    }

    // ---- What scripts and the engine use ---------------------------------------------------------------

    public StandInNode node(String nodeRef) {
        StandInNode node = nodes.get(nodeRef);
        if (node == null) {
            throw new IllegalStateException("no node " + nodeRef);
        }
        return node;
    }

    /** The {@code people} root object of repository scripts. */
    public People peopleRootObject() {
        return new People();
    }

    /** The {@code siteService} root object of repository scripts (ScriptSiteService). */
    public SiteService siteServiceRootObject() {
        return new SiteService();
    }

    /** The {@code groups} root object of repository scripts (ScriptAuthorityService). */
    public Groups groupsRootObject() {
        return new Groups();
    }

    public RhinoScripts scripts() {
        return scripts;
    }

    /** Each script gets fresh node objects in the repository: unsaved changes of an earlier script are gone. */
    void beginScript() {
        nodes.values().forEach(StandInNode::discardWorkingCopy);
    }

    StandInModel model() {
        return model;
    }

    boolean exists(StandInNode node) {
        return nodes.containsKey(node.getNodeRef());
    }

    void saved(StandInNode node) {
        saves++;
    }

    /** What the repository's permission interceptors do before a change: AccessDeniedException if not allowed. */
    void requirePermission(StandInNode node, String permission) {
        if (!security.hasPermission(node, currentUser, permission)) {
            throw new AccessDenied("Access Denied.  You do not have the appropriate permissions to perform this operation. ("
                    + currentUser + " lacks " + permission + " on " + node.getName() + ")");
        }
    }

    StandInNode copyOf(StandInNode original, StandInNode destination) {
        boolean taken = Arrays.stream(destination.getChildren()).anyMatch(c -> c.getName().equals(original.getName()));
        StandInNode copy = node(original.getTypeShort(), taken ? "Copy of " + original.getName() : original.getName(), destination);
        destination.addChild(copy);
        return copy;
    }

    private StandInNode node(String type, String name, StandInNode parent) {
        String nodeRef = "workspace://SpacesStore/" + UUID.randomUUID();
        StandInNode node = new StandInNode(this, nodeRef, type, name, parent);
        // cm:auditable: the creator is whoever is authenticated; it is the owner until cm:owner is set.
        if (currentUser != null) {
            node.setProperty("cm:creator", currentUser);
        }
        nodes.put(nodeRef, node);
        return node;
    }

    /**
     * people.getPerson(userName): the person node, or null when there is no such user; people.isAdmin(person): whether
     * the authority service takes the person for an administrator (admin, or a member of GROUP_ALFRESCO_ADMINISTRATORS).
     */
    public final class People {
        public StandInNode getPerson(String userName) {
            return people.get(userName);
        }

        /** people.isAccountEnabled(userName): every stand-in account is enabled. */
        public boolean isAccountEnabled(String userName) {
            return people.containsKey(userName);
        }

        public boolean isAdmin(StandInNode person) {
            String userName = person == null ? null : String.valueOf(person.property("cm:userName"));
            return userName != null && (StandInSecurity.ADMIN.equals(userName) || security.usersIn(ADMINISTRATORS).contains(userName));
        }
    }

    /** The repository's administrators group (AuthorityServiceImpl.isAdminAuthority). */
    public static final String ADMINISTRATORS = "GROUP_ALFRESCO_ADMINISTRATORS";

    /** siteService.getSite(shortName): the site, or null; site.getContainer(componentId): its container node, or null. */
    public final class SiteService {
        public Site getSite(String shortName) {
            return Arrays.stream(sites.getChildren()).filter(s -> s.getName().equals(shortName)).findFirst().map(Site::new).orElse(null);
        }
    }

    public static final class Site {
        private final StandInNode site;

        Site(StandInNode site) {
            this.site = site;
        }

        public String getShortName() {
            return site.getName();
        }

        public StandInNode getContainer(String componentId) {
            return Arrays.stream(site.getChildren()).filter(c -> c.getName().equals(componentId)).findFirst().orElse(null);
        }
    }

    /** groups.getGroupForFullAuthorityName / getGroup: a group, or null when there is none. */
    public final class Groups {
        public Group getGroupForFullAuthorityName(String fullName) {
            return security.groupExists(fullName) ? new Group(fullName) : null;
        }

        public Group getGroup(String shortName) {
            return getGroupForFullAuthorityName("GROUP_" + shortName);
        }
    }

    /** ScriptGroup: getAllUsers() is every user in the group and its sub-groups (getContainedAuthorities, not immediate). */
    public final class Group {
        private final String fullName;

        Group(String fullName) {
            this.fullName = fullName;
        }

        public String getFullName() {
            return fullName;
        }

        public String getShortName() {
            return fullName.substring("GROUP_".length());
        }

        public User[] getAllUsers() {
            return security.usersIn(fullName).stream().map(User::new).toArray(User[]::new);
        }
    }

    /** ScriptUser: the user name is the authority name. */
    public static final class User {
        private final String userName;

        User(String userName) {
            this.userName = userName;
        }

        public String getUserName() {
            return userName;
        }

        public String getShortName() {
            return userName;
        }

        public String getFullName() {
            return userName;
        }
    }

    /** The repository's AccessDeniedException, as a script or the engine sees it. */
    public static final class AccessDenied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AccessDenied(String message) {
            super(message);
        }
    }

    /** Writes defaults straight into a node's saved properties (node creation, not a script). */
    private static final class PropertySink extends java.util.AbstractMap<String, Object> {
        private final StandInNode node;

        PropertySink(StandInNode node) {
            this.node = node;
        }

        @Override
        public Object get(Object key) {
            return node.property(String.valueOf(key));
        }

        @Override
        public Object put(String key, Object value) {
            node.setProperty(key, value);
            return null;
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return java.util.Set.of();
        }
    }
}
