<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onCreateChildAssociation of cm:folder
 * (NodeServicePolicies.OnCreateChildAssociationPolicy, an association policy bound to the parent's class; fired by
 * DbNodeServiceImpl.createNode, moveNode and addChild, so for a node made in, moved into or linked into the folder).
 * Nothing is added to a closed file or to a folder in it.
 * behaviour.args: [0] the new child association (ChildAssociation: parent, child), [1] isNewNode.
 */
qmsRecords.childAdded(behaviour.args[0]);
