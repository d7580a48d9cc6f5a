<#ftl output_format="HTML" encoding="UTF-8">
<#-- A QMS report as an HTML table (title, subject, headings from messages/reports). Values are HTML-escaped. -->
<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="UTF-8">
<title>${title}<#if subject??> — ${subject}</#if></title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
  th { background: #e8e8e8; }
  td.number { text-align: right; }
</style>
</head>
<body>
<h1>${title}</h1>
<#if subject??><h2>${subject}</h2></#if>
<p>${generatedLabel}: ${generated}</p>
<table>
<thead>
<tr><th>${noLabel}</th><#list columns as column><th>${column}</th></#list></tr>
</thead>
<tbody>
<#list rows as row>
<tr><td class="number">${row?counter}</td><#list row as cell><td>${cell}</td></#list></tr>
</#list>
</tbody>
</table>
</body>
</html>
