package org.alfresco.repo.workflow.activiti.tasklistener;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.impl.persistence.entity.TaskEntity;

import vn.wardqms.platform.workflow.standin.TaskTypes;

/** Test-double helper: the form key of a task's definition, as the repository's task type manager reads it. */
final class AlfrescoTaskForms {
    private AlfrescoTaskForms() {
    }

    /** The task's type: its form key if the dictionary knows it, else bpm:workflowTask (ActivitiTaskTypeManager). */
    static String type(DelegateTask task, TaskTypes types) {
        String formKey = formKey(task);
        return types.knows(formKey) ? formKey : "bpm:workflowTask";
    }

    private static String formKey(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getFormKeyExpression() != null) {
            return entity.getTaskDefinition().getFormKeyExpression().getExpressionText();
        }
        return "bpm:workflowTask";
    }
}
