<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): a legal hold placed, bound to qms:legalHold for
 *   - onAddAspect (fired after the aspect is added): fills who placed the hold and when, if not given;
 *   - onUpdateProperties (fires for a node that has the aspect): when the hold gets its reason, writes HOLD_PLACED in the
 *     records audit register, in the same transaction.
 * behaviour.name: the policy's method; behaviour.args: [0] the node (ScriptNode), then for onAddAspect the aspect's QName
 * as a string, for onUpdateProperties the properties before and after (Map<QName, Serializable>).
 */
qmsRecords.holdPlaced(String(behaviour.name), behaviour.args);
