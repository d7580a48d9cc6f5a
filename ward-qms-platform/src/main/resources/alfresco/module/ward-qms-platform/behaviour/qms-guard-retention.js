<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-integrity.js">
/*
 * Ward QMS repository behaviour (context/integrity-context.xml): onUpdateProperties of qms:retention
 * (NodeServicePolicies.OnUpdatePropertiesPolicy).
 * A record's or a file's retention and disposition change only by the QMS service (an administrator's change is
 * written to the records audit register); its record type too, once its file is closed.
 * behaviour.args: [0] the record or file (ScriptNode), [1] the properties before, [2] after.
 */
qmsIntegrity.retentionPropertiesUpdated(behaviour.args[0], behaviour.args[1], behaviour.args[2]);
