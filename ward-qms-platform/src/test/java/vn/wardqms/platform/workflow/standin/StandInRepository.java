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
 * against the shipped content model, the current user, and the root objects a script gets ({@code people}).
 * The process engine's bean map holds it as {@code services}, where the repository's script listeners find their
 * ServiceRegistry.
 */
public final class StandInRepository {
    private final StandInModel model;
    private final Map<String, StandInNode> nodes = new LinkedHashMap<>();
    private final Map<String, StandInNode> people = new LinkedHashMap<>();
    private final StandInNode companyHome;
    private final RhinoScripts scripts = new RhinoScripts();
    private String currentUser;
    private int saves;

    public StandInRepository(Path contentModel) {
        this.model = new StandInModel(ModelFacts.read(contentModel));
        this.companyHome = node("cm:folder", "Company Home", null);
    }

    // ---- Building the repository a test needs ---------------------------------------------------------

    public StandInNode folder(String name) {
        StandInNode folder = node("cm:folder", name, companyHome);
        companyHome.addChild(folder);
        return folder;
    }

    /** A node of a qms type, with its mandatory aspects and defaults, as the node service creates it. */
    public StandInNode create(StandInNode parent, String type, String name, Map<String, Object> properties) {
        StandInNode node = node(type, name, parent);
        for (String aspect : model.typeMandatoryAspects(type)) {
            model.applyDefaults(aspect, new PropertySink(node));
        }
        for (String t = type; t != null; t = model.classNamed(t).map(ModelFacts.ClassFact::parent).orElse(null)) {
            model.applyDefaults(t, new PropertySink(node));
        }
        node.getProperties().putAll(properties);
        node.save();
        parent.addChild(node);
        return node;
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

    /** The fully authenticated user, as AuthenticationUtil holds it in the repository. */
    public void authenticate(String userName) {
        this.currentUser = userName;
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

    StandInNode copyOf(StandInNode original, StandInNode destination) {
        boolean taken = Arrays.stream(destination.getChildren()).anyMatch(c -> c.getName().equals(original.getName()));
        StandInNode copy = node(original.getTypeShort(), taken ? "Copy of " + original.getName() : original.getName(), destination);
        destination.addChild(copy);
        return copy;
    }

    private StandInNode node(String type, String name, StandInNode parent) {
        String nodeRef = "workspace://SpacesStore/" + UUID.randomUUID();
        StandInNode node = new StandInNode(this, nodeRef, type, name, parent);
        nodes.put(nodeRef, node);
        return node;
    }

    /** people.getPerson(userName): the person node, or null when there is no such user. */
    public final class People {
        public StandInNode getPerson(String userName) {
            return people.get(userName);
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
