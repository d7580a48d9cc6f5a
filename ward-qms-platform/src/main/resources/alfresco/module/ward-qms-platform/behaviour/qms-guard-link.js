<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-integrity.js">
/*
 * Ward QMS repository behaviour (context/integrity-context.xml): onCreateAssociation and onDeleteAssociation of qms:amends (on qms:controlledDocument),
 * qms:supersededBy (on qms:obsolete), qms:decisionCovers and qms:decisionDossier (on qms:dispositionDecision)
 * (NodeServicePolicies.OnCreateAssociationPolicy / OnDeleteAssociationPolicy).
 * These links are made and removed only by the QMS processes or the QMS service (an administrator's change is written
 * to the records audit register); a link of a node being deleted goes with it.
 * behaviour.args: [0] the association (Association: source, target, type).
 */
qmsIntegrity.linkChanged(String(behaviour.name), behaviour.args[0]);
