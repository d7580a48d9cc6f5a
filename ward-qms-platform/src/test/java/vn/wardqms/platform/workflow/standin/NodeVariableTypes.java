package vn.wardqms.platform.workflow.standin;

import java.util.List;

import org.activiti.engine.impl.variable.ValueFields;
import org.activiti.engine.impl.variable.VariableType;

/**
 * How the repository stores nodes in process variables (alfrescoScriptNode, alfrescoScriptNodeList, registered
 * before Activiti's own types): by node reference, read back as a node of the repository. So a script that changes
 * bpm_package's document changes the repository's node, not a serialized copy.
 */
public final class NodeVariableTypes {
    private NodeVariableTypes() {
    }

    public static List<VariableType> of(StandInRepository repository) {
        return List.of(new NodeType(repository), new NodeListType(repository));
    }

    private static final class NodeType implements VariableType {
        private final StandInRepository repository;

        NodeType(StandInRepository repository) {
            this.repository = repository;
        }

        @Override
        public String getTypeName() {
            return "alfrescoScriptNode";
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public boolean isAbleToStore(Object value) {
            return value instanceof StandInNode;
        }

        @Override
        public void setValue(Object value, ValueFields fields) {
            fields.setTextValue(value == null ? null : ((StandInNode) value).getNodeRef());
        }

        @Override
        public Object getValue(ValueFields fields) {
            return fields.getTextValue() == null ? null : repository.node(fields.getTextValue());
        }
    }

    private static final class NodeListType implements VariableType {
        private final StandInRepository repository;

        NodeListType(StandInRepository repository) {
            this.repository = repository;
        }

        @Override
        public String getTypeName() {
            return "alfrescoScriptNodeList";
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public boolean isAbleToStore(Object value) {
            return value instanceof StandInNodeList;
        }

        @Override
        public void setValue(Object value, ValueFields fields) {
            fields.setTextValue(value == null ? null
                    : String.join(",", ((StandInNodeList) value).stream().map(StandInNode::getNodeRef).toList()));
        }

        @Override
        public Object getValue(ValueFields fields) {
            StandInNodeList list = new StandInNodeList();
            if (fields.getTextValue() != null && !fields.getTextValue().isEmpty()) {
                for (String nodeRef : fields.getTextValue().split(",")) {
                    list.add(repository.node(nodeRef));
                }
            }
            return list;
        }
    }
}
