<#-- The forms picker's own JSON (the repository's pickerresults.lib.ftl), so Share's object finder reads it as it reads that. -->
<#import "/org/alfresco/repository/forms/pickerresults.lib.ftl" as pickerResultsLib />
<@pickerResultsLib.pickerResultsJSON results=results />
