<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): beforeRemoveAspect of qms:legalHold (fired by
 * DbNodeServiceImpl.removeAspect before the aspect and its properties go, so the reason can still be read). Writes
 * HOLD_RELEASED in the records audit register, in the same transaction.
 * behaviour.args: [0] the node (ScriptNode), [1] the aspect's QName as a string.
 */
qmsRecords.holdReleased(behaviour.args[0]);
