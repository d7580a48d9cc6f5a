<import resource="classpath:alfresco/module/ward-qms-platform/workflow/qms-document.js">
/*
 * Ward QMS repository behaviour (context/behaviour-context.xml): onAddAspect of qms:controlled, which the node
 * service fires both when a qms:controlledDocument is created and when the drafts folder's rule specialises an
 * uploaded cm:content to one (DbNodeServiceImpl.createNode / setType add the type's missing mandatory aspects and
 * invoke onAddAspect for each). Runs in that transaction, as the user who created or uploaded the document.
 * behaviour.args: [0] the node (ScriptNode), [1] the aspect's QName as a string.
 */
qmsDocument.controlledDocumentCreated(behaviour.args[0]);
