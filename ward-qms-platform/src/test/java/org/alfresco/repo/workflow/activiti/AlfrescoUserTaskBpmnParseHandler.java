package org.alfresco.repo.workflow.activiti;

import java.util.ArrayList;
import java.util.List;

import org.activiti.bpmn.model.BaseElement;
import org.activiti.bpmn.model.UserTask;
import org.activiti.engine.delegate.TaskListener;
import org.activiti.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.activiti.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.activiti.engine.impl.bpmn.parser.BpmnParse;
import org.activiti.engine.impl.bpmn.parser.handler.AbstractBpmnParseHandler;
import org.activiti.engine.impl.pvm.process.ActivityImpl;
import org.activiti.engine.impl.task.TaskDefinition;
import org.alfresco.repo.workflow.activiti.tasklistener.TaskCompleteListener;
import org.alfresco.repo.workflow.activiti.tasklistener.TaskCreateListener;

import vn.wardqms.platform.workflow.standin.TaskTypes;

/**
 * TEST DOUBLE of the repository's AlfrescoUserTaskBpmnParseHandler (a post-BPMN parse handler of its engine
 * configuration): every user task, multi-instance included, gets the repository's create listener and complete
 * listener at index 0, before the listeners the BPMN declares.
 */
public class AlfrescoUserTaskBpmnParseHandler extends AbstractBpmnParseHandler<UserTask> {
    private final TaskListener createListener;
    private final TaskListener completeListener;

    public AlfrescoUserTaskBpmnParseHandler(TaskTypes types) {
        this.createListener = new TaskCreateListener(types);
        this.completeListener = new TaskCompleteListener(types);
    }

    @Override
    protected Class<? extends BaseElement> getHandledType() {
        return UserTask.class;
    }

    @Override
    protected void executeParse(BpmnParse bpmnParse, UserTask userTask) {
        ActivityImpl activity = findActivity(bpmnParse, userTask.getId());
        TaskDefinition definition;
        if (activity.getActivityBehavior() instanceof MultiInstanceActivityBehavior multi) {
            definition = ((UserTaskActivityBehavior) multi.getInnerActivityBehavior()).getTaskDefinition();
        } else {
            definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        }
        first(definition, TaskListener.EVENTNAME_CREATE, createListener);
        first(definition, TaskListener.EVENTNAME_COMPLETE, completeListener);
    }

    private static void first(TaskDefinition definition, String event, TaskListener listener) {
        List<TaskListener> listeners = definition.getTaskListeners().get(event);
        if (listeners == null) {
            definition.addTaskListener(event, listener);
        } else {
            List<TaskListener> ordered = new ArrayList<>(listeners);
            ordered.add(0, listener);
            listeners.clear();
            listeners.addAll(ordered);
        }
    }
}
