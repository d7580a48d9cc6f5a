<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-integrity.js">
/*
 * Ward QMS repository behaviour (context/integrity-context.xml): onUpdateProperties of qms:dispositionDecision
 * (NodeServicePolicies.OnUpdatePropertiesPolicy).
 * A decision is recorded (RECORDED) by the quality secretary; its state, and what it decides once it is being
 * carried out, change only by the QMS service (an administrator's change is written to the records audit register).
 * behaviour.args: [0] the decision (ScriptNode), [1] the properties before, [2] after.
 */
qmsIntegrity.decisionPropertiesUpdated(behaviour.args[0], behaviour.args[1], behaviour.args[2]);
