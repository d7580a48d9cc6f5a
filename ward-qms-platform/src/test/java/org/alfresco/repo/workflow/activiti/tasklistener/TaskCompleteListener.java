package org.alfresco.repo.workflow.activiti.tasklistener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;

import vn.wardqms.platform.workflow.standin.TaskTypes;

/**
 * TEST DOUBLE of the repository's TaskCompleteListener, attached first to the complete event of every user task.
 * Contract kept here (ActivitiPropertyConverter.checkMandatoryProperties): the task's variables, local over
 * execution, are checked for every mandatory property and every association with a mandatory target of the task's
 * full type, outside the cm: and sys: namespaces; a missing or empty one refuses the completion
 * (WorkflowException "activiti.engine.mandatory.properties.missing"). Task fields stand for bpm:taskId,
 * bpm:startDate, bpm:priority, bpm:dueDate and bpm:description. Then the task-local {@code bpm_status} becomes "Completed".
 */
public class TaskCompleteListener implements TaskListener {
    private static final long serialVersionUID = 1L;

    private final TaskTypes types;

    public TaskCompleteListener(TaskTypes types) {
        this.types = types;
    }

    @Override
    public void notify(DelegateTask task) {
        String type = AlfrescoTaskForms.type(task, types);
        Map<String, Object> values = new HashMap<>(task.getExecution().getVariables());
        values.putAll(task.getVariablesLocal());
        values.put("bpm_taskId", task.getId());
        values.put("bpm_startDate", task.getCreateTime());
        values.put("bpm_priority", task.getPriority());
        values.put("bpm_dueDate", task.getDueDate());
        values.put("bpm_description", task.getDescription());
        List<String> missing = new ArrayList<>();
        for (TaskTypes.Member m : types.members(type)) {
            if (!m.mandatory() || m.name().startsWith("cm:") || m.name().startsWith("sys:")) {
                continue;
            }
            Object value = values.get(m.name().replace(':', '_'));
            if (value == null || "".equals(value)) {
                missing.add(m.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new ActivitiException("activiti.engine.mandatory.properties.missing: Mandatory task properties have not been provided: " + missing);
        }
        task.setVariableLocal("bpm_status", "Completed");
    }
}
