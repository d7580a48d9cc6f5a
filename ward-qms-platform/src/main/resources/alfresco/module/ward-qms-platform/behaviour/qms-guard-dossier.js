<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-integrity.js">
/*
 * Ward QMS repository behaviour (context/integrity-context.xml): onUpdateProperties, onContentUpdate and
 * beforeDeleteNode of qms:dossierDocument. A document of the destruction dossier of a decision being or having been
 * carried out (not RECORDED) keeps what it said when the decision was taken: only the QMS service changes or deletes
 * it (an administrator's change is written to the records audit register).
 * behaviour.name: the policy's method; behaviour.args: [0] the document (ScriptNode), then the policy's other arguments.
 */
qmsIntegrity.dossierDocumentTouched(String(behaviour.name), behaviour.args);
