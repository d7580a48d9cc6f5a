package org.alfresco.repo.workflow.activiti.listener;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.delegate.Expression;
import org.activiti.engine.impl.context.Context;
import org.activiti.engine.impl.pvm.delegate.ExecutionListenerExecution;

import vn.wardqms.platform.workflow.standin.StandInRepository;

/**
 * TEST DOUBLE of the repository's ScriptExecutionListener (repository jar, not available here), written to its
 * contract (ActivitiScriptBase / DelegateExecutionScriptBase):
 * <ul>
 * <li>fields {@code script} (required), {@code runAs}, {@code scriptProcessor}, each an Activiti Expression
 * evaluated against the execution;</li>
 * <li>the ServiceRegistry is the engine's bean {@code services} (here the stand-in repository);</li>
 * <li>the script model: {@code person} (the runAs user, else the authenticated user), {@code execution}, every
 * variable of {@code execution.getVariables()} under its Activiti name, then {@code deleted} and {@code cancelled}
 * from the delete reason; plus the root objects every repository script has ({@code people});</li>
 * <li>the script runs through the script service, so {@code <import resource>} directives work; its result is
 * ignored.</li>
 * </ul>
 * Like the real class, one instance serves every execution of its BPMN element: it keeps no state.
 */
public class ScriptExecutionListener implements ExecutionListener {
    private static final long serialVersionUID = 1L;

    private Expression script;
    private Expression runAs;
    private Expression scriptProcessor;

    public void setScript(Expression script) {
        this.script = script;
    }

    public void setRunAs(Expression runAs) {
        this.runAs = runAs;
    }

    public void setScriptProcessor(Expression scriptProcessor) {
        this.scriptProcessor = scriptProcessor;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (script == null) {
            throw new IllegalArgumentException("The field 'script' should be set on the TaskListener");
        }
        String source = (String) script.getValue(execution);
        String runAsUser = runAs == null ? null : (String) runAs.getValue(execution);
        if (scriptProcessor != null && !"javascript".equals(scriptProcessor.getValue(execution))) {
            throw new IllegalArgumentException("only the javascript processor is available here");
        }
        StandInRepository services = (StandInRepository) Context.getProcessEngineConfiguration().getBeans().get("services");
        String user = runAsUser != null ? runAsUser : services.currentUser();

        Map<String, Object> model = new HashMap<>();
        if (user != null && services.peopleRootObject().getPerson(user) != null) {
            model.put("person", services.peopleRootObject().getPerson(user));
        }
        model.put("execution", execution);
        model.putAll(execution.getVariables());
        String deleteReason = ((ExecutionListenerExecution) execution).getDeleteReason();
        model.put("deleted", "deleted".equals(deleteReason));
        model.put("cancelled", "cancelled".equals(deleteReason));
        model.put("people", services.peopleRootObject());
        services.scripts().run(source, model, services);
    }
}
