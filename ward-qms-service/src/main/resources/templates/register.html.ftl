<#ftl output_format="HTML" encoding="UTF-8">
<#-- Danh mục tài liệu nội bộ / Register of internal documents. Values are HTML-escaped by the output format. -->
<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="UTF-8">
<title>${h["register.title"]}</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
  th { background: #e8e8e8; }
  td.number { text-align: right; }
</style>
</head>
<body>
<h1>${h["register.title"]}</h1>
<p>${h["register.subtitle"]}</p>
<p>${h["register.generated"]}: ${generated}</p>
<table>
<thead>
<tr>
  <th>${h["register.no"]}</th><th>${h["register.code"]}</th><th>${h["register.documentTitle"]}</th><th>${h["register.kind"]}</th>
  <th>${h["register.issueNumber"]}</th><th>${h["register.issueDate"]}</th><th>${h["register.effectiveDate"]}</th>
  <th>${h["register.ownerUnit"]}</th><th>${h["register.state"]}</th>
</tr>
</thead>
<tbody>
<#list rows as row>
<tr>
  <td class="number">${row?counter}</td><td>${row.code()!}</td><td>${row.title()!}</td><td>${kinds[row.kind()!""]!row.kind()!}</td>
  <td class="number">${row.issueNumber()!}</td><td>${row.issueDate()!}</td><td>${row.effectiveDate()!}</td>
  <td>${row.ownerUnit()!}</td><td>${states[row.state()!""]!row.state()!}</td>
</tr>
</#list>
</tbody>
</table>
</body>
</html>
