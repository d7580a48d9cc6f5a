package org.alfresco.repo.workflow.activiti.script;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.delegate.Expression;
import org.activiti.engine.delegate.VariableScope;
import org.activiti.engine.impl.context.Context;

import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * TEST DOUBLE of the repository's ActivitiScriptBase (repository jar, not available here), the base of its script
 * listeners, written to its contract (repository/src/main/java/org/alfresco/repo/workflow/activiti/script/
 * ActivitiScriptBase.java):
 * <ul>
 * <li>fields {@code script} (required), {@code runAs}, {@code scriptProcessor}, Activiti Expressions evaluated
 * against the execution or task;</li>
 * <li>the ServiceRegistry is the engine's bean {@code services} (here the stand-in repository);</li>
 * <li>without {@code runAs} the script runs as the authenticated user, or as the system user when there is none;</li>
 * <li>with {@code runAs} the user must be an existing person — checked with PersonService.personExists, which is
 * false for the system user, so "System" is refused — else WorkflowException "runas user '...' does not exist.";
 * the script then runs as that user (AuthenticationUtil.runAs);</li>
 * <li>{@code person} in the script model is the runAs user's person node, else the authenticated user's; none for
 * the system user;</li>
 * <li>the root objects every repository script has are added (processor extensions: {@code people},
 * {@code groups}, {@code siteService}); the script's result is ignored.</li>
 * </ul>
 * Like the real class, one instance serves every execution of its BPMN element: it keeps no state.
 */
public class ActivitiScriptBase {
    protected Expression script;
    protected Expression runAs;
    protected Expression scriptProcessor;

    public void setScript(Expression script) {
        this.script = script;
    }

    public void setRunAs(Expression runAs) {
        this.runAs = runAs;
    }

    public void setScriptProcessor(Expression scriptProcessor) {
        this.scriptProcessor = scriptProcessor;
    }

    /** The deployment categories whose scripts run with Java (WorkflowDeployer.CATEGORY_ALFRESCO_INTERNAL, CATEGORY_FULL_ACCESS). */
    private static final java.util.Set<String> SECURE_CATEGORIES = java.util.Set.of("http://alfresco.org/workflows/internal",
            "http://alfresco.org/workflows/fullAccess");

    /**
     * As isSecure: a workflow is secure when its deployment's category is internal or full access (the repository's
     * workflow deployer deploys the definitions it bootstraps from the class path with full access); its scripts
     * then run as a secure script, Java included, and otherwise in the sandbox.
     */
    private static boolean isSecure(Map<String, Object> model) {
        String category = null;
        if (Context.isExecutionContextActive()) {
            category = Context.getExecutionContext().getDeployment().getCategory();
        } else {
            String definitionId = null;
            if (model.get("execution") instanceof org.activiti.engine.delegate.DelegateExecution execution) {
                definitionId = execution.getProcessDefinitionId();
            } else if (model.get("task") instanceof org.activiti.engine.delegate.DelegateTask task) {
                definitionId = task.getProcessDefinitionId();
            }
            if (definitionId != null) {
                var repository = Context.getProcessEngineConfiguration().getRepositoryService();
                String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
                category = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getCategory();
            }
        }
        return category != null && SECURE_CATEGORIES.contains(category);
    }

    protected static StandInRepository services() {
        return (StandInRepository) Context.getProcessEngineConfiguration().getBeans().get("services");
    }

    /** Evaluates the fields, then runs the script with the model from {@code activitiModel} (the listener's part). */
    protected void run(VariableScope scope, Map<String, Object> activitiModel) {
        if (script == null) {
            throw new IllegalArgumentException("The field 'script' should be set on the TaskListener");
        }
        String source = (String) script.getValue(scope);
        String runAsUser = runAs == null ? null : (String) runAs.getValue(scope);
        if (scriptProcessor != null && !"javascript".equals(scriptProcessor.getValue(scope))) {
            throw new IllegalArgumentException("only the javascript processor is available here");
        }
        StandInRepository services = services();
        String user;
        if (runAsUser != null) {
            if ("System".equals(runAsUser) || services.peopleRootObject().getPerson(runAsUser) == null) {
                throw new ActivitiException("runas user '" + runAsUser + "' does not exist.");
            }
            user = runAsUser;
        } else {
            user = services.currentUser() != null ? services.currentUser() : "System";
        }
        Map<String, Object> model = new HashMap<>();
        if (!"System".equals(user) && services.peopleRootObject().getPerson(user) != null) {
            model.put("person", services.peopleRootObject().getPerson(user));
        }
        model.putAll(activitiModel);
        model.put("people", services.peopleRootObject());
        model.put("groups", services.groupsRootObject());
        model.put("siteService", services.siteServiceRootObject());
        boolean secure = isSecure(activitiModel);
        services.runAs(user, () -> {
            services.scripts().run(source, model, services, secure);
            return null;
        });
    }
}
