<#include "/org/alfresco/components/form/controls/common/utils.inc.ftl" />
<#--
  Ward QMS: a select for the advanced-search forms. Share's selectone.ftl selects the field's value, and a type's form
  carries the model's default (qms:lifecycleState DRAFT, qms:dispositionStatus ACTIVE, qms:fileState OPEN,
  qms:retentionPermanent false): every search would silently be filtered by it. This control ignores the value and
  selects the first option, "(any)", whose value is empty, so nothing is filtered until the user chooses.
  Parameter options: value|{message key} pairs, comma separated, as selectone.ftl takes them.
-->
<div class="form-field">
   <label for="${fieldHtmlId}">${field.label?html}:</label>
   <select id="${fieldHtmlId}" name="${field.name}" tabindex="0"<#if field.description??> title="${field.description?html}"</#if>>
      <#list field.control.params.options?split(",") as option>
         <#assign choice=option?split("|")>
         <option value="${choice[0]?html}"<#if option_index == 0> selected="selected"</#if>><#if choice?size &gt; 1>${msgValue(choice[1])?html}<#else>${choice[0]?html}</#if></option>
      </#list>
   </select>
   <@formLib.renderFieldHelp field=field />
</div>
