<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onMoveNode of qms:record
 * (NodeServicePolicies.OnMoveNodePolicy, fired by DbNodeServiceImpl.moveNode after the move, rename included).
 * A record cannot leave its closed file.
 * behaviour.args: [0] the old primary parent association, [1] the new one (ChildAssociation: parent, child).
 */
qmsRecords.recordMoved(behaviour.args[0], behaviour.args[1]);
