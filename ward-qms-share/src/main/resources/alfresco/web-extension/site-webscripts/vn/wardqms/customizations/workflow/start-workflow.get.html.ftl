<#-- Ward QMS: the start-workflow page's widget that opens the one process a QMS action named (see start-workflow.get.js). -->
<@markup id="ward-qms-js" target="js" action="after">
   <@script src="${url.context}/res/ward-qms-share/js/qms-start-workflow.js" group="workflow"/>
</@>
