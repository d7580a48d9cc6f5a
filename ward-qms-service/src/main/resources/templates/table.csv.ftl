<#ftl output_format="plainText" encoding="UTF-8" strip_whitespace=true>
<#-- A QMS report as CSV (RFC 4180: comma, CRLF, every field quoted, quotes doubled); first line the headings. -->
<#-- A value a spreadsheet would take for a formula (= + - @, or a tab or return first) is written as text: ' before it. -->
<#function q value><#local s = (value!"")?string><#if s?matches(r"[=+\-@\t\r].*", "s")><#local s = "'" + s></#if><#return '"' + s?replace('"', '""') + '"'></#function>
${q(noLabel)}<#list columns as column>,${q(column)}</#list>${"\r\n"}<#t>
<#list rows as row>
${q(row?counter?c)}<#list row as cell>,${q(cell)}</#list>${"\r\n"}<#t>
</#list>
