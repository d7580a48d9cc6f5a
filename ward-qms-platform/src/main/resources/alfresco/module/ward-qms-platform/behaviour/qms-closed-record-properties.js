<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onUpdateProperties of cm:cmobject
 * (NodeServicePolicies.OnUpdatePropertiesPolicy, fired by the node service after every property change).
 * What is in a closed file, in its subfolders too, keeps its properties; only its retention, disposition and legal hold may change.
 * behaviour.args: [0] the record (ScriptNode), [1] the properties before, [2] after (Map<QName, Serializable>).
 */
qmsRecords.recordPropertiesUpdated(behaviour.args[0], behaviour.args[1], behaviour.args[2]);
