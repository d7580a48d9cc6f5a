package org.alfresco.repo.workflow.activiti.tasklistener;

import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.impl.persistence.entity.TaskEntity;

/** Test-double helper: the form key of a task's definition, as the repository's task type manager reads it. */
final class AlfrescoTaskForms {
    private AlfrescoTaskForms() {
    }

    static String formKey(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null
                && entity.getTaskDefinition().getFormKeyExpression() != null) {
            return entity.getTaskDefinition().getFormKeyExpression().getExpressionText();
        }
        return "bpm:workflowTask";
    }
}
