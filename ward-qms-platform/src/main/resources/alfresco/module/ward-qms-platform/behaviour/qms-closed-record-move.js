<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onMoveNode of cm:cmobject
 * (NodeServicePolicies.OnMoveNodePolicy, fired by DbNodeServiceImpl.moveNode after the move, rename included).
 * A closed file is not moved, nothing in it moves, and an entry of the records audit register stays in the register.
 * behaviour.args: [0] the old primary parent association, [1] the new one (ChildAssociation: parent, child).
 */
qmsRecords.recordMoved(behaviour.args[0], behaviour.args[1]);
