<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onUpdateProperties of qms:recordFolder.
 * A closed file cannot be reopened, and what identifies it (code, year, creator, name, title) stays as it is.
 * behaviour.args: [0] the file (ScriptNode), [1] the properties before, [2] after (Map<QName, Serializable>).
 */
qmsRecords.filePropertiesUpdated(behaviour.args[0], behaviour.args[1], behaviour.args[2]);
