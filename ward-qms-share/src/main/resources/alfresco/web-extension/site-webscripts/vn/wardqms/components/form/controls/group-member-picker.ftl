<#--
  Ward QMS: Share's people picker (authority.ftl, included as it is) offering only the members of one QMS group:
  control-param "group" (GROUP_WARDQMS_APPROVERS or GROUP_WARDQMS_REVIEWERS). The object finder asks the platform
  module's web script /ward-qms/picker/group-members/{group}/children (finderAPI) instead of the forms picker; the
  approval process checks the same groups whoever is chosen.
-->
<#include "/org/alfresco/components/form/controls/authority.ftl" />
<#if form.mode != "view" && field.control.params.group??>
<script type="text/javascript">//<![CDATA[
(function()
{
   var picker = Alfresco.util.ComponentManager.get("${controlId}");
   if (picker)
   {
      picker.setOptions(
      {
         finderAPI: Alfresco.constants.PROXY_URI + "ward-qms/picker/group-members/${field.control.params.group?url}"
      });
   }
})();
//]]></script>
</#if>
