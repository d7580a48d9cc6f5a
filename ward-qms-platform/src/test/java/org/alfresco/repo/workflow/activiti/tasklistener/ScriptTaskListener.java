package org.alfresco.repo.workflow.activiti.tasklistener;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.alfresco.repo.workflow.activiti.script.ActivitiScriptBase;

/**
 * TEST DOUBLE of the repository's ScriptTaskListener, see ActivitiScriptBase for the fields and runAs. The script
 * model: {@code task} (the DelegateTask), {@code execution} (the task's execution) and every variable of the
 * execution — not the task's local variables. With nobody authenticated the task's assignee is authenticated for
 * the script (checkFullyAuthenticatedUser).
 */
public class ScriptTaskListener extends ActivitiScriptBase implements TaskListener {
    private static final long serialVersionUID = 1L;

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> model = new HashMap<>();
        model.put("task", task);
        model.put("execution", task.getExecution());
        model.putAll(task.getExecution().getVariables());
        if (services().currentUser() == null && task.getAssignee() != null) {
            services().runAs(task.getAssignee(), () -> {
                run(task, model);
                return null;
            });
        } else {
            run(task, model);
        }
    }
}
