package org.alfresco.repo.workflow.activiti.listener;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.ExecutionListener;
import org.activiti.engine.impl.pvm.delegate.ExecutionListenerExecution;
import org.alfresco.repo.workflow.activiti.script.ActivitiScriptBase;

/**
 * TEST DOUBLE of the repository's ScriptExecutionListener (DelegateExecutionScriptBase), see ActivitiScriptBase for
 * the fields and runAs. The script model: {@code execution}, every variable of {@code execution.getVariables()}
 * under its Activiti name, then {@code deleted} and {@code cancelled} from the delete reason.
 */
public class ScriptExecutionListener extends ActivitiScriptBase implements ExecutionListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> model = new HashMap<>();
        model.put("execution", execution);
        model.putAll(execution.getVariables());
        String deleteReason = ((ExecutionListenerExecution) execution).getDeleteReason();
        model.put("deleted", "deleted".equals(deleteReason));
        model.put("cancelled", "cancelled".equals(deleteReason));
        run(execution, model);
    }
}
