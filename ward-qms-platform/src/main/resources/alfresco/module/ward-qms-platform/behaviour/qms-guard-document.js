<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-integrity.js">
/*
 * Ward QMS repository behaviour (context/integrity-context.xml): onUpdateProperties of qms:controlled
 * (NodeServicePolicies.OnUpdatePropertiesPolicy).
 * A document's lifecycle, issue, approval table, review and acknowledgements change only in the QMS processes or by
 * the QMS service (an administrator's change is written to the records audit register).
 * behaviour.args: [0] the document (ScriptNode), [1] the properties before, [2] after (Map<QName, Serializable>).
 */
qmsIntegrity.documentPropertiesUpdated(behaviour.args[0], behaviour.args[1], behaviour.args[2]);
