package vn.wardqms.service.acs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import vn.wardqms.service.SharedContracts;

/**
 * A stand-in repository on WireMock: a small in-memory repository (sites, groups, folders with permissions, folder
 * rules) behind the REST endpoints the service uses, answering as the API definitions say. Every interaction is
 * checked by {@link ContractValidator}; {@link #writes()} counts the requests that change something.
 */
public final class FakeAcs implements AutoCloseable {
    public static final String CORE = "/alfresco/api/-default-/public/alfresco/versions/1";
    public static final String SEARCH = "/alfresco/api/-default-/public/search/versions/1";
    public static final String PRIVATE = "/alfresco/api/-default-/private/alfresco/versions/1";
    public static final String WORKFLOW = "/alfresco/api/-default-/public/workflow/versions/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final ContractValidator validator;
    private final ErrorShapes errorShapes;
    private final Repository repository = new Repository();
    private final AtomicInteger writes = new AtomicInteger();
    private final Map<String, AtomicInteger> requestsByKind = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> unfaithful = java.util.Collections.synchronizedList(new ArrayList<>());
    private Request current;

    private FakeAcs() {
        Path openapi = SharedContracts.dir().resolve("alfresco/openapi");
        Map<String, Path> definitions = new LinkedHashMap<>();
        definitions.put(CORE, openapi.resolve("alfresco-core.yaml"));
        definitions.put(SEARCH, openapi.resolve("alfresco-search.yaml"));
        definitions.put(WORKFLOW, openapi.resolve("alfresco-workflow.yaml"));
        definitions.put(PRIVATE, Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
                .resolve("src/test/resources/contracts/alfresco-rules-private.yaml"));
        validator = new ContractValidator(definitions);
        errorShapes = new ErrorShapes(definitions);
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
                .extensions(new Transformer()));
        server.addMockServiceRequestListener(validator);
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Transformer.NAME)));
    }

    public static FakeAcs start() {
        return new FakeAcs();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Points the service under test at this stand-in, with a test-only password (never a real secret). */
    public void registerRepository(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("ward-qms.acs.url", this::url);
        registry.add("ward-qms.acs.password", () -> "test-only");
    }

    /** An embedded, in-memory ActiveMQ broker for a test (activemq-broker starts it on first connection). */
    public static String embeddedBroker(String name) {
        return "vm://" + name + "?broker.persistent=false&broker.useJmx=false";
    }

    public int writes() {
        return writes.get();
    }

    /** The requests made since the last {@link #clear()} or {@link #forgetRequests()}, by kind: "GET /nodes/{id}", ... */
    public Map<String, Integer> requests() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        requestsByKind.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    public int requestCount() {
        return requests().values().stream().mapToInt(Integer::intValue).sum();
    }

    public void forgetRequests() {
        requestsByKind.clear();
    }

    /** A request's method and path, its ids (node ids, process ids, version labels) as {id}, without the API's base. */
    private static String kind(Request request) {
        String path = request.getUrl().replaceFirst("\\?.*$", "");
        for (String base : List.of(CORE, SEARCH, PRIVATE, WORKFLOW)) {
            if (path.startsWith(base)) {
                path = path.substring(base.length());
            }
        }
        path = path.replaceAll("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "/{id}")
                .replaceAll("/\\d+(\\.\\d+)?(?=/|$)", "/{id}");
        return request.getMethod().getName() + " " + path;
    }

    /**
     * What went against the contract: interactions outside the API definitions, requests the stand-in could not answer
     * as ACS would, and reads by the service of what its request did not ask for ({@link AskedReads}).
     */
    public List<String> violations() {
        List<String> all = new ArrayList<>(validator.violations());
        all.addAll(unfaithful);
        all.addAll(AskedReads.violations());
        return all;
    }

    public Repository repository() {
        return repository;
    }

    /** Answers every search by evaluating the query over the stand-in's nodes (see {@link Afts}). */
    public void evaluateQueries() {
        Afts afts = new Afts(repository, () -> repository.now);
        repository.search = afts::search;
    }

    /** Forgets the repository's content (between tests). */
    public void clear() {
        synchronized (repository) {
            repository.sites.clear();
            repository.containers.clear();
            repository.groupNames.clear();
            repository.groupMembers.clear();
            repository.people.clear();
            repository.siteGroups.clear();
            repository.nodes.clear();
            repository.rules.clear();
            repository.searchMatches.clear();
            repository.searchRequestsByQuery.clear();
            repository.search = null;
            repository.failUpdatesOf.clear();
            repository.beforeDelete = null;
            repository.processes.clear();
            repository.renditionLatency = 0;
            repository.now = Instant.now();
            repository.indexLag = java.time.Duration.ZERO;
        }
        validator.reset();
        unfaithful.clear();
        requestsByKind.clear();
        AskedReads.reset();
    }

    public WireMockServer server() {
        return server;
    }

    /** Stops the stand-in; a request it could not answer faithfully, or a read nobody asked for, fails the test here. */
    @Override
    public void close() {
        server.stop();
        List<String> loud = new ArrayList<>(unfaithful);
        loud.addAll(AskedReads.violations());
        AskedReads.reset();
        if (!loud.isEmpty()) {
            throw new AssertionError("the stand-in repository met what ACS would answer otherwise:\n  " + String.join("\n  ", loud));
        }
    }

    /** The state behind the endpoints; tests may seed it (e.g. a conflicting structure). */
    public static final class Repository {
        public final Map<String, ObjectNode> sites = new LinkedHashMap<>();
        public final Map<String, String> containers = new LinkedHashMap<>();
        public final Map<String, String> groupNames = new LinkedHashMap<>();
        public final Map<String, Set<String>> groupMembers = new LinkedHashMap<>();
        /** People (user name to display name); a group member that is one of them is a PERSON. */
        public final Map<String, String> people = new LinkedHashMap<>();
        public final Map<String, Map<String, String>> siteGroups = new LinkedHashMap<>();
        public final Map<String, FakeNode> nodes = new LinkedHashMap<>();
        public final Map<String, List<ObjectNode>> rules = new LinkedHashMap<>();
        /** Search results: a query and how many nodes match it (ids made up, nothing stored per node). */
        public final Map<String, Integer> searchMatches = new LinkedHashMap<>();
        public final Map<String, AtomicInteger> searchRequestsByQuery = new java.util.concurrent.ConcurrentHashMap<>();
        public volatile boolean ready = true;
        /** Processes started through the workflow API, as their request bodies plus id and start time. */
        public final List<ObjectNode> processes = new java.util.concurrent.CopyOnWriteArrayList<>();

        /** The processes started through POST /processes (the service's), each with the request that started it. */
        public List<ObjectNode> startedProcesses() {
            return processes.stream().filter(p -> p.has("request")).toList();
        }

        /**
         * A document approval as the engine leaves it: a completed qmsDocumentApproval started by the drafter, ended at
         * its approval, with the document in its package, the review and approval tasks (the QMS service takes part in
         * each, as the platform's task rules make it), and the document's cover table and process id as the approval
         * script writes them. Returns the process id.
         */
        /**
         * The usual approval of the tests: drafted by suong, reviewed by hung, approved by hoat — a member of the
         * approvers group, as the README tells administrators — at {@code approvedOn} (as the repository writes a date,
         * 2026-11-20T03:00:00.000+0000).
         */
        public synchronized String approval(FakeNode document, String approvedOn) {
            people.putIfAbsent("hoat", "Nguyễn Hoạt");
            groupMembers.computeIfAbsent("GROUP_WARDQMS_APPROVERS", g -> new LinkedHashSet<>()).add("hoat");
            Instant at = java.time.OffsetDateTime.parse(approvedOn, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
            String id = approval(document, "suong", "hung", "hoat", at);
            document.properties.put("qms:approvedOn", approvedOn);
            return id;
        }

        public synchronized String approval(FakeNode document, String drafter, String reviewer, String approver, Instant approvedAt) {
            String id = String.valueOf(1000 + processes.size());
            ObjectNode p = JSON.createObjectNode().put("id", id).put("processDefinitionId", "qmsDocumentApproval:1:4")
                    .put("startedAt", approvedAt.minusSeconds(86400).toString()).put("endedAt", approvedAt.toString())
                    .put("startActivityDefinitionId", "start").put("endActivityDefinitionId", "approved").put("startUserId", drafter);
            p.putArray("items").add(document.id);
            p.putArray("involved").add(drafter).add(reviewer).add(approver).add("ward-qms-service");
            ArrayNode tasks = p.putArray("tasks");
            tasks.addObject().put("id", id + "1").put("processId", id).put("processDefinitionId", "qmsDocumentApproval:1:4")
                    .put("activityDefinitionId", "reviewTask").put("assignee", reviewer).put("state", "completed")
                    .put("startedAt", approvedAt.minusSeconds(7200).toString()).put("endedAt", approvedAt.minusSeconds(3600).toString());
            tasks.addObject().put("id", id + "2").put("processId", id).put("processDefinitionId", "qmsDocumentApproval:1:4")
                    .put("activityDefinitionId", "approveTask").put("assignee", approver).put("state", "completed")
                    .put("startedAt", approvedAt.minusSeconds(3600).toString()).put("endedAt", approvedAt.toString());
            processes.add(p);
            document.properties.put("qms:approvalProcessId", "activiti$" + id);
            document.properties.put("qms:approver", approver);
            document.properties.put("qms:approvedOn", approvedAt.toString());
            return id;
        }
        /** Answers searches with real stand-in nodes (otherwise searchMatches, then nothing). */
        public volatile java.util.function.Function<String, List<FakeNode>> search;
        /** Reads of a requested rendition's status before it is CREATED (the transform service's latency). */
        public volatile int renditionLatency;
        /** The Authorization header of the last search (whose rights a search runs with). */
        public volatile String lastAuthorization;
        /** The clock NOW means in queries, and the clock of the index's lag. */
        public volatile Instant now = Instant.now();
        /** How long after a REST call writes a node the index holds the write (Solr's tracking); zero: at once. */
        public volatile java.time.Duration indexLag = java.time.Duration.ZERO;

        /** The nodes as the index holds them now: each write older than the lag caught up, newer ones as they were. */
        synchronized List<FakeNode> indexed() {
            List<FakeNode> view = new ArrayList<>();
            for (FakeNode node : nodes.values()) {
                if (node.writtenAt != null && !now.isBefore(node.writtenAt.plus(indexLag))) {
                    node.writtenAt = null;
                    node.indexed = null;
                }
                if (node.indexed == null) {
                    view.add(node);
                } else if (node.indexed != NOT_INDEXED) {
                    view.add(node.indexed);
                }
            }
            return view;
        }
        /** Runs just before a deletion is carried out (something happening in the repository at that moment). */
        public volatile java.util.function.Consumer<FakeNode> beforeDelete;
        /** An update (PUT) of these nodes fails once with 500. */
        public final Set<String> failUpdatesOf = java.util.concurrent.ConcurrentHashMap.newKeySet();

        public int searchRequestsFor(String query) {
            AtomicInteger n = searchRequestsByQuery.get(query);
            return n == null ? 0 : n.get();
        }

        /** The id of the i-th node matching a query: stable, and a valid node id. */
        public static String matchId(String query, int i) {
            return String.format("%08x-0000-4000-8000-%012d", query.hashCode(), i);
        }

        public synchronized FakeNode child(String parentId, String name) {
            return nodes.values().stream().filter(n -> parentId.equals(n.parentId) && n.name.equals(name)).findFirst().orElse(null);
        }

        public synchronized FakeNode add(String parentId, String name, String type) {
            FakeNode node = new FakeNode(UUID.randomUUID().toString(), parentId, name, type);
            nodes.put(node.id, node);
            return node;
        }

        /** Whether a node lies (at any depth) in the folder {@code ancestorId}. */
        public synchronized boolean isUnder(FakeNode node, String ancestorId) {
            for (FakeNode n = nodes.get(node.parentId); n != null; n = n.parentId == null ? null : nodes.get(n.parentId)) {
                if (n.id.equals(ancestorId)) {
                    return true;
                }
            }
            return false;
        }

        public synchronized FakeNode resolve(String rootId, String relativePath) {
            FakeNode current = nodes.get(rootId);
            for (String name : relativePath.split("/")) {
                if (current == null || name.isEmpty()) {
                    continue;
                }
                current = child(current.id, name);
            }
            return current;
        }
    }

    public static final class FakeNode {
        public final String id;
        public String parentId;
        public final String name;
        public final String type;
        public final Map<String, Object> properties = new LinkedHashMap<>();
        public boolean inherit = true;
        public final Map<String, String> locallySet = new LinkedHashMap<>();
        /** Who created it (cm:creator, createdByUser): the caller of the POST that made it; the service for what a test sets up. */
        public String createdBy = "ward-qms-service";
        public final Set<String> aspects = new LinkedHashSet<>();
        public Instant modifiedAt = Instant.EPOCH;
        /** When a REST call last wrote it, until the index has caught up with that write (null: indexed as it is). */
        Instant writtenAt;
        /** The node as the index still holds it (null: as it is; NOT_INDEXED: not in the index yet). */
        FakeNode indexed;

        /** What the index holds of it: type, name, parent, properties and aspects as they are now. */
        FakeNode snapshot() {
            FakeNode copy = new FakeNode(id, parentId, name, type);
            copy.properties.putAll(properties);
            copy.aspects.addAll(aspects);
            return copy;
        }
        /** Peer associations: type to target ids. */
        public final Map<String, List<String>> targets = new LinkedHashMap<>();
        public byte[] content;
        public String mimeType;
        /** Version history, newest first, as the repository keeps it. */
        public final List<FakeVersion> versions = new ArrayList<>();
        /** Renditions made (by id) and how many more reads each requested one stays NOT_CREATED. */
        public final Map<String, byte[]> renditions = new LinkedHashMap<>();
        public final Map<String, Integer> renditionsPending = new LinkedHashMap<>();

        public boolean isVersionable() {
            return aspects.contains("cm:versionable") || type.startsWith("qms:controlledDocument") || type.equals("qms:externalDocument");
        }

        public String versionLabel() {
            return versions.isEmpty() ? null : versions.get(0).label();
        }

        /** As the version service numbers them: 0.1, 0.2, ... minor; 1.0, 2.0, ... major. */
        public FakeVersion addVersion(boolean major, String comment) {
            return addVersion(major, comment, "ward-qms-service", Instant.now());
        }

        /** A version saved by a person at a time (a draft saved over the network drive, say). */
        public FakeVersion addVersion(boolean major, String comment, String by, Instant at) {
            String head = versionLabel();
            int maj = head == null ? 0 : Integer.parseInt(head.split("\\.")[0]);
            int min = head == null ? 0 : Integer.parseInt(head.split("\\.")[1]);
            String label = major ? (maj + 1) + ".0" : maj + "." + (min + 1);
            FakeVersion v = new FakeVersion(label, comment, content, new LinkedHashMap<>(properties), at, by);
            versions.add(0, v);
            properties.put("cm:versionLabel", label);
            return v;
        }

        FakeNode(String id, String parentId, String name, String type) {
            this.id = id;
            this.parentId = parentId;
            this.name = name;
            this.type = type;
        }

        public boolean isFolder() {
            return type.equals("cm:folder") || type.equals("st:site");
        }
    }

    /** A frozen state of a node: its label, comment, content and properties when it was made. */
    public record FakeVersion(String label, String comment, byte[] content, Map<String, Object> properties, Instant at, String by) {
        public boolean isMajor() {
            return label.endsWith(".0");
        }
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        static final String NAME = "fake-acs";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            try {
                // A search is a POST that changes nothing.
                if (!request.getMethod().getName().equals("GET") && !request.getUrl().contains("/search")) {
                    writes.incrementAndGet();
                }
                requestsByKind.computeIfAbsent(kind(request), k -> new AtomicInteger()).incrementAndGet();
                synchronized (repository) {
                    current = request;
                    return route(request);
                }
            } catch (Unfaithful e) {
                // Recorded, so that the test fails (violations(), close()) whatever the service makes of the 500.
                unfaithful.add(request.getMethod() + " " + request.getUrl() + ": " + e.getMessage());
                return error(500, "stand-in cannot answer faithfully: " + e.getMessage());
            } catch (BadRequest e) {
                return error(400, e.getMessage());
            } catch (Exception e) {
                return error(500, "stand-in failure: " + e);
            }
        }
    }

    // ---- routing --------------------------------------------------------------------------------------------

    private static final Pattern SITE = Pattern.compile(CORE + "/sites/([^/?]+)");
    private static final Pattern CONTAINER = Pattern.compile(CORE + "/sites/([^/?]+)/containers/([^/?]+)");
    private static final Pattern SITE_GROUPS = Pattern.compile(CORE + "/sites/([^/?]+)/group-members");
    private static final Pattern GROUP = Pattern.compile(CORE + "/groups/([^/?]+)");
    private static final Pattern GROUP_MEMBERS = Pattern.compile(CORE + "/groups/([^/?]+)/members");
    private static final Pattern PROCESS = Pattern.compile(WORKFLOW + "/processes/([^/?]+)(?:/(items|variables|tasks))?");
    private static final Pattern NODE = Pattern.compile(CORE + "/nodes/([^/?]+)");
    private static final Pattern CHILDREN = Pattern.compile(CORE + "/nodes/([^/?]+)/children");
    private static final Pattern RULES = Pattern.compile(PRIVATE + "/nodes/([^/?]+)/rule-sets/([^/?]+)/rules");
    private static final Pattern MOVE = Pattern.compile(CORE + "/nodes/([^/?]+)/move");
    private static final Pattern TARGETS = Pattern.compile(CORE + "/nodes/([^/?]+)/targets");
    private static final Pattern SOURCES = Pattern.compile(CORE + "/nodes/([^/?]+)/sources");
    private static final Pattern CONTENT = Pattern.compile(CORE + "/nodes/([^/?]+)/content");
    private static final Pattern VERSIONS = Pattern.compile(CORE + "/nodes/([^/?]+)/versions");
    private static final Pattern VERSION = Pattern.compile(CORE + "/nodes/([^/?]+)/versions/([^/?]+)");
    private static final Pattern RENDITIONS = Pattern.compile(CORE + "/nodes/([^/?]+)/renditions");
    private static final Pattern RENDITION = Pattern.compile(CORE + "/nodes/([^/?]+)/renditions/([^/?]+)");
    private static final Pattern RENDITION_CONTENT = Pattern.compile(CORE + "/nodes/([^/?]+)/renditions/([^/?]+)/content");
    private static final Pattern ASSOC_TYPE_FILTER = Pattern.compile("\\(assocType='([^']+)'\\)");

    private ResponseDefinition route(Request request) throws Exception {
        String method = request.getMethod().getName();
        String path = URLDecoder.decode(request.getUrl().replaceFirst("\\?.*$", ""), StandardCharsets.UTF_8);
        Matcher m;
        if ((m = CONTAINER.matcher(path)).matches() && method.equals("GET")) {
            String id = repository.containers.get(m.group(1));
            return id == null ? error(404, "no container " + m.group(2)) : ok(200, entry(JSON.createObjectNode().put("id", m.group(2)).put("folderId", id)));
        }
        if ((m = SITE_GROUPS.matcher(path)).matches()) {
            Map<String, String> groups = repository.siteGroups.get(m.group(1));
            if (groups == null) {
                return error(404, "no site " + m.group(1));
            }
            if (method.equals("GET")) {
                List<ObjectNode> entries = new ArrayList<>();
                groups.forEach((id, role) -> entries.add(siteGroup(id, role)));
                return ok(200, paging(entries, request));
            }
            JsonNode body = JSON.readTree(request.getBodyAsString());
            groups.put(body.get("id").asText(), body.get("role").asText());
            return ok(201, entry(siteGroup(body.get("id").asText(), body.get("role").asText())));
        }
        if ((m = SITE.matcher(path)).matches() && method.equals("GET")) {
            ObjectNode site = repository.sites.get(m.group(1));
            return site == null ? error(404, "no site " + m.group(1)) : ok(200, entry(site));
        }
        if (path.equals(CORE + "/sites") && method.equals("POST")) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            String id = body.get("id").asText();
            if (repository.sites.containsKey(id)) {
                return error(409, "site exists");
            }
            ObjectNode site = JSON.createObjectNode().put("id", id).put("guid", UUID.randomUUID().toString())
                    .put("title", body.get("title").asText()).put("visibility", body.get("visibility").asText()).put("role", "SiteManager");
            if (body.has("description")) {
                site.put("description", body.get("description").asText());
            }
            repository.sites.put(id, site);
            repository.siteGroups.put(id, new LinkedHashMap<>());
            repository.containers.put(id, repository.add("sites-" + id, "documentLibrary", "cm:folder").id);
            return ok(201, entry(site));
        }
        if ((m = GROUP_MEMBERS.matcher(path)).matches()) {
            Set<String> members = repository.groupMembers.get(m.group(1));
            if (members == null) {
                return error(404, "no group " + m.group(1));
            }
            if (method.equals("GET")) {
                List<ObjectNode> entries = members.stream().map(this::groupMember).toList();
                return ok(200, paging(entries, request));
            }
            String member = JSON.readTree(request.getBodyAsString()).get("id").asText();
            if (!repository.groupNames.containsKey(member)) {
                return error(404, "no group " + member);
            }
            members.add(member);
            return ok(201, entry(groupMember(member)));
        }
        if ((m = GROUP.matcher(path)).matches() && method.equals("GET")) {
            String name = repository.groupNames.get(m.group(1));
            return name == null ? error(404, "no group " + m.group(1)) : ok(200, entry(group(m.group(1))));
        }
        if (path.equals(CORE + "/groups") && method.equals("POST")) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            String id = body.get("id").asText();
            if (repository.groupNames.containsKey(id)) {
                return error(409, "group exists");
            }
            repository.groupNames.put(id, body.get("displayName").asText());
            repository.groupMembers.put(id, new LinkedHashSet<>());
            return ok(201, entry(group(id)));
        }
        if ((m = MOVE.matcher(path)).matches() && method.equals("POST")) {
            FakeNode node = repository.nodes.get(m.group(1));
            String target = JSON.readTree(request.getBodyAsString()).path("targetParentId").asText();
            if (node == null || !repository.nodes.containsKey(target)) {
                return error(404, "no node " + m.group(1) + " or " + target);
            }
            if (repository.child(target, node.name) != null) {
                return error(409, "Duplicate child name not allowed: " + node.name);
            }
            FakeNode before = node.snapshot();
            node.parentId = target;
            written(node, before);
            return ok(200, entry(shaped(request, node, FULL)));
        }
        ResponseDefinition files = files(request, method, path);
        if (files != null) {
            return files;
        }
        if ((m = SOURCES.matcher(path)).matches() && method.equals("GET")) {
            String targetId = m.group(1);
            if (!repository.nodes.containsKey(targetId)) {
                return error(404, "no node " + targetId);
            }
            String where = request.queryParameter("where").isPresent() ? request.queryParameter("where").firstValue() : "";
            Matcher filter = ASSOC_TYPE_FILTER.matcher(where);
            String only = filter.find() ? filter.group(1) : null;
            List<ObjectNode> entries = new ArrayList<>();
            for (FakeNode source : repository.nodes.values()) {
                source.targets.forEach((type, ids) -> {
                    if ((only == null || only.equals(type)) && ids.contains(targetId)) {
                        ObjectNode json = shaped(request, source, MINIMAL);
                        json.putObject("association").put("assocType", type);
                        entries.add(json);
                    }
                });
            }
            return ok(200, paging(entries, request));
        }
        if ((m = TARGETS.matcher(path)).matches()) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            if (method.equals("POST")) {
                JsonNode body = JSON.readTree(request.getBodyAsString());
                String type = body.get("assocType").asText();
                String target = body.get("targetId").asText();
                if (!repository.nodes.containsKey(target)) {
                    return error(404, "no node " + target);
                }
                String user = caller(request);
                if (!RepositoryGuards.trusted(user)) {
                    if (!Permissions.allows(repository, node, user, "Write")) {
                        return error(403, "Permission was denied");
                    }
                    String linkRefused = RepositoryGuards.linkRefusal(user, type, node.name, node.properties.get("qms:decisionState"));
                    if (linkRefused != null) {
                        return error(500, linkRefused);
                    }
                }
                List<String> list = node.targets.computeIfAbsent(type, t -> new ArrayList<>());
                if (list.contains(target)) {
                    return error(409, "association exists");
                }
                list.add(target);
                return ok(201, entry(JSON.createObjectNode().put("targetId", target).put("assocType", type)));
            }
            String where = request.queryParameter("where").isPresent() ? request.queryParameter("where").firstValue() : "";
            Matcher filter = ASSOC_TYPE_FILTER.matcher(where);
            String only = filter.find() ? filter.group(1) : null;
            List<ObjectNode> entries = new ArrayList<>();
            node.targets.forEach((type, ids) -> {
                if (only == null || only.equals(type)) {
                    ids.forEach(id -> {
                        ObjectNode json = shaped(request, repository.nodes.get(id), MINIMAL);
                        json.putObject("association").put("assocType", type);
                        entries.add(json);
                    });
                }
            });
            return ok(200, paging(entries, request));
        }
        if ((m = CHILDREN.matcher(path)).matches() && method.equals("GET")) {
            FakeNode parent = repository.nodes.get(m.group(1));
            if (parent == null) {
                return error(404, "no node " + m.group(1));
            }
            List<ObjectNode> children = new ArrayList<>();
            String where = request.queryParameter("where").isPresent() ? request.queryParameter("where").firstValue() : "";
            Matcher typeFilter = Pattern.compile("\\(nodeType='([^' ]+)'\\)").matcher(where);
            String onlyType = typeFilter.matches() ? typeFilter.group(1) : null;
            if (!where.isEmpty() && onlyType == null && !where.contains("isFolder") && !where.contains("isFile")) {
                return error(400, "the stand-in does not read where=" + where);
            }
            if (!readable(request, parent)) {
                return error(403, "Permission was denied");
            }
            List<FakeNode> listed = new ArrayList<>();
            for (FakeNode child : repository.nodes.values()) {
                // As the canned query: only the children the caller may read.
                if (parent.id.equals(child.parentId) && (onlyType == null || onlyType.equals(child.type)) && readable(request, child)) {
                    listed.add(child);
                }
            }
            for (FakeNode child : ChildOrder.sorted(listed, request.queryParameter("orderBy").isPresent()
                    ? request.queryParameter("orderBy").values() : List.of())) {
                ObjectNode json = shaped(request, child, MINIMAL);
                if (includes(request, "association")) {
                    json.putObject("association").put("assocType", "cm:contains").put("isPrimary", true);
                }
                children.add(json);
            }
            return ok(200, paging(children, request));
        }
        if ((m = CHILDREN.matcher(path)).matches() && method.equals("POST")) {
            FakeNode parent = repository.nodes.get(m.group(1));
            if (parent == null) {
                return error(404, "no node " + m.group(1));
            }
            JsonNode body = JSON.readTree(request.getBodyAsString());
            String name = body.get("name").asText();
            if (repository.child(parent.id, name) != null) {
                return error(409, "Duplicate child name not allowed: " + name);
            }
            ResponseDefinition refused = asTheRepositoryWouldAnswer(request, parent, "AddChildren", name, body.get("nodeType").asText(),
                    Set.of(), Map.of(), body.get("properties"), isInClosedFile(parent));
            if (refused != null) {
                return refused;
            }
            FakeNode node = repository.add(parent.id, name, body.get("nodeType").asText());
            String creator = caller(request);
            if (creator != null) {
                node.createdBy = creator;
            }
            if (body.has("aspectNames")) {
                body.get("aspectNames").forEach(a -> node.aspects.add(a.asText()));
            }
            if (body.has("properties")) {
                body.get("properties").fields().forEachRemaining(e -> putProperty(node, e.getKey(), e.getValue()));
            }
            applyPermissions(node, body.get("permissions"));
            written(node, null);
            return ok(201, entry(shaped(request, node, FULL)));
        }
        if ((m = NODE.matcher(path)).matches() && m.group(1).equals("-root-") && method.equals("GET")) {
            return companyHome(request);
        }
        if ((m = NODE.matcher(path)).matches()) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            if (method.equals("DELETE")) {
                if (repository.failUpdatesOf.remove(node.id)) {
                    return error(500, "stand-in repository failure (injected) while deleting " + node.id);
                }
                if (repository.beforeDelete != null) {
                    repository.beforeDelete.accept(node);
                }
                String refused = recordsRuleRefusal(node, null);
                if (refused == null) {
                    refused = RepositoryGuards.dossierRefusal(caller(request), node.name, fixingDecisions(node), "deleting it");
                }
                if (refused != null) {
                    return error(500, refused);
                }
                delete(node.id);
                return aResponse().withStatus(204).build();
            }
            if (method.equals("GET")) {
                String relativePath = request.queryParameter("relativePath").isPresent()
                        ? request.queryParameter("relativePath").firstValue() : null;
                FakeNode target = relativePath == null ? node : repository.resolve(node.id, relativePath);
                if (target == null) {
                    return error(404, "no node at " + relativePath);
                }
                if (!readable(request, target)) {
                    return error(403, "Permission was denied");
                }
                return ok(200, entry(shaped(request, target, FULL)));
            }
            if (method.equals("PUT")) {
                if (repository.failUpdatesOf.remove(node.id)) {
                    return error(500, "stand-in repository failure (injected) while updating " + node.id);
                }
                JsonNode body = JSON.readTree(request.getBodyAsString());
                ResponseDefinition guarded = asTheRepositoryWouldAnswer(request, node, "Write", node.name, node.type, node.aspects,
                        node.properties, body.get("properties"), isInClosedFile(node));
                if (guarded != null) {
                    return guarded;
                }
                String refused = recordsRuleRefusal(node, body);
                if (refused == null) {
                    refused = RepositoryGuards.dossierRefusal(caller(request), node.name, fixingDecisions(node), dossierChange(node, body));
                }
                if (refused != null) {
                    return error(500, refused);
                }
                FakeNode before = node.snapshot();
                applyPermissions(node, body.get("permissions"));
                if (body.has("properties")) {
                    body.get("properties").fields().forEachRemaining(e -> putProperty(node, e.getKey(), e.getValue()));
                }
                if (body.has("aspectNames")) {
                    node.aspects.clear();
                    body.get("aspectNames").forEach(a -> node.aspects.add(a.asText()));
                }
                written(node, before);
                return ok(200, entry(shaped(request, node, FULL)));
            }
        }
        if (path.equals(CORE + "/probes/-ready-") && method.equals("GET")) {
            if (!repository.ready) {
                return error(503, "readyProbe: Failure - Tested");
            }
            return ok(200, entry(JSON.createObjectNode().put("message", "readyProbe: Success - Tested")));
        }
        if (path.equals(WORKFLOW + "/processes") && method.equals("POST")) {
            ObjectNode body = (ObjectNode) JSON.readTree(request.getBodyAsString());
            ObjectNode process = JSON.createObjectNode().put("id", String.valueOf(1000 + repository.processes.size()))
                    .put("processDefinitionId", body.path("processDefinitionKey").asText() + ":1:4")
                    .put("startedAt", Instant.now().toString()).put("startUserId", "ward-qms-service");
            if (body.has("businessKey")) {
                process.put("businessKey", body.get("businessKey").asText());
            }
            ObjectNode kept = process.deepCopy();
            kept.set("request", body);
            repository.processes.add(kept);
            return ok(200, entry(process));
        }
        if ((m = PROCESS.matcher(path)).matches() && method.equals("GET")) {
            ObjectNode process = processVisibleTo(m.group(1), caller(request));
            if (process == null) {
                return error(404, "The entity with id: " + m.group(1) + " was not found");
            }
            if (process.has("forbidden")) {
                return error(403, "user is not allowed to access information about process " + m.group(1));
            }
            if (m.group(2) == null) {
                ObjectNode copy = process.deepCopy();
                for (String hidden : List.of("request", "items", "tasks", "involved", "forbidden")) {
                    copy.remove(hidden);
                }
                return ok(200, entry(copy));
            }
            if (m.group(2).equals("items")) {
                List<ObjectNode> items = new ArrayList<>();
                process.path("items").forEach(id -> {
                    FakeNode node = repository.nodes.get(id.asText());
                    items.add(JSON.createObjectNode().put("id", id.asText()).put("name", node == null ? id.asText() : node.name));
                });
                return ok(200, paging(items, request));
            }
            return null;
        }
        if (path.equals(WORKFLOW + "/tasks") && method.equals("GET")) {
            String where = request.queryParameter("where").isPresent() ? request.queryParameter("where").firstValue() : "";
            Matcher processId = Pattern.compile("processId\\s*=\\s*'([^']+)'").matcher(where);
            if (!processId.find() || !where.contains("status='completed'")) {
                throw new AssertionError("the stand-in answers GET /tasks only for one process's completed tasks, not: " + where);
            }
            ObjectNode process = processVisibleTo(processId.group(1), caller(request));
            List<ObjectNode> tasks = new ArrayList<>();
            // As TasksImpl: a non-administrator sees only the tasks they are involved in; here, of a process they may see.
            if (process != null && !process.has("forbidden")) {
                process.path("tasks").forEach(t -> tasks.add((ObjectNode) t.deepCopy()));
            }
            return ok(200, paging(tasks, request));
        }
        if (path.equals(WORKFLOW + "/processes") && method.equals("GET")) {
            String where = request.queryParameter("where").isPresent() ? request.queryParameter("where").firstValue() : "";
            Matcher key = Pattern.compile("businessKey='([^']+)'").matcher(where);
            Matcher definition = Pattern.compile("processDefinitionKey='([^']+)'").matcher(where);
            String wantedKey = key.find() ? key.group(1) : null;
            String wantedDefinition = definition.find() ? definition.group(1) : null;
            List<ObjectNode> found = new ArrayList<>();
            for (ObjectNode p : repository.processes) {
                boolean anyStatus = where.contains("status='any'");
                boolean matches = (wantedKey == null || wantedKey.equals(p.path("businessKey").asText()))
                        && (wantedDefinition == null || p.path("processDefinitionId").asText().startsWith(wantedDefinition + ":"))
                        && (anyStatus || !p.has("endedAt"));
                if (matches) {
                    ObjectNode copy = p.deepCopy();
                    copy.remove("request");
                    found.add(copy);
                }
            }
            return ok(200, paging(found, request));
        }
        if (path.equals(SEARCH + "/search") && method.equals("POST")) {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            String query = body.path("query").path("query").asText();
            repository.searchRequestsByQuery.computeIfAbsent(query, q -> new AtomicInteger()).incrementAndGet();
            repository.lastAuthorization = request.header("Authorization").isPresent() ? request.header("Authorization").firstValue() : null;
            List<FakeNode> found = repository.search == null ? null : sorted(readableHits(request, repository.search.apply(query)), body.path("sort"));
            int total = found != null ? found.size() : repository.searchMatches.getOrDefault(query, 0);
            int skip = body.path("paging").path("skipCount").asInt(0);
            int max = body.path("paging").path("maxItems").asInt(100);
            checkPaging(skip, max);
            for (JsonNode included : body.path("include")) {
                if (!SEARCH_INCLUDES.contains(included.asText())) {
                    throw new Unfaithful("the stand-in's search does not give include " + included.asText());
                }
            }
            ObjectNode json = JSON.createObjectNode();
            ObjectNode list = json.putObject("list");
            int count = Math.max(0, Math.min(max, total - skip));
            list.putObject("pagination").put("count", count).put("hasMoreItems", skip + count < total)
                    .put("totalItems", total).put("skipCount", skip).put("maxItems", max);
            ArrayNode entries = list.putArray("entries");
            for (int i = skip; i < skip + count; i++) {
                FakeNode hit = found != null ? found.get(i)
                        : new FakeNode(Repository.matchId(query, i), "search-results", "document-" + i + ".docx", "qms:controlledDocument");
                // As the search API's ResultMapper: a hit is a minimal node, with what the request's include asks for.
                Set<String> asked = new LinkedHashSet<>();
                body.path("include").forEach(included -> asked.add(included.asText()));
                ObjectNode node = shape(hit, asked, MINIMAL, caller(request));
                node.putObject("search").put("score", 1.0);
                entries.add(entry(node));
            }
            return ok(200, json);
        }
        if ((m = RULES.matcher(path)).matches()) {
            FakeNode folder = repository.nodes.get(m.group(1));
            if (folder == null || !folder.isFolder()) {
                return error(404, "no folder " + m.group(1));
            }
            if (method.equals("GET")) {
                List<ObjectNode> rules = repository.rules.get(folder.id);
                // As NodeValidator.validateRuleSetNode: a folder without a rule set has no "-default-" one.
                return rules == null ? error(404, "The entity with id: " + folder.id + " was not found")
                        : ok(200, paging(rules, request));
            }
            List<ObjectNode> rules = repository.rules.computeIfAbsent(folder.id, k -> new ArrayList<>());
            ObjectNode rule = (ObjectNode) JSON.readTree(request.getBodyAsString());
            rule.put("id", UUID.randomUUID().toString());
            // As the server answers: defaults for what the request left out (isShared only with include=isShared).
            rule.putIfAbsent("isEnabled", JSON.getNodeFactory().booleanNode(false));
            rule.putIfAbsent("isInheritable", JSON.getNodeFactory().booleanNode(false));
            rule.putIfAbsent("isAsynchronous", JSON.getNodeFactory().booleanNode(false));
            if (rule.has("conditions")) {
                rule.set("conditions", asServerAnswers(rule.get("conditions")));
            }
            rules.add(rule);
            return ok(201, entry(rule));
        }
        return error(404, "the stand-in repository has no " + method + " " + path);
    }

    /**
     * Conditions as the server gives them back (RestRuleCompositeConditionModelMapper): the request's tree flattened
     * into simple conditions, each inverted by its own composite's flag (toServiceModels), then grouped by that flag
     * under one top-level condition (toRestModel: groupingBy in a HashMap, so the plain group before the inverted
     * one); an is-subtype condition reads field "type", comparator "equals".
     */
    private static ObjectNode asServerAnswers(JsonNode requested) {
        Map<Boolean, List<JsonNode>> byInversion = new java.util.TreeMap<>();
        collectSimple(requested, byInversion);
        ObjectNode top = JSON.createObjectNode().put("inverted", false).put("booleanMode", "and");
        ArrayNode groups = top.putArray("compositeConditions");
        byInversion.forEach((inverted, simple) -> {
            ObjectNode group = JSON.createObjectNode().put("inverted", inverted).put("booleanMode", "and");
            ArrayNode conditions = group.putArray("simpleConditions");
            for (JsonNode c : simple) {
                ObjectNode condition = JSON.createObjectNode().put("field", c.get("field").asText())
                        .put("comparator", c.has("comparator") ? c.get("comparator").asText() : "equals");
                if (c.has("parameter")) {
                    condition.put("parameter", c.get("parameter").asText());
                }
                conditions.add(condition);
            }
            groups.add(group);
        });
        return top;
    }

    private static void collectSimple(JsonNode composite, Map<Boolean, List<JsonNode>> into) {
        boolean inverted = composite.path("inverted").asBoolean(false);
        composite.path("simpleConditions").forEach(c -> into.computeIfAbsent(inverted, k -> new ArrayList<>()).add(c));
        composite.path("compositeConditions").forEach(c -> collectSimple(c, into));
    }

    // ---- JSON as the definitions describe it ------------------------------------------------------------------

    /** What a single-node call returns by default (getFolderOrDocumentFullInfo): properties and aspects. */
    static final Set<String> FULL = Set.of("properties", "aspectNames");
    /** What a listing returns by default (children, associations, search, versions): the minimal node. */
    static final Set<String> MINIMAL = Set.of();
    /** The include values the stand-in gives as ACS does; any other the definitions allow fails the test loudly. */
    private static final Set<String> NODE_INCLUDES = Set.of("properties", "aspectNames", "path", "permissions", "allowableOperations",
            "isLocked", "association");
    private static final Set<String> SEARCH_INCLUDES = Set.of("properties", "aspectNames", "path", "allowableOperations", "isLocked");
    private static final Set<String> VERSION_INCLUDES = Set.of("properties", "aspectNames");

    /** A node as the request asks for it: the endpoint's defaults, the request's include, then its fields. */
    private ObjectNode shaped(Request request, FakeNode node, Set<String> defaults) {
        return fields(request, shape(node, include(request, NODE_INCLUDES), defaults, caller(request)));
    }

    /** The node's JSON with what {@code defaults} and {@code asked} name, and nothing else (NodesImpl.getFolderOrDocument). */
    private ObjectNode shape(FakeNode node, Set<String> asked, Set<String> defaults, String user) {
        Set<String> wanted = new LinkedHashSet<>(defaults);
        wanted.addAll(asked);
        ObjectNode json = JSON.createObjectNode().put("id", node.id).put("name", node.name).put("nodeType", node.type)
                .put("isFolder", node.isFolder()).put("isFile", !node.isFolder())
                .put("createdAt", Instant.EPOCH.toString()).put("modifiedAt", node.modifiedAt.toString());
        json.set("createdByUser", JSON.createObjectNode().put("id", node.createdBy)
                .put("displayName", repository.people.getOrDefault(node.createdBy, node.createdBy)));
        json.set("modifiedByUser", JSON.createObjectNode().put("id", "ward-qms-service").put("displayName", "Ward QMS service"));
        json.put("parentId", node.parentId);
        if (node.content != null) {
            json.set("content", contentInfo(node.mimeType, node.content.length));
        }
        if (wanted.contains("properties")) {
            ObjectNode properties = json.putObject("properties");
            node.properties.forEach((k, v) -> putJson(properties, k, v));
        }
        if (wanted.contains("aspectNames")) {
            ArrayNode aspectNames = json.putArray("aspectNames");
            node.aspects.forEach(aspectNames::add);
        }
        if (wanted.contains("isLocked")) {
            json.put("isLocked", node.aspects.contains("cm:lockable") && node.properties.containsKey("cm:lockType"));
        }
        if (wanted.contains("path")) {
            json.set("path", path(node));
        }
        if (wanted.contains("allowableOperations")) {
            ArrayNode operations = JSON.createArrayNode();
            // As NodesImpl: delete, update, create (folders), updatePermissions, each if the caller has the permission.
            Map<String, String> byPermission = new LinkedHashMap<>();
            byPermission.put("Delete", "delete");
            byPermission.put("Write", "update");
            if (node.isFolder()) {
                byPermission.put("AddChildren", "create");
            }
            byPermission.put("ChangePermissions", "updatePermissions");
            byPermission.forEach((permission, operation) -> {
                if (RepositoryGuards.trusted(user) || Permissions.allows(repository, node, user, permission)) {
                    operations.add(operation);
                }
            });
            if (!operations.isEmpty()) {
                json.set("allowableOperations", operations);
            }
        }
        if (wanted.contains("permissions")) {
            ObjectNode permissions = JSON.createObjectNode().put("isInheritanceEnabled", node.inherit);
            ArrayNode inherited = permissions.putArray("inherited");
            if (node.inherit) {
                for (FakeNode n = repository.nodes.get(node.parentId); n != null; n = n.inherit ? repository.nodes.get(n.parentId) : null) {
                    n.locallySet.forEach((authority, role) -> inherited.add(JSON.createObjectNode()
                            .put("authorityId", authority).put("name", role).put("accessStatus", "ALLOWED")));
                }
            }
            ArrayNode locallySet = permissions.putArray("locallySet");
            node.locallySet.forEach((authority, role) -> locallySet.add(JSON.createObjectNode()
                    .put("authorityId", authority).put("name", role).put("accessStatus", "ALLOWED")));
            permissions.putArray("settable").add("Consumer").add("Contributor").add("Collaborator").add("Coordinator").add("Editor");
            json.set("permissions", permissions);
        }
        return json;
    }

    /**
     * GET /nodes/-root- (Company Home) with a relativePath: the stand-in holds only the sites, so a path must go through
     * Sites/{site}/documentLibrary; without one, or elsewhere, the answer could not be ACS's.
     */
    private ResponseDefinition companyHome(Request request) {
        String relativePath = request.queryParameter("relativePath").isPresent() ? request.queryParameter("relativePath").firstValue() : "";
        Matcher site = Pattern.compile("/?Sites/([^/]+)/documentLibrary(?:/(.*))?").matcher(relativePath);
        if (!site.matches()) {
            throw new Unfaithful("the stand-in holds no Company Home beyond Sites/{site}/documentLibrary, not " + relativePath);
        }
        String library = repository.containers.get(site.group(1));
        FakeNode target = library == null ? null : site.group(2) == null ? repository.nodes.get(library) : repository.resolve(library, site.group(2));
        if (target == null) {
            return error(404, "The entity with relativePath: " + relativePath + " was not found.");
        }
        if (!readable(request, target)) {
            return error(403, "Permission was denied");
        }
        return ok(200, entry(shaped(request, target, FULL)));
    }

    /** The primary path of a node's parent, as PathInfo: known only up to a site's container or a node with no parent. */
    private ObjectNode path(FakeNode node) {
        List<FakeNode> chain = new ArrayList<>();
        String top = null;
        for (FakeNode n = repository.nodes.get(node.parentId); n != null; n = repository.nodes.get(n.parentId)) {
            chain.add(0, n);
            top = n.parentId;
        }
        if (top == null || !top.startsWith("sites-")) {
            throw new Unfaithful("the stand-in knows no path above " + (chain.isEmpty() ? node.name : chain.get(0).name));
        }
        ObjectNode path = JSON.createObjectNode();
        ArrayNode elements = path.putArray("elements");
        StringBuilder name = new StringBuilder("/Company Home/Sites/" + top.substring("sites-".length()));
        elements.addObject().put("name", "Company Home");
        elements.addObject().put("name", "Sites");
        elements.addObject().put("name", top.substring("sites-".length())).put("nodeType", "st:site");
        for (FakeNode n : chain) {
            name.append('/').append(n.name);
            elements.addObject().put("id", n.id).put("name", n.name).put("nodeType", n.type);
        }
        path.put("name", name.toString()).put("isComplete", true);
        return path;
    }

    private static void putJson(ObjectNode into, String key, Object value) {
        if (value instanceof List<?> list) {
            ArrayNode values = into.putArray(key);
            list.forEach(x -> values.add(String.valueOf(x)));
        } else {
            into.put(key, String.valueOf(value));
        }
    }

    /** The request's include values (comma-separated, in one or more parameters); one the stand-in cannot give fails loudly. */
    private static Set<String> include(Request request, Set<String> supported) {
        Set<String> asked = new LinkedHashSet<>();
        if (request.queryParameter("include").isPresent()) {
            for (String value : request.queryParameter("include").values()) {
                for (String one : value.split(",")) {
                    if (!one.isBlank()) {
                        asked.add(one.trim());
                    }
                }
            }
        }
        for (String one : asked) {
            if (!supported.contains(one)) {
                throw new Unfaithful("the stand-in does not give include=" + one + " here");
            }
        }
        return asked;
    }

    /**
     * As the API's fields parameter: only the named top-level fields, plus what include asked for (RecognizedParamsExtractor
     * getFilter); without it, everything.
     */
    private static ObjectNode fields(Request request, ObjectNode entry) {
        if (!request.queryParameter("fields").isPresent()) {
            return entry;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String value : request.queryParameter("fields").values()) {
            for (String one : value.split(",")) {
                kept.add(one.trim());
            }
        }
        if (request.queryParameter("include").isPresent()) {
            request.queryParameter("include").values().forEach(v -> kept.addAll(List.of(v.split(","))));
        }
        entry.retain(kept);
        return entry;
    }

    /** Whether the caller may read the node: the service's account as provisioning grants it, anyone else by permission. */
    private boolean readable(Request request, FakeNode node) {
        String user = caller(request);
        return RepositoryGuards.trusted(user) || Permissions.allows(repository, node, user, "Read");
    }

    /**
     * The hits of a search as the search API gives them: the nodes the index matched, live (a node deleted since it was
     * indexed is left out, as ResultMapper skips it), and only those the caller may read (Solr filters by ACL).
     */
    private List<FakeNode> readableHits(Request request, List<FakeNode> matched) {
        List<FakeNode> hits = new ArrayList<>();
        for (FakeNode view : matched) {
            FakeNode live = repository.nodes.get(view.id);
            if (live != null && readable(request, live)) {
                hits.add(live);
            }
        }
        return hits;
    }

    /** A REST call wrote the node: the index holds what it was ({@code before}, or nothing for a new node) for the lag. */
    private void written(FakeNode node, FakeNode before) {
        if (repository.indexLag.isZero()) {
            return;
        }
        if (node.writtenAt == null) {
            node.indexed = before == null ? NOT_INDEXED : before;
        }
        node.writtenAt = repository.now;
    }

    private static final FakeNode NOT_INDEXED = new FakeNode("not-indexed", null, "", "");

    private ObjectNode group(String id) {
        ObjectNode json = JSON.createObjectNode().put("id", id).put("displayName", repository.groupNames.get(id)).put("isRoot", true);
        return json;
    }

    private ObjectNode groupMember(String id) {
        if (repository.people.containsKey(id)) {
            return JSON.createObjectNode().put("id", id).put("displayName", repository.people.get(id)).put("memberType", "PERSON");
        }
        return JSON.createObjectNode().put("id", id).put("displayName", repository.groupNames.getOrDefault(id, id)).put("memberType", "GROUP");
    }

    private ObjectNode siteGroup(String id, String role) {
        ObjectNode json = JSON.createObjectNode().put("id", id).put("role", role);
        json.set("group", groupMember(id));
        return json;
    }

    private void applyPermissions(FakeNode node, JsonNode permissions) {
        if (permissions == null) {
            return;
        }
        if (permissions.has("isInheritanceEnabled")) {
            node.inherit = permissions.get("isInheritanceEnabled").asBoolean();
        }
        if (permissions.has("locallySet")) {
            node.locallySet.clear();
            permissions.get("locallySet").forEach(p -> node.locallySet.put(p.get("authorityId").asText(), p.get("name").asText()));
        }
    }

    // ---- content, versions, renditions --------------------------------------------------------------------------

    private ResponseDefinition files(Request request, String method, String path) throws Exception {
        Matcher m;
        if ((m = CONTENT.matcher(path)).matches()) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            if (method.equals("GET")) {
                return node.content == null ? error(404, "no content") : binary(node.content, node.mimeType);
            }
            if (method.equals("PUT")) {
                if (repository.failUpdatesOf.remove(node.id)) {
                    return error(500, "stand-in repository failure (injected) while updating the content of " + node.id);
                }
                node.content = request.getBody();
                String type = request.header("Content-Type").isPresent() ? request.header("Content-Type").firstValue() : "application/octet-stream";
                node.mimeType = node.mimeType != null && type.equals("application/octet-stream") ? node.mimeType : type;
                node.renditions.clear();
                boolean major = request.queryParameter("majorVersion").isPresent() && Boolean.parseBoolean(request.queryParameter("majorVersion").firstValue());
                String comment = request.queryParameter("comment").isPresent() ? request.queryParameter("comment").firstValue() : null;
                if (node.isVersionable() || major || comment != null) {
                    node.aspects.add("cm:versionable");
                    node.addVersion(major, comment);
                }
                written(node, null);
                return ok(200, entry(shaped(request, node, FULL)));
            }
        }
        if ((m = VERSIONS.matcher(path)).matches() && method.equals("GET")) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            List<ObjectNode> entries = new ArrayList<>();
            Set<String> asked = include(request, VERSION_INCLUDES);
            node.versions.forEach(v -> entries.add(fields(request, version(node, v, asked))));
            return ok(200, paging(entries, request));
        }
        if ((m = VERSION.matcher(path)).matches() && method.equals("DELETE")) {
            FakeNode node = repository.nodes.get(m.group(1));
            String label = m.group(2);
            if (node == null || node.versions.stream().noneMatch(v -> v.label().equals(label))) {
                return error(404, "no version " + label + " of " + m.group(1));
            }
            boolean head = label.equals(node.versionLabel());
            node.versions.removeIf(v -> v.label().equals(label));
            if (head && !node.versions.isEmpty()) {
                // As VersionServiceImpl.deleteVersion: the node reverts to the version before.
                node.content = node.versions.get(0).content();
                node.properties.put("cm:versionLabel", node.versionLabel());
            }
            return aResponse().withStatus(204).build();
        }
        if ((m = RENDITIONS.matcher(path)).matches() && method.equals("POST")) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            String id = JSON.readTree(request.getBodyAsString()).path("id").asText();
            if (!id.equals("pdf") || node.content == null || "application/pdf".equals(node.mimeType)) {
                return error(400, "no transformer to " + id + " for " + node.mimeType);
            }
            if (node.renditions.containsKey(id) || node.renditionsPending.containsKey(id)) {
                return error(409, "rendition " + id + " already exists");
            }
            node.renditionsPending.put(id, repository.renditionLatency);
            return aResponse().withStatus(202).build();
        }
        if ((m = RENDITION.matcher(path)).matches() && method.equals("GET")) {
            FakeNode node = repository.nodes.get(m.group(1));
            if (node == null) {
                return error(404, "no node " + m.group(1));
            }
            String id = m.group(2);
            progressRendition(node, id);
            ObjectNode rendition = JSON.createObjectNode().put("id", id);
            if (node.renditions.containsKey(id)) {
                rendition.put("status", "CREATED");
                rendition.set("content", contentInfo("application/pdf", node.renditions.get(id).length));
            } else {
                rendition.put("status", "NOT_CREATED");
                rendition.set("content", JSON.createObjectNode().put("mimeType", "application/pdf").put("mimeTypeName", "Adobe PDF Document"));
            }
            return ok(200, entry(rendition));
        }
        if ((m = RENDITION_CONTENT.matcher(path)).matches() && method.equals("GET")) {
            FakeNode node = repository.nodes.get(m.group(1));
            byte[] pdf = node == null ? null : node.renditions.get(m.group(2));
            return pdf == null ? error(404, "no rendition " + m.group(2)) : binary(pdf, "application/pdf");
        }
        return null;
    }

    /**
     * The platform module's records behaviours (behaviour/qms-records.js) that the service meets, as the repository
     * answers them through the REST API (a behaviour's error is a 500): an entry of the records audit register is never
     * changed or deleted, and nothing under legal hold (the node or anything in it) is deleted. {@code update} is the
     * body of a PUT, or null for a DELETE.
     */
    private String recordsRuleRefusal(FakeNode node, JsonNode update) {
        if (node.type.equals("qms:auditEntry")) {
            boolean changes = update == null;
            if (update != null && update.has("properties")) {
                for (var it = update.get("properties").fields(); it.hasNext(); ) {
                    var e = it.next();
                    Object now = node.properties.get(e.getKey());
                    changes |= now == null ? !e.getValue().isNull() : !String.valueOf(now).equals(e.getValue().asText());
                }
            }
            if (changes) {
                return "Entry '" + node.name + "' of the records audit register cannot be " + (update == null ? "deleted" : "changed")
                        + ": the register keeps every entry as written";
            }
        }
        if (update == null) {
            for (FakeNode n : repository.nodes.values()) {
                if (n.aspects.contains("qms:legalHold") && (n == node || repository.isUnder(n, node.id))) {
                    return "'" + n.name + "' is under legal hold and cannot be deleted";
                }
            }
        }
        return null;
    }

    /**
     * A change by someone other than the QMS service, answered as the repository answers it: 403 without the permission
     * (the node's, or its parent's for a new child), then the platform's guards (a behaviour's refusal is a 500). The
     * service's own calls are not checked here yet: the stand-in gives its account the rights provisioning gives it.
     */
    private ResponseDefinition asTheRepositoryWouldAnswer(Request request, FakeNode node, String permission, String name, String type,
            Set<String> aspects, Map<String, Object> before, JsonNode properties, boolean fileClosed) {
        String user = caller(request);
        if (RepositoryGuards.trusted(user)) {
            return null;
        }
        if (!Permissions.allows(repository, node, user, permission)) {
            return error(403, "Permission was denied");
        }
        Map<String, Object> was = new LinkedHashMap<>(), now = new LinkedHashMap<>();
        before.forEach((k, v) -> {
            if (k.startsWith("qms:")) {
                was.put(k.substring(4), v);
            }
        });
        if (properties != null) {
            properties.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("qms:")) {
                    now.put(e.getKey().substring(4), e.getValue().isNull() ? null : e.getValue().isArray() ? e.getValue().toString() : e.getValue().asText());
                }
            });
        }
        was.replaceAll((k, v) -> v instanceof List<?> l ? JSON.valueToTree(l).toString() : v);
        String refused = RepositoryGuards.refusal(user, name, type, aspects, was, now, fileClosed);
        return refused == null ? null : error(500, refused);
    }

    /** The names of the decisions no longer RECORDED whose dossier (qms:decisionDossier) holds the node. */
    private List<String> fixingDecisions(FakeNode node) {
        List<String> fixing = new ArrayList<>();
        if (node.type.equals("qms:dossierDocument")) {
            for (FakeNode n : repository.nodes.values()) {
                Object state = n.properties.get("qms:decisionState");
                if (n.targets.getOrDefault("qms:decisionDossier", List.of()).contains(node.id) && state != null && !"RECORDED".equals(String.valueOf(state))) {
                    fixing.add(n.name);
                }
            }
        }
        return fixing;
    }

    /** The dossier properties a PUT changes ("qms:dossierDate, ..."), or null. */
    private static String dossierChange(FakeNode node, JsonNode body) {
        List<String> changed = new ArrayList<>();
        if (body.has("properties")) {
            body.get("properties").fields().forEachRemaining(e -> {
                Object now = node.properties.get(e.getKey());
                if (e.getKey().startsWith("qms:dossier") && (now == null ? !e.getValue().isNull() : !String.valueOf(now).equals(e.getValue().asText()))) {
                    changed.add(e.getKey());
                }
            });
        }
        java.util.Collections.sort(changed);
        return changed.isEmpty() ? null : String.join(", ", changed);
    }

    /** The node is a closed record file or is inside one. */
    private boolean isInClosedFile(FakeNode node) {
        for (FakeNode n = node; n != null; n = repository.nodes.get(n.parentId)) {
            if (n.type.equals("qms:recordFolder")) {
                return "CLOSED".equals(String.valueOf(n.properties.get("qms:fileState")));
            }
        }
        return false;
    }

    /** The user a request signed in as (HTTP Basic), or null. */
    private static String caller(Request request) {
        if (!request.header("Authorization").isPresent()) {
            return null;
        }
        String header = request.header("Authorization").firstValue();
        if (!header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        return decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
    }

    /**
     * The process, as WorkflowRestImpl.validateIfUserAllowedToWorkWithProcess lets a user see it: its starter, an
     * administrator and whoever is involved in its tasks; for anyone else a copy marked "forbidden". Null if none.
     */
    private ObjectNode processVisibleTo(String id, String user) {
        for (ObjectNode p : repository.processes) {
            if (p.path("id").asText().equals(id)) {
                boolean involved = false;
                for (JsonNode who : p.path("involved")) {
                    involved |= who.asText().equals(user);
                }
                if ("admin".equals(user) || p.path("startUserId").asText().equals(user) || involved) {
                    return p;
                }
                return (ObjectNode) p.deepCopy().put("forbidden", true);
            }
        }
        return null;
    }

    /** A node and everything below it, with every association to them (as the node service deletes). */
    private void delete(String id) {
        List<String> children = repository.nodes.values().stream().filter(n -> id.equals(n.parentId)).map(n -> n.id).toList();
        children.forEach(this::delete);
        repository.nodes.remove(id);
        repository.nodes.values().forEach(n -> n.targets.values().forEach(ids -> ids.remove(id)));
    }

    /** The transform service at work: a requested rendition appears after the configured number of reads. */
    private void progressRendition(FakeNode node, String id) throws java.io.IOException {
        Integer pending = node.renditionsPending.get(id);
        if (pending == null) {
            return;
        }
        if (pending > 0) {
            node.renditionsPending.put(id, pending - 1);
            return;
        }
        node.renditionsPending.remove(id);
        node.renditions.put(id, StandInPdf.rendering(node.name, new String(node.content, StandardCharsets.UTF_8)));
    }

    private ObjectNode version(FakeNode node, FakeVersion v, Set<String> asked) {
        ObjectNode json = JSON.createObjectNode().put("id", v.label()).put("name", node.name).put("nodeType", node.type)
                .put("isFolder", false).put("isFile", true).put("modifiedAt", v.at().toString());
        if (v.comment() != null) {
            json.put("versionComment", v.comment());
        }
        json.set("modifiedByUser", JSON.createObjectNode().put("id", v.by()).put("displayName", v.by()));
        if (v.content() != null) {
            json.set("content", contentInfo(node.mimeType, v.content().length));
        }
        // As NodeVersionsRelation: a listed version is minimal, with properties and aspects only when asked for.
        if (asked.contains("properties")) {
            ObjectNode properties = json.putObject("properties");
            v.properties().forEach((k, value) -> putJson(properties, k, value));
        }
        if (asked.contains("aspectNames")) {
            ArrayNode aspectNames = json.putArray("aspectNames");
            node.aspects.forEach(aspectNames::add);
        }
        return json;
    }

    private static ObjectNode contentInfo(String mimeType, int size) {
        return JSON.createObjectNode().put("mimeType", mimeType == null ? "application/octet-stream" : mimeType)
                .put("mimeTypeName", mimeType == null ? "Binary" : mimeType).put("sizeInBytes", size).put("encoding", "UTF-8");
    }

    /**
     * Content as the definitions declare it (application/octet-stream; the real server sends the content's own
     * mimetype, which a Swagger 2.0 definition cannot express). The service reads bytes either way.
     */
    private static ResponseDefinition binary(byte[] body, String mimeType) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream").withBody(body).build();
    }

    /** In the order a search request asks for (fields ascending, numbers as numbers); unsorted otherwise. */
    private static List<FakeNode> sorted(List<FakeNode> nodes, JsonNode sort) {
        if (!sort.isArray() || sort.isEmpty()) {
            return nodes;
        }
        java.util.Comparator<FakeNode> order = null;
        for (JsonNode s : sort) {
            if (!"FIELD".equals(s.path("type").asText("FIELD"))) {
                throw new Unfaithful("the stand-in's search sorts only by FIELD, not " + s.path("type").asText());
            }
            String field = s.path("field").asText();
            java.util.Comparator<FakeNode> by = java.util.Comparator.comparing(n -> sortKey(n.properties.get(field)));
            if (!s.path("ascending").asBoolean(true)) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        return nodes.stream().sorted(order).toList();
    }

    private static String sortKey(Object value) {
        String v = value == null ? "" : String.valueOf(value);
        return v.matches("\\d{1,9}") ? String.format("%010d", Long.parseLong(v)) : v;
    }

    /** As the repository stores them: a JSON array is a multi-valued property, null removes the value. */
    private static void putProperty(FakeNode node, String name, JsonNode value) {
        if (value.isNull()) {
            node.properties.remove(name);
        } else if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(v -> values.add(v.asText()));
            node.properties.put(name, values);
        } else {
            node.properties.put(name, value.asText());
        }
    }

    private static ObjectNode entry(ObjectNode value) {
        ObjectNode json = JSON.createObjectNode();
        json.set("entry", value);
        return json;
    }

    /** A page as the request's skipCount and maxItems ask (defaults 0 and 100), refused as Paging refuses bad values. */
    private ObjectNode paging(List<ObjectNode> all, Request request) {
        int skip = query(request, "skipCount", 0);
        int max = query(request, "maxItems", 100);
        checkPaging(skip, max);
        return paging(all, skip, max);
    }

    /** As RecognizedParamsExtractor.getPaging and Paging.valueOf: a negative skipCount or a maxItems below 1 is a 400. */
    private static void checkPaging(int skip, int max) {
        if (max < 1) {
            throw new BadRequest("Only positive values supported for maxItems.");
        }
        if (skip < 0) {
            throw new BadRequest("Invalid paging parameter skipCount:" + skip);
        }
    }

    private static ObjectNode paging(List<ObjectNode> all, int skip, int max) {
        ObjectNode json = JSON.createObjectNode();
        ObjectNode list = json.putObject("list");
        List<ObjectNode> page = all.subList(Math.min(skip, all.size()), Math.min(skip + max, all.size()));
        list.putObject("pagination").put("count", page.size()).put("hasMoreItems", skip + max < all.size())
                .put("totalItems", all.size()).put("skipCount", skip).put("maxItems", max);
        ArrayNode entries = list.putArray("entries");
        page.forEach(e -> entries.add(entry(e)));
        return json;
    }

    private static boolean includes(Request request, String field) {
        return request.queryParameter("include").isPresent()
                && request.queryParameter("include").values().stream().anyMatch(v -> List.of(v.split(",")).contains(field));
    }

    /** A request the contract allows whose answer the stand-in cannot give as ACS would. */
    static final class Unfaithful extends RuntimeException {
        Unfaithful(String message) {
            super(message);
        }
    }

    /** A request ACS refuses with 400 (the message is the repository's). */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private static int query(Request request, String name, int defaultValue) {
        if (!request.queryParameter(name).isPresent()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(request.queryParameter(name).firstValue());
        } catch (NumberFormatException e) {
            throw new BadRequest("Invalid paging parameter " + name + ":" + request.queryParameter(name).firstValue());
        }
    }

    private static ResponseDefinition ok(int status, ObjectNode body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }

    private ResponseDefinition error(int status, String summary) {
        String path = current == null ? "" : URLDecoder.decode(current.getUrl().replaceFirst("\\?.*$", ""), StandardCharsets.UTF_8);
        if (current != null && !errorShapes.hasBody(current.getMethod().getName(), path, status)) {
            return aResponse().withStatus(status).build();
        }
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("errorKey", errorKey(status)).put("statusCode", status)
                .put("briefSummary", summary).put("stackTrace", "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions")
                .put("descriptionURL", "https://api-explorer.alfresco.com");
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(error.toString()).build();
    }

    /**
     * The key the REST framework's exception resolvers give: an API exception carries its own (EntityNotFound,
     * PermissionDenied, InvalidArgument, ConstraintViolated); a repository exception mapped to a status only
     * (IntegrityException as 422) gets the default one.
     */
    private static String errorKey(int status) {
        return switch (status) {
            case 400 -> "framework.exception.InvalidArgument";
            case 403 -> "framework.exception.PermissionDenied";
            case 404 -> "framework.exception.EntityNotFound";
            case 409 -> "framework.exception.ConstraintViolated";
            default -> "framework.exception.ApiDefault";
        };
    }
}
