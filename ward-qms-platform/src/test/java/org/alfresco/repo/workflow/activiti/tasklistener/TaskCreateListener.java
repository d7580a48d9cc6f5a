package org.alfresco.repo.workflow.activiti.tasklistener;

import java.util.HashMap;
import java.util.Map;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

import vn.wardqms.platform.workflow.standin.TaskTypes;

/**
 * TEST DOUBLE of the repository's TaskCreateListener, which the repository attaches first to the create event of every
 * user task. Contract kept here: each property of the task's full type (form key type, parents, mandatory aspects)
 * that has a default and no task-local value yet gets the default as a task-local variable ({@code prefix_name});
 * bpm:priority goes to the task's priority field instead; the task-local variable {@code taskFormKey} holds the type.
 * (Not modelled: descriptions from message bundles, the initiator's "starter" identity link.)
 */
public class TaskCreateListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    private final TaskTypes types;

    public TaskCreateListener(TaskTypes types) {
        this.types = types;
    }

    @Override
    public void notify(DelegateTask task) {
        String type = AlfrescoTaskForms.type(task, types);
        Map<String, Object> defaults = new HashMap<>();
        for (TaskTypes.Member m : types.members(type)) {
            if (m.association() || m.defaultValue() == null) {
                continue;
            }
            String variable = m.name().replace(':', '_');
            if ("bpm:priority".equals(m.name())) {
                task.setPriority(Integer.parseInt(m.defaultValue()));
            } else if (task.getVariableLocal(variable) == null) {
                defaults.put(variable, m.defaultValue());
            }
        }
        task.setVariablesLocal(defaults);
        task.setVariableLocal("taskFormKey", type);
    }
}
