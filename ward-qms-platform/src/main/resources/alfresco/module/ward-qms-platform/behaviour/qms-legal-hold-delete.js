<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): beforeDeleteNode of qms:legalHold (an aspect:
 * class behaviours fire for every type and aspect of the node). Nothing on legal hold is deleted, open file or not.
 * behaviour.args: [0] the node about to be deleted (ScriptNode).
 */
qmsRecords.heldDeleteRequested(behaviour.args[0]);
