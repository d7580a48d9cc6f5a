package vn.wardqms.platform.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;

import vn.wardqms.platform.workflow.standin.NodeVariableTypes;
import vn.wardqms.platform.workflow.standin.StandInNode;
import vn.wardqms.platform.workflow.standin.StandInNodeList;
import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * The QMS processes deployed on a real Activiti 5.23 engine (H2 in memory), wired as the repository wires them:
 * the module's rule beans under the names the BPMN uses (built from the module's own alfresco-global.properties),
 * the stand-in repository as the {@code services} bean, nodes stored in variables by reference. Starting a process
 * and completing a task go the way the repository's REST API does it.
 */
final class QmsEngine implements AutoCloseable {
    static final Instant FRIDAY_MORNING = Instant.parse("2026-11-27T02:00:00Z"); // 09:00 in Hà Nội, a Friday

    private static final String MODULE = "alfresco/module/ward-qms-platform/";
    private static final List<String> DEFINITIONS = List.of("qms-document-approval.bpmn20.xml",
            "qms-withdrawal.bpmn20.xml", "qms-periodic-review.bpmn20.xml", "qms-read-acknowledgement.bpmn20.xml");

    final StandInRepository repository;
    /** The QMS site's document library and its drafts folder (Dự thảo), where staff may add drafts. */
    final StandInNode library;
    final StandInNode drafts;
    final ProcessEngine engine;
    final MutableClock clock = new MutableClock(FRIDAY_MORNING);
    final WorkflowSettings settings;

    private QmsEngine(Properties overrides) {
        Path classes = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/classes");
        repository = new StandInRepository(classes.resolve(MODULE + "model/qmsModel.xml"));
        library = repository.site("ward-qms");
        drafts = repository.folder(library, "Dự thảo");
        repository.grant(drafts, "GROUP_EVERYONE", "Contributor");
        Properties properties = moduleDefaults(classes);
        properties.putAll(overrides);
        settings = WorkflowSettings.from(properties);

        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:qms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setDatabaseSchemaUpdate("true");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        Map<Object, Object> beans = new HashMap<>();
        beans.put("services", repository);
        beans.put("qmsProcessStart", new ProcessStartListener(settings, clock));
        beans.put("qmsTaskRules", new TaskRulesListener(settings, clock));
        config.setBeans(beans);
        config.setCustomPreVariableTypes(NodeVariableTypes.of(repository));
        // As the repository configures its engine: its own listeners first on every user task.
        Path bpmModel = vn.wardqms.checks.SharedContracts.dir().resolve("alfresco/model/bpmModel.xml");
        config.setPostBpmnParseHandlers(List.of(new org.alfresco.repo.workflow.activiti.AlfrescoUserTaskBpmnParseHandler(
                new vn.wardqms.platform.workflow.standin.TaskTypes(bpmModel, classes.resolve(MODULE + "model/qmsWorkflowModel.xml")))));
        engine = config.buildProcessEngine();

        // As the repository's workflow deployer bootstraps them: with full access (ActivitiWorkflowEngine sets the
        // deployment's category to WorkflowDeployer.CATEGORY_FULL_ACCESS), so their scripts run as secure scripts.
        var deployment = engine.getRepositoryService().createDeployment().name("ward-qms-platform")
                .category("http://alfresco.org/workflows/fullAccess");
        for (String definition : DEFINITIONS) {
            deployment.addClasspathResource(MODULE + "workflow/" + definition);
        }
        deployment.deploy();
    }

    static QmsEngine start() {
        return new QmsEngine(new Properties());
    }

    static QmsEngine start(Properties overrides) {
        return new QmsEngine(overrides);
    }

    /**
     * The ward's people, as in the quality manual's cover table, plus a few colleagues; thu is the quality secretary, binh
     * a civil servant in neither the approvers' nor the reviewers' group.
     */
    QmsEngine withPeople() {
        repository.group("GROUP_WARDQMS_SECRETARY", "thu");
        repository.person("suong", "Đỗ Thị", "Sương", "Chuyên viên");
        repository.person("hung", "Huỳnh Văn", "Hưng", "Phó Trưởng phòng Văn hóa - Xã hội");
        repository.person("lan", "Trần Thị", "Lan", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị");
        repository.person("minh", "Lê Văn", "Minh", "Chánh Văn phòng HĐND và UBND");
        repository.person("hoat", "Nguyễn", "Hoạt", "Chủ tịch UBND phường");
        repository.person("thu", "Phạm Thị", "Thu", "Thư ký ISO");
        repository.person("binh", "Võ Thanh", "Bình", "Công chức Văn phòng");
        // As the README tells administrators: who may approve (the chairman through the leaders' group) and review.
        repository.group("GROUP_WARDQMS_LEADERS", "hoat");
        repository.group("GROUP_WARDQMS_APPROVERS", "GROUP_WARDQMS_LEADERS", "minh", "hung");
        repository.group("GROUP_WARDQMS_REVIEWERS", "hung", "lan", "minh", "hoat");
        return this;
    }

    /**
     * A document created by suong (the drafter in these tests) in a folder of the site where everyone may edit. A
     * document not yet in force is private from its creation (the module's behaviour), whatever the folder says.
     */
    StandInNode document(String name, String state) {
        StandInNode folder = repository.folder(library, "Tài liệu nội bộ " + UUID.randomUUID());
        repository.grant(folder, "GROUP_EVERYONE", "Collaborator");
        return document(folder, name, state, Map.of());
    }

    StandInNode document(StandInNode folder, String name, String state, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "qms:documentKind", "PROCEDURE", "qms:documentCode", "QT-05", "qms:lifecycleState", state,
                "qms:ownerUnit", "Phòng Văn hóa - Xã hội"));
        properties.putAll(more);
        // Already in its state and with its code, as the processes and the service would have left it.
        return repository.asTheProcessesLeftIt(() -> repository.runAs("suong", () -> repository.create(folder, "qms:controlledDocument", name, properties)));
    }

    /** POST /processes: the initiator is the authenticated user; person associations arrive as person nodes. */
    ProcessInstance start(String process, String initiator, StandInNode document, Map<String, Object> variables) {
        repository.authenticate(initiator);
        Authentication.setAuthenticatedUserId(initiator);
        try {
            Map<String, Object> start = new HashMap<>(variables);
            start.put("initiator", repository.personNode(initiator));
            start.put("bpm_package", repository.workflowPackage(document));
            start.put("cancelled", false);
            // One transaction, as the repository's REST call is: a start refused by a script leaves no change behind.
            return repository.transaction(() -> engine.getRuntimeService().startProcessInstanceByKey(process, start));
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    ProcessInstance startApproval(String drafter, StandInNode document, List<String> reviewers, String approver) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("qmswf_reviewers", repository.people(reviewers.toArray(String[]::new)));
        if (approver != null) {
            variables.put("qmswf_approver", repository.personNode(approver));
        }
        variables.put("qmswf_changeSummary", "Ban hành lần đầu");
        return start(ProcessStartListener.APPROVAL_PROCESS, drafter, document, variables);
    }

    /** Open tasks of a process and of any process it called. */
    List<Task> tasks(String processInstanceId) {
        List<String> ids = new java.util.ArrayList<>(List.of(processInstanceId));
        for (int i = 0; i < ids.size(); i++) {
            engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
                    .forEach(p -> ids.add(p.getId()));
        }
        return ids.stream().flatMap(id -> engine.getTaskService().createTaskQuery().processInstanceId(id)
                .orderByTaskAssignee().asc().list().stream()).toList();
    }

    Task task(String processInstanceId, String assignee) {
        return tasks(processInstanceId).stream().filter(t -> assignee.equals(t.getAssignee())).findFirst()
                .orElseThrow(() -> new AssertionError("no open task for " + assignee + " in " + tasks(processInstanceId)));
    }

    /** PUT /tasks/{id} with state=completed: local variables first, then complete, as the assignee. */
    void complete(Task task, String outcome, String comment) {
        complete(task, outcome, comment, Map.of());
    }

    void complete(Task task, String outcome, String comment, Map<String, Object> moreLocal) {
        repository.authenticate(task.getAssignee());
        Authentication.setAuthenticatedUserId(task.getAssignee());
        try {
            Map<String, Object> local = new HashMap<>(moreLocal);
            QmsTask kind = QmsTask.byTaskKey(task.getTaskDefinitionKey()).orElseThrow();
            if (kind.outcomeVariable() != null && outcome != null) {
                local.put(kind.outcomeVariable(), outcome);
            }
            if (comment != null) {
                local.put("bpm_comment", comment);
            }
            repository.transaction(() -> {
                engine.getTaskService().setVariablesLocal(task.getId(), local);
                engine.getTaskService().complete(task.getId());
                return null;
            });
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    boolean ended(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
    }

    /** The end event a finished process reached. */
    String endedAt(String processInstanceId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getEndActivityId();
    }

    Object variable(String processInstanceId, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult().getValue();
    }

    StandInNodeList people(String... userNames) {
        return repository.people(userNames);
    }

    private static Properties moduleDefaults(Path classes) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(classes.resolve(MODULE + "alfresco-global.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public void close() {
        engine.close();
    }
}
