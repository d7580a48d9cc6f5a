<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): beforeDeleteNode of qms:record and of
 * qms:recordFolder (NodeServicePolicies.BeforeDeleteNodePolicy; DbNodeServiceImpl.deleteNode fires it for the node and
 * every node below it, children first, before anything is deleted or archived).
 * A closed file, and what is in it, is deleted only by disposition under an appraisal council decision to destroy it,
 * and never while the file or any of its records is on legal hold.
 * behaviour.args: [0] the node about to be deleted (ScriptNode).
 */
qmsRecords.deleteRequested(behaviour.args[0]);
