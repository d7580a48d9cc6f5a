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
    private int saves;

    /** @param contentModel the module's qmsModel.xml; its behaviours are read from ../context/behaviour-context.xml */
    public StandInRepository(Path contentModel) {
        ModelFacts facts = ModelFacts.read(contentModel);
        this.model = new StandInModel(facts);
        this.namespaces = facts.namespaces();
        this.behaviours = StandInBehaviours.read(contentModel.getParent().getParent().resolve("context/behaviour-context.xml"));
        this.companyHome = node("cm:folder", "Company Home", null);
        this.sites = node("st:sites", "Sites", companyHome);
        companyHome.addChild(sites);
    }

    // ---- Building the repository a test needs ---------------------------------------------------------

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
    }

    /**
     * The specialise-type action of a folder rule (NodeService.setType, DbNodeServiceImpl): the new type, the defaults
     * of the aspects it adds, then onAddAspect for each added aspect. No onCreateNode: the node already exists.
     */
    public void specialise(StandInNode node, String type) {
        java.util.Set<String> before = node.aspects();
        node.setType(type);
        java.util.List<String> added = model.typeMandatoryAspects(type).stream().filter(a -> !before.contains(a)).toList();
        for (String aspect : added) {
            model.applyDefaults(aspect, new PropertySink(node));
        }
        for (String aspect : added) {
            onAddAspect(node, aspect);
        }
    }

    /** A new node's aspects were added with it: onAddAspect for each (createNode, CopyService). */
    void created(StandInNode node) {
        for (String aspect : model.typeMandatoryAspects(node.getTypeShort())) {
            onAddAspect(node, aspect);
        }
    }

    private void onAddAspect(StandInNode node, String aspect) {
        String prefix = aspect.substring(0, aspect.indexOf(':'));
        String uri = namespaces.get(prefix);
        if (uri == null) {
            return; // only the module's own classes have behaviours here
        }
        String fullName = "{" + uri + "}" + aspect.substring(prefix.length() + 1);
        for (StandInBehaviours.Binding binding : behaviours.bound("{http://www.alfresco.org}onAddAspect", fullName)) {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("behaviour", new StandInBehaviours.ScriptBehaviourArgs("onAddAspect", new Object[] {node, fullName}));
            model.put("people", peopleRootObject());
            model.put("groups", groupsRootObject());
            model.put("siteService", siteServiceRootObject());
            scripts.run(binding.source(), model, this);
        }
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

    /** people.getPerson(userName): the person node, or null when there is no such user. */
    public final class People {
        public StandInNode getPerson(String userName) {
            return people.get(userName);
        }
    }

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
