<#ftl output_format="plainText" encoding="UTF-8" strip_whitespace=true>
<#-- Danh mục tài liệu nội bộ as CSV (RFC 4180: comma, CRLF, every field quoted, quotes doubled). -->
<#-- A value a spreadsheet would take for a formula (= + - @, or a tab or return first) is written as text: ' before it. -->
<#function q value><#local s = (value!"")?string><#if s?matches(r"[=+\-@\t\r].*", "s")><#local s = "'" + s></#if><#return '"' + s?replace('"', '""') + '"'></#function>
${q(h["register.no"])},${q(h["register.code"])},${q(h["register.documentTitle"])},${q(h["register.kind"])},${q(h["register.issueNumber"])},${q(h["register.issueDate"])},${q(h["register.effectiveDate"])},${q(h["register.ownerUnit"])},${q(h["register.state"])}${"\r\n"}<#t>
<#list rows as row>
${q(row?counter?c)},${q(row.code())},${q(row.title())},${q(kinds[row.kind()!""]!row.kind())},${q(row.issueNumber())},${q(row.issueDate())},${q(row.effectiveDate())},${q(row.ownerUnit())},${q(states[row.state()!""]!row.state())}${"\r\n"}<#t>
</#list>
