<import resource="classpath:alfresco/module/ward-qms-platform/behaviour/qms-records.js">
/*
 * Ward QMS repository behaviour (context/records-behaviour-context.xml): onContentUpdate of cm:cmobject
 * (ContentServicePolicies.OnContentUpdatePolicy, fired by ContentServiceImpl when cm:content changes).
 * The content of anything in a closed file, in its subfolders too, cannot change.
 * behaviour.args: [0] the record (ScriptNode), [1] newContent (true when the node had no content before).
 */
qmsRecords.recordContentUpdated(behaviour.args[0]);
