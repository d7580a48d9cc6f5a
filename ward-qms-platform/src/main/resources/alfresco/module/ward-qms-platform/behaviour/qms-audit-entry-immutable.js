<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onUpdateProperties, onContentUpdate and
 * beforeDeleteNode of qms:auditEntry. An entry of the records audit register is never changed or deleted.
 * behaviour.name: the policy's method; behaviour.args: [0] the entry (ScriptNode), then the policy's other arguments.
 */
qmsRecords.auditEntryTouched(String(behaviour.name), behaviour.args);
