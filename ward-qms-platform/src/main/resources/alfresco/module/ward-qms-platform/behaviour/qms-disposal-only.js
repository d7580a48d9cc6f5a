<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): beforeDeleteNode of cm:cmobject
 * (NodeServicePolicies.BeforeDeleteNodePolicy; DbNodeServiceImpl.deleteNode fires it for the node and
 * every node below it, children first, before anything is deleted or archived).
 * A closed file, and what is in it, is deleted only by disposition under an competent person's destruction decision to destroy it
 * that is being carried out, and never while the file or anything in it is on legal hold.
 * behaviour.args: [0] the node about to be deleted (ScriptNode).
 */
qmsRecords.deleteRequested(behaviour.args[0]);
